// The gym-local day of an instant is remembered per zone between calls; these check it against a
// formatter that remembers nothing, hour by hour and around every midnight, across DST changes.
import { describe, expect, it } from 'vitest'
import { apiInstant, localDate, startOfLocalDay } from './dates.ts'

const ZONES = ['UTC', 'Africa/Cairo', 'Europe/London', 'America/New_York', 'America/Havana', 'Asia/Beirut', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Auckland', 'Pacific/Honolulu']
const formats = new Map(ZONES.map((timeZone) => [timeZone, new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })]))
/** The day as the formatter answers it, with nothing remembered between calls. */
const reference = (instant: Date, timeZone: string) => formats.get(timeZone)!.format(instant)

describe('localDate', () => {
  it('answers the same day as a fresh formatter, every 20 minutes through 2026 in zones with and without DST', () => {
    const start = Date.parse('2026-01-01T00:00:00Z')
    for (const zone of ZONES) {
      const mismatches: string[] = []
      for (let at = start; at < start + 366 * 86_400_000; at += 20 * 60_000) {
        const instant = new Date(at)
        if (localDate(instant, zone) !== reference(instant, zone)) mismatches.push(instant.toISOString())
      }
      expect(mismatches, zone).toEqual([])
    }
  })

  it('answers the day before a local midnight and the day after it, a millisecond apart, in any order', () => {
    for (const zone of ZONES) {
      for (const day of ['2026-03-08', '2026-03-27', '2026-03-29', '2026-04-24', '2026-10-25', '2026-11-01', '2026-12-31']) {
        const midnight = startOfLocalDay(day, zone).getTime()
        for (const at of [midnight, midnight - 1, midnight, midnight + 1, midnight - 1]) {
          expect(localDate(new Date(at), zone), `${zone} ${new Date(at).toISOString()}`).toBe(reference(new Date(at), zone))
        }
      }
    }
  })

  it('keeps zones apart: the same instant is a different day in Auckland and in Honolulu', () => {
    const instant = new Date('2026-06-15T11:30:00Z')
    expect(localDate(instant, 'Pacific/Auckland')).toBe('2026-06-15')
    expect(localDate(instant, 'Pacific/Honolulu')).toBe('2026-06-15')
    const evening = new Date('2026-06-15T12:30:00Z')
    expect(localDate(evening, 'Pacific/Auckland')).toBe('2026-06-16')
    expect(localDate(evening, 'Pacific/Honolulu')).toBe('2026-06-15')
  })
})

describe('apiInstant', () => {
  it('gives a stored instant and the same Date the same answer: UTC, to the second', () => {
    for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 7_919_123_457) {
      const date = new Date(ms)
      const expected = date.toISOString().slice(0, 19) + 'Z'
      expect(apiInstant(date)).toBe(expected)
      expect(apiInstant(date.toISOString())).toBe(expected)
    }
  })

  it('reads other forms of an instant through Date, and answers null for none', () => {
    expect(apiInstant('2026-02-11T11:30:00.250+02:00')).toBe('2026-02-11T09:30:00Z')
    expect(apiInstant('2026-02-11T09:30:00Z')).toBe('2026-02-11T09:30:00Z')
    expect(apiInstant(null)).toBeNull()
    expect(apiInstant(undefined)).toBeNull()
  })
})
