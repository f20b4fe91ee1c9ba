// The date range and branch every report is asked for, and the buckets a range is cut into.
// Dates are gym-local days (GYM_TIMEZONE), inclusive at both ends. Weeks are ISO weeks (Monday to
// Sunday); a bucket's `period` is its first day (a Monday, the 1st of a month, or the day itself)
// and its from/to are clipped to the range asked for.
import type { Db } from '../../db/database.ts'
import type { StaffRole } from '../../db/types.ts'
import { addDays, daysBetween } from '../../lib/dates.ts'
import { AppError, invalidField } from '../../lib/errors.ts'
import { findBranch } from '../branches/branches.repository.ts'
import { branchScope } from '../staff/roles.ts'

export type Period = 'daily' | 'weekly' | 'monthly'

/** The longest range a report covers, in days: a year, leap day included. */
export const MAX_RANGE_DAYS = 366

export interface ReportRange {
  from: string
  to: string
  /** The branch reported on, or null for every branch (only for roles that see all branches). */
  branchId: number | null
}

export interface Bucket {
  period: string
  from: string
  to: string
}

const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay()

/** The Monday of the ISO week holding `date`. */
export const weekStart = (date: string): string => addDays(date, -((weekday(date) + 6) % 7))

export const monthStart = (date: string): string => `${date.slice(0, 8)}01`

/** The first day of the month `months` after the month holding `date` (negative: before). */
export function addMonths(date: string, months: number): string {
  const d = new Date(`${monthStart(date)}T00:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() + months)
  return d.toISOString().slice(0, 10)
}

export const bucketStart = (period: Period, date: string): string =>
  period === 'daily' ? date : period === 'weekly' ? weekStart(date) : monthStart(date)

const bucketEnd = (period: Period, start: string): string =>
  period === 'daily' ? start : period === 'weekly' ? addDays(start, 6) : addDays(addMonths(start, 1), -1)

/** Every bucket of the range in order, empty ones included, so a trend has no gaps. */
export function bucketsOf(range: Pick<ReportRange, 'from' | 'to'>, period: Period): Bucket[] {
  const buckets: Bucket[] = []
  for (let start = bucketStart(period, range.from); start <= range.to; start = addDays(bucketEnd(period, start), 1)) {
    const end = bucketEnd(period, start)
    buckets.push({ period: start, from: start < range.from ? range.from : start, to: end > range.to ? range.to : end })
  }
  return buckets
}

/** The range a report covers: `to` defaults to today, `from` to `defaultFrom(to)`. */
export function resolveDates(today: string, q: { from?: string; to?: string }, defaultFrom: (to: string) => string = monthStart) {
  const to = q.to ?? today
  const from = q.from ?? defaultFrom(to)
  if (from > to) throw invalidField('from', 'must not be after to')
  if (daysBetween(from, to) + 1 > MAX_RANGE_DAYS) throw invalidField('to', `must be at most ${MAX_RANGE_DAYS} days after from`)
  return { from, to }
}

/**
 * The branch a caller may report on: their own for branch-scoped roles (another one answers 404,
 * as data outside their scope always does), the one asked for or all of them otherwise.
 */
export async function resolveBranch(db: Db, staff: { role: StaffRole; branchId: number | null }, asked: number | undefined): Promise<number | null> {
  const scope = branchScope(staff)
  if (scope !== null) {
    if (asked !== undefined && asked !== scope) throw new AppError('NOT_FOUND', 'Branch not found.')
    return scope
  }
  if (asked !== undefined && !(await findBranch(db, asked))) throw new AppError('NOT_FOUND', 'Branch not found.')
  return asked ?? null
}
