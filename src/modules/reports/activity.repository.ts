// The door, the members and the evening cash counts, aggregated in SQL for reports and dashboards.
import { sql, type RawBuilder } from 'kysely'
import type { Db, Dialect } from '../../db/database.ts'
import { addDays } from '../../lib/dates.ts'
import type { Period, ReportRange } from './report-range.ts'
import { bucketSql, inBranch, liveOn, localHourSql, NOT_RENEWED } from './report-sql.ts'

export type CheckInKey = 'branch' | 'hour' | Period

/**
 * Approved check-ins of the range (denied attempts are not visits), grouped; `members` counts each
 * member once per group. By hour means the gym-local hour of the entry.
 */
export async function checkInsBy(db: Db, dialect: Dialect, range: ReportRange, by: CheckInKey | null, timeZone: string) {
  const key: RawBuilder<unknown> = by === null ? sql`null` : by === 'branch' ? sql`e.branch_id`
    : by === 'hour' ? localHourSql(dialect, 'e.entry_time', timeZone, range.from, range.to) : bucketSql(dialect, by, 'e.business_date')
  // Grouped in an outer query: PostgreSQL would not match a GROUP BY expression holding a parameter.
  const { rows } = await sql<{ key: string | number | null; check_ins: number; members: number; denied: number }>`
    select ${by === null ? sql`null` : sql`g.key`} as key, count(case when g.entry_status = 'approved' then 1 else null end) as check_ins,
      count(distinct case when g.entry_status = 'approved' then g.customer_id else null end) as members,
      count(case when g.entry_status = 'denied' then 1 else null end) as denied
    from (
      select ${key} as key, e.entry_status, e.customer_id from entry_logs e
      where e.business_date >= ${range.from} and e.business_date <= ${range.to} ${inBranch('e.branch_id', range.branchId)}
    ) g
    ${by === null ? sql`` : sql`group by g.key`}`.execute(db)
  return rows.map((r) => ({ key: r.key, check_ins: Number(r.check_ins), members: Number(r.members), denied: Number(r.denied) }))
}

/**
 * Approved and denied check-ins of the range from the daily roll-up entry_day_counts, by branch or
 * bucket: for the reports that need counts only over long ranges (members seen once each need the
 * raw entry log, checkInsBy).
 */
export async function visitCountsBy(db: Db, dialect: Dialect, range: ReportRange, by: 'branch' | Period) {
  const key = by === 'branch' ? sql`e.branch_id` : bucketSql(dialect, by, 'e.business_date')
  const { rows } = await sql<{ key: string | number; check_ins: number; denied: number }>`
    select ${key} as key, coalesce(sum(case when e.entry_status = 'approved' then e.entries else 0 end), 0) as check_ins,
      coalesce(sum(case when e.entry_status = 'denied' then e.entries else 0 end), 0) as denied
    from entry_day_counts e
    where e.business_date >= ${range.from} and e.business_date <= ${range.to} ${inBranch('e.branch_id', range.branchId)}
    group by ${key}`.execute(db)
  return rows.map((r) => ({ key: r.key, check_ins: Number(r.check_ins), denied: Number(r.denied) }))
}

export interface MemberCounts { active: number; frozen: number; new_members: number; expiring: number; lapsed: number }

/**
 * The members report's figures (see the README for each definition), in one query. New members
 * (first plan payment within the range) are found from the range's payments (payments_day_idx) and
 * an earlier plan payment of each (payments_customer_idx), not by grouping the whole ledger.
 */
export async function memberCounts(db: Db, range: ReportRange, today: string, days: number): Promise<MemberCounts> {
  const b = range.branchId
  const lapsedUntil = addDays(today, -1) < range.to ? addDays(today, -1) : range.to
  const { rows } = await sql<Record<keyof MemberCounts, number>>`select
    (select count(distinct s.customer_id) from subscriptions s where ${liveOn(today)} ${inBranch('s.branch_id', b)}) as active,
    (select count(distinct s.customer_id) from subscriptions s where s.status = 'frozen' ${inBranch('s.branch_id', b)}) as frozen,
    (select count(distinct p.customer_id) from payments p
      where p.transaction_type in ('subscription', 'renewal') and p.customer_id is not null
        and p.business_date >= ${range.from} and p.business_date <= ${range.to} ${inBranch('p.branch_id', b)}
        and not exists (select 1 from payments q where q.customer_id = p.customer_id and q.transaction_type in ('subscription', 'renewal')
          and q.business_date < ${range.from} ${inBranch('q.branch_id', b)})) as new_members,
    (select count(distinct s.customer_id) from subscriptions s
      where ${liveOn(today)} and s.end_date <= ${addDays(today, days)} and ${NOT_RENEWED} ${inBranch('s.branch_id', b)}) as expiring,
    (select count(*) from (select s.customer_id from subscriptions s where 1 = 1 ${inBranch('s.branch_id', b)}
      group by s.customer_id having max(s.end_date) >= ${range.from} and max(s.end_date) <= ${lapsedUntil}
        and count(case when s.status = 'frozen' then 1 else null end) = 0) l) as lapsed`.execute(db)
  const r = rows[0]!
  return { active: Number(r.active), frozen: Number(r.frozen), new_members: Number(r.new_members), expiring: Number(r.expiring), lapsed: Number(r.lapsed) }
}

/** Members whose plan ends within 3 and within 7 days and who have nothing after it, in one query. */
export async function expiringCounts(db: Db, branchId: number | null, today: string) {
  const { rows } = await sql<{ in3: number; in7: number }>`
    select count(distinct case when s.end_date <= ${addDays(today, 3)} then s.customer_id else null end) as in3,
      count(distinct s.customer_id) as in7
    from subscriptions s
    where ${liveOn(today)} and s.end_date <= ${addDays(today, 7)} and ${NOT_RENEWED} ${inBranch('s.branch_id', branchId)}`.execute(db)
  return { in_3_days: Number(rows[0]?.in3 ?? 0), in_7_days: Number(rows[0]?.in7 ?? 0) }
}

/** The evening cash counts of the range, oldest day first. */
export function closingsOf(db: Db, range: ReportRange, onlyWithDifference = false) {
  let query = db.selectFrom('daily_closings as c')
    .innerJoin('branches as b', 'b.id', 'c.branch_id')
    .leftJoin('staff_users as u', 'u.id', 'c.closed_by')
    .select(['c.id', 'c.branch_id', 'b.name as branch_name', 'c.business_date', 'c.expected_cash', 'c.actual_cash', 'c.difference',
      'c.network_total', 'c.transfer_total', 'c.payments_count', 'c.notes', 'c.closed_by', 'u.full_name as closed_by_name', 'c.created_at'])
    .where('c.business_date', '>=', range.from).where('c.business_date', '<=', range.to)
  if (range.branchId !== null) query = query.where('c.branch_id', '=', range.branchId)
  if (onlyWithDifference) query = query.where('c.difference', '<>', 0)
  return query.orderBy('c.business_date').orderBy('c.branch_id').execute()
}

/** The range's cash counts summed: how many, how many did not match, and the differences (net, short, over). */
export async function closingTotals(db: Db, range: ReportRange) {
  const { rows } = await sql<Record<string, number>>`
    select count(*) as closings_count, count(case when c.difference <> 0 then 1 else null end) as with_difference,
      coalesce(sum(c.difference), 0) as total_difference,
      coalesce(sum(case when c.difference < 0 then -c.difference else 0 end), 0) as total_short,
      coalesce(sum(case when c.difference > 0 then c.difference else 0 end), 0) as total_over
    from daily_closings c
    where c.business_date >= ${range.from} and c.business_date <= ${range.to} ${inBranch('c.branch_id', range.branchId)}`.execute(db)
  const r = rows[0]!
  return {
    closings_count: Number(r.closings_count), with_difference: Number(r.with_difference), total_difference: Number(r.total_difference),
    total_short: Number(r.total_short), total_over: Number(r.total_over),
  }
}

/** Branches of the scope, active first, for reports that list every branch (zeros included). */
export function branchesOf(db: Db, branchId: number | null) {
  let query = db.selectFrom('branches').select(['id', 'name', 'is_active'])
  if (branchId !== null) query = query.where('id', '=', branchId)
  return query.orderBy('id').execute()
}
