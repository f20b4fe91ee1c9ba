// Dates (YYYY-MM-DD) are calendar days in the gym's time zone; instants are ISO 8601 UTC strings.

const DAY_MS = 86_400_000

/** ISO 8601 UTC with milliseconds: the one form instants are stored and compared in. */
export const isoInstant = (date: Date): string => date.toISOString()

/** The API's form of an instant: ISO 8601 UTC without milliseconds, e.g. 2026-02-11T09:30:00Z. */
export function apiInstant(value: string | Date | null | undefined): string | null {
  if (value === null || value === undefined) return null
  // Stored instants are already in the ISO form (isoInstant): the milliseconds are cut from the
  // text, without parsing a Date for each row of a page.
  if (typeof value === 'string' && STORED_INSTANT.test(value)) return `${value.slice(0, 19)}Z`
  const date = typeof value === 'string' ? new Date(value) : value
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

const STORED_INSTANT = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/

// Building an Intl.DateTimeFormat costs ~100 µs, formatting with one ~2 µs: one formatter per
// (kind, zone), built on first use. Bounded by the zones the process is configured with.
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(kind: 'date' | 'time' | 'parts', timeZone: string): Intl.DateTimeFormat {
  const cacheKey = `${kind} ${timeZone}`
  let format = formatters.get(cacheKey)
  if (!format) {
    format = kind === 'date'
      // en-CA formats as YYYY-MM-DD.
      ? new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
      : kind === 'time'
        ? new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        : new Intl.DateTimeFormat('en-US', {
          timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
        })
    formatters.set(cacheKey, format)
  }
  return format
}

// "Today" is asked for on almost every request. Each zone keeps the day it last answered with the
// instants that day spans, so an instant inside it is answered without formatting.
const lastDay = new Map<string, { from: number; until: number; date: string }>()

/** The calendar date of an instant in an IANA time zone. */
export function localDate(instant: Date, timeZone: string): string {
  const at = instant.getTime()
  const known = lastDay.get(timeZone)
  if (known && at >= known.from && at < known.until) return known.date
  const format = formatter('date', timeZone)
  const date = format.format(instant)
  const from = startOfLocalDay(date, timeZone).getTime()
  const until = startOfLocalDay(addDays(date, 1), timeZone).getTime()
  // Kept only when both ends check out (a zone whose midnight is skipped by DST is simply not kept).
  if (from <= at && at < until && format.format(from) === date && format.format(from - 1) !== date && format.format(until - 1) === date && format.format(until) !== date) {
    lastDay.set(timeZone, { from, until, date })
  }
  return date
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

export function addSeconds(instant: Date, seconds: number): Date {
  return new Date(instant.getTime() + seconds * 1000)
}

/** The wall-clock time (HH:MM, 24-hour) of an instant in an IANA time zone. */
export function localTime(instant: Date, timeZone: string): string {
  return formatter('time', timeZone).format(instant)
}

/** Minutes the zone is ahead of UTC at an instant (e.g. 120 for Cairo in winter). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = formatter('parts', timeZone).formatToParts(instant)
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000)
}

/** The instant a local calendar day starts in an IANA time zone (DST-aware). */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const guess = Date.parse(`${date}T00:00:00Z`)
  const first = guess - offsetMinutes(new Date(guess), timeZone) * 60_000
  // Across a DST change the offset at the first estimate can differ from the offset at midnight.
  return new Date(guess - offsetMinutes(new Date(first), timeZone) * 60_000)
}
