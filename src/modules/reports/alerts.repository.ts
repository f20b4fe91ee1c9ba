// The lists behind /api/alerts and the accountant's dashboard: each one query, bounded by LIMIT.
import { sql } from 'kysely'
import type { Db } from '../../db/database.ts'
import { addDays } from '../../lib/dates.ts'
import { inBranch, liveOn, NOT_RENEWED } from './report-sql.ts'

/** At most this many items per alert list; `total` still counts them all. */
export const ALERT_LIMIT = 100

const withTotal = sql`count(*) over () as total`

/** Live plans ending within `days` days whose member has nothing running on after them. */
export async function expiringPlans(db: Db, branchId: number | null, today: string, days: number) {
  const { rows } = await sql<{ subscription_id: number; customer_id: number; customer_name: string; phone: string; branch_id: number; service_name: string; end_date: string; total: number }>`
    select s.id as subscription_id, s.customer_id, c.full_name as customer_name, c.phone, s.branch_id, sv.name as service_name, s.end_date, ${withTotal}
    from subscriptions s join customers c on c.id = s.customer_id join services sv on sv.id = s.service_id
    where ${liveOn(today)} and s.end_date <= ${addDays(today, days)} ${inBranch('s.branch_id', branchId)}
      and ${NOT_RENEWED}
    order by s.end_date, s.id limit ${ALERT_LIMIT}`.execute(db)
  return rows
}

/** Live coin or session plans with 1 to `most` left (at 0 the plan has already expired). */
export async function lowCounterPlans(db: Db, branchId: number | null, today: string, most: number) {
  const { rows } = await sql<{ subscription_id: number; customer_id: number; customer_name: string; phone: string; branch_id: number; service_name: string; remaining_coins: number | null; remaining_sessions: number | null; total: number }>`
    select s.id as subscription_id, s.customer_id, c.full_name as customer_name, c.phone, s.branch_id, sv.name as service_name,
      s.remaining_coins, s.remaining_sessions, ${withTotal}
    from subscriptions s join customers c on c.id = s.customer_id join services sv on sv.id = s.service_id
    where ${liveOn(today)} and (s.remaining_coins <= ${most} or s.remaining_sessions <= ${most}) ${inBranch('s.branch_id', branchId)}
    order by coalesce(s.remaining_coins, s.remaining_sessions), s.id limit ${ALERT_LIMIT}`.execute(db)
  return rows
}

/** Expenses awaiting review, oldest first. */
export async function pendingExpenses(db: Db, branchId: number | null) {
  const { rows } = await sql<{ id: number; branch_id: number; title: string; amount: number; category: string; expense_date: string; total: number; total_amount: number }>`
    select e.id, e.branch_id, e.title, e.amount, e.category, e.expense_date, ${withTotal}, sum(e.amount) over () as total_amount
    from expenses e where e.status = 'pending' ${inBranch('e.branch_id', branchId)}
    order by e.expense_date, e.id limit ${ALERT_LIMIT}`.execute(db)
  return rows
}

/** Active branches with no evening cash count for `day`. */
export async function branchesWithoutClosing(db: Db, branchId: number | null, day: string) {
  const { rows } = await sql<{ id: number; name: string }>`
    select b.id, b.name from branches b
    where b.is_active = ${sql.lit(true)} ${inBranch('b.id', branchId)}
      and not exists (select 1 from daily_closings c where c.branch_id = b.id and c.business_date = ${day})
    order by b.id`.execute(db)
  return rows
}

/** (branch, day) pairs from `from` to `to` on which the branch took payments (read from the daily roll-up) but nobody counted the drawer. */
export async function daysWithoutClosing(db: Db, branchId: number | null, from: string, to: string) {
  const { rows } = await sql<{ branch_id: number; branch_name: string; business_date: string; payments_count: number }>`
    select p.branch_id, b.name as branch_name, p.business_date, sum(p.entries) as payments_count
    from payment_day_totals p join branches b on b.id = p.branch_id
    where p.business_date >= ${from} and p.business_date <= ${to} ${inBranch('p.branch_id', branchId)}
      and not exists (select 1 from daily_closings c where c.branch_id = p.branch_id and c.business_date = p.business_date)
    group by p.branch_id, b.name, p.business_date
    order by p.business_date, p.branch_id`.execute(db)
  return rows.map((r) => ({ ...r, payments_count: Number(r.payments_count) }))
}
