// Money as the Flutter apps see it: major units (500.0), where Spotter keeps integer minor units
// (50000). Every amount crossing the dialect goes through toMajor/toMinor here, nowhere else.

export const toMajor = (minor: number): number => minor / 100
export const toMinor = (major: number): number => Math.round(major * 100)

/**
 * A copy of `value` with every number under one of `keys` (at any depth, in objects and lists)
 * turned into major units; other fields, counts and ids untouched.
 */
export function inMajorUnits<T>(value: T, keys: ReadonlySet<string>): T {
  if (Array.isArray(value)) return value.map((v) => inMajorUnits(v, keys)) as T
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keys.has(k) && typeof v === 'number' ? toMajor(v) : inMajorUnits(v, keys)])) as T
}
