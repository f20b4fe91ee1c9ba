// fast-check arbitraries generated from the routes' JSON schemas: values the schema accepts, and
// hostile ones (wrong types, nulls, huge and exotic strings, SQL-ish text, prototype-pollution
// keys) mixed into every field, every query parameter and every path parameter.
import fc from 'fast-check'

interface JsonSchema {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  anyOf?: JsonSchema[]
  enum?: unknown[]
  const?: unknown
  format?: string
  minimum?: number
  maximum?: number
  minLength?: number
  maxLength?: number
}

export const SQLISH = [
  "' OR '1'='1", "1; DROP TABLE customers; --", "%' --", "1 UNION SELECT password_hash FROM staff_users", '\\', "''",
  '%', '_', '\u0000', '../../etc/passwd', '<script>alert(1)</script>', '${jndi:ldap://x/a}', '{{7*7}}',
]
export const TRICKY_TEXT = [
  '', ' ', '٣٤٥٦٧٨', '🏋️‍♀️💪', 'Ω≈ç√∫', '\u202Eevil', 'e\u0301', '\uFFFF', 'NaN', 'Infinity', '-0', '1e999', 'true', 'null',
  '[]', '{}', '__proto__', 'constructor', 'prototype', '2026-02-30', '2026-13-01', '9999-12-31', '0000-00-00',
]
export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype']

const hostileScalar = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, -1e308, 0.5, 1e-9),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(...SQLISH, ...TRICKY_TEXT),
  fc.integer({ min: 257, max: 5000 }).map((n) => 'x'.repeat(n)),
)

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileScalar },
  { weight: 1, arbitrary: fc.array(hostileScalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...POLLUTION_KEYS)), hostileScalar, { maxKeys: 3 }) },
)

/** A value the schema accepts (best effort: enough to reach the service code behind validation). */
export function validValue(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return fc.constant(null)
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((s) => validValue(s, depth + 1)))
  if (schema.const !== undefined) return fc.constant(schema.const)
  if (schema.enum) return fc.constantFrom(...schema.enum)
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  switch (type) {
    case 'string': {
      if (schema.format === 'date') return fc.date({ min: new Date('1950-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
      if (schema.format === 'date-time') return fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString())
      if (schema.format === 'email') return fc.emailAddress()
      const minLength = schema.minLength ?? 0
      return fc.string({ minLength, maxLength: Math.max(minLength, Math.min(schema.maxLength ?? 40, 40)) })
    }
    case 'integer':
      return fc.integer({ min: Math.max(schema.minimum ?? -1000, -1e9), max: Math.min(schema.maximum ?? 1_000_000, 1e9) })
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true })
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'array':
      return fc.array(validValue(schema.items, depth + 1), { maxLength: 3 })
    case 'object':
      return objectOf(schema, depth, false) as fc.Arbitrary<unknown>
    default:
      return fc.constant(null)
  }
}

/** A field is mostly valid, sometimes hostile: enough valid input to get past validation and into the services. */
const fieldValue = (schema: JsonSchema | undefined, depth: number) =>
  fc.oneof({ weight: 3, arbitrary: validValue(schema, depth) }, { weight: 1, arbitrary: hostileValue })

function objectOf(schema: JsonSchema, depth: number, hostile: boolean): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {}
  const names = Object.keys(properties)
  const model = Object.fromEntries(names.map((name) => [name, hostile ? fieldValue(properties[name], depth + 1) : validValue(properties[name], depth + 1)]))
  const required = (schema.required ?? []).filter((name) => names.includes(name))
  return fc.record(model, { requiredKeys: hostile ? [] : required })
}

/** A record for an object schema, mostly valid fields with hostile ones mixed in, sometimes with extra keys. */
export function hostileObject(schema: unknown): fc.Arbitrary<Record<string, unknown>> {
  const base = objectOf((schema ?? {}) as JsonSchema, 0, true)
  return fc.tuple(base, fc.dictionary(fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('is_admin', 'role', 'id', 'branch_id', 'password_hash')), hostileValue, { maxKeys: 2 }), fc.boolean())
    .map(([fields, extra, withExtra]) => (withExtra ? { ...extra, ...fields } : fields))
}

/** The body as raw JSON text: the generated object, a non-object, a prototype-pollution payload, or nothing. */
export function bodyText(schema: unknown): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { weight: 8, arbitrary: hostileObject(schema).map((o) => JSON.stringify(o)) },
    { weight: 1, arbitrary: hostileObject(schema).map((o) => JSON.stringify(o).replace(/^\{/, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},').replace(/,\}$/, '}')) },
    { weight: 1, arbitrary: hostileValue.map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 1, arbitrary: fc.constantFrom(undefined, '', '{', '{"a":', 'nul', '[1,2', '\u0000', `{"a":"${'x'.repeat(70 * 1024)}"}`) },
  )
}

const paramValue = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('999999', '0', '-1', '1.5', '1e3', 'abc', '9'.repeat(30), "1' OR '1'='1", '__proto__', 'constructor', '%00', '٣') },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 5 }).map(String) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
)

/** A concrete URL for a route pattern: each `:param` replaced by a hostile or plausible value. */
export function concreteUrl(pattern: string): fc.Arbitrary<string> {
  const names = [...pattern.matchAll(/:(\w+)/g)].map((m) => m[1]!)
  return fc.tuple(...names.map(() => paramValue)).map((values) => {
    let url = pattern
    names.forEach((name, i) => {
      url = url.replace(`:${name}`, encodeURIComponent(values[i]!))
    })
    return url
  })
}

/** A query string from the route's querystring schema, hostile values and pollution keys mixed in. */
export function queryString(schema: unknown): fc.Arbitrary<string> {
  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '')
  return fc.tuple(
    hostileObject(schema),
    fc.subarray(['__proto__[polluted]=1', 'constructor[prototype][polluted]=1', 'limit=1&limit=2', 'page=1&page=x', 'sort[]=x']),
  ).map(([fields, raw]) => {
    const parts = Object.entries(fields).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(text(v))}`)
    const all = [...parts, ...raw]
    return all.length ? `?${all.join('&')}` : ''
  })
}
