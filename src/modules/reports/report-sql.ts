// SQL pieces the report repositories share, written once per dialect so both databases answer the
// same figures: the bucket a gym-local day falls in and the gym-local hour of an instant (the
// ledger's money aggregates are ../payments/ledger-money.ts, shared with the ledger and the closing).
import { sql, type RawBuilder } from 'kysely'
import type { Dialect } from '../../db/database.ts'
import { addDays, localDate, localTime, startOfLocalDay } from '../../lib/dates.ts'
import type { Period } from './report-range.ts'

/** The first day of the bucket (a day, its ISO week's Monday, its month's 1st) as YYYY-MM-DD text. */
export function bucketSql(dialect: Dialect, period: Period, column: string): RawBuilder<string> {
  const col = sql.ref(column)
  if (dialect === 'postgres') {
    const unit = sql.lit(period === 'daily' ? 'day' : period === 'weekly' ? 'week' : 'month')
    return sql<string>`to_char(date_trunc(${unit}, cast(${col} as timestamp)), 'YYYY-MM-DD')`
  }
  if (period === 'daily') return sql<string>`${col}`
  // 'weekday 0' moves forward to the next Sunday (or stays on one); six days back is the ISO Monday.
  return period === 'weekly' ? sql<string>`date(${col}, 'weekday 0', '-6 days')` : sql<string>`strftime('%Y-%m-01', ${col})`
}

/** Minutes the zone is ahead of UTC at an instant, read through the shared date helpers. */
function offsetAt(instant: Date, timeZone: string): number {
  const minute = Math.floor(instant.getTime() / 60_000) * 60_000
  return (Date.parse(`${localDate(instant, timeZone)}T${localTime(instant, timeZone)}:00Z`) - minute) / 60_000
}

interface OffsetSpan { since: string; minutes: number }

/**
 * The zone's UTC offsets over the range's days, as spans starting at the instant each takes effect.
 * A day whose length is not 24 hours holds a change, found to the quarter hour.
 */
function offsetSpans(from: string, to: string, timeZone: string): OffsetSpan[] {
  const spans: OffsetSpan[] = [{ since: '', minutes: offsetAt(startOfLocalDay(from, timeZone), timeZone) }]
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const start = startOfLocalDay(day, timeZone).getTime()
    const end = startOfLocalDay(addDays(day, 1), timeZone).getTime()
    if (end - start === 86_400_000 && offsetAt(new Date(end), timeZone) === spans.at(-1)!.minutes) continue
    for (let t = start; t <= end; t += 15 * 60_000) {
      const minutes = offsetAt(new Date(t), timeZone)
      if (minutes !== spans.at(-1)!.minutes) spans.push({ since: new Date(t).toISOString(), minutes })
    }
  }
  return spans
}

/**
 * The gym-local hour (0–23) of an instant column. PostgreSQL converts with its own time zone data;
 * SQLite has none, so the offsets in force over the range (days `from`..`to`) are spelled out as a
 * CASE on the stored ISO instant.
 */
export function localHourSql(dialect: Dialect, column: string, timeZone: string, from: string, to: string): RawBuilder<number> {
  const col = sql.ref(column)
  if (dialect === 'postgres') return sql<number>`cast(extract(hour from (${col} at time zone ${timeZone})) as integer)`
  const modifier = (minutes: number) => sql.lit(`${minutes >= 0 ? '+' : ''}${minutes} minutes`)
  const [first, ...changes] = offsetSpans(from, to, timeZone)
  if (changes.length === 0) return sql<number>`cast(strftime('%H', ${col}, ${modifier(first!.minutes)}) as integer)`
  // Each WHEN names the span in force before the next change.
  const spans = [first!, ...changes]
  const whens = changes.map((c, i) => sql`when ${col} < ${sql.lit(c.since)} then ${modifier(spans[i]!.minutes)}`)
  return sql<number>`cast(strftime('%H', ${col}, case ${sql.join(whens, sql` `)} else ${modifier(spans.at(-1)!.minutes)} end) as integer)`
}

/** A subscription that admits today: active, started, not past its end date, counters not used up. */
export const liveOn = (today: string) => sql`s.status = 'active' and s.start_date <= ${today} and s.end_date >= ${today}
  and coalesce(s.remaining_coins, 1) > 0 and coalesce(s.remaining_sessions, 1) > 0`

/** Nothing else of the member's runs on past subscription `s`'s end (a renewal bought ahead, another plan). */
export const NOT_RENEWED = sql`not exists (select 1 from subscriptions n where n.customer_id = s.customer_id and n.id <> s.id
  and n.status in ('active', 'frozen') and n.end_date > s.end_date)`

/** `and <column> = branchId`, or nothing for every branch. */
export const inBranch = (column: string, branchId: number | null) => (branchId === null ? sql`` : sql`and ${sql.ref(column)} = ${branchId}`)
