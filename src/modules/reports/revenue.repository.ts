// The ledger and expenses, aggregated in SQL. Revenue is Σ(amount − discount) of payments minus
// Σamount of refunds, on the gym-local business_date. A refund is counted against what it
// corrects: the plan and the seller of the payment named by refund_of, its own branch and method
// (the till the money left). The money is read from the daily roll-up payment_day_totals
// (rollups.repository.ts), which already holds each refund under that plan and seller, so a year
// of payments is a few thousand rows.
import { sql, type RawBuilder } from 'kysely'
import type { Db, Dialect } from '../../db/database.ts'
import type { ReportRange, Period } from './report-range.ts'
import { rollupMoney, toMoney, type Money } from '../payments/ledger-money.ts'
import { bucketSql, inBranch } from './report-sql.ts'

export type RevenueKey = 'branch' | 'method' | 'type' | 'plan' | 'staff' | Period

export interface RevenueGroup extends Money {
  key: string | number | null
  name: string | null
  /** Plan sales (subscription and renewal payments) and how many of them were renewals. */
  plan_sales: number
  renewals: number
}

function keyParts(dialect: Dialect, key: RevenueKey): { key: RawBuilder<unknown>; name: RawBuilder<unknown>; joins: RawBuilder<unknown> } {
  switch (key) {
    case 'branch': return { key: sql`p.branch_id`, name: sql`b.name`, joins: sql`join branches b on b.id = p.branch_id` }
    case 'method': return { key: sql`p.payment_method`, name: sql`p.payment_method`, joins: sql`` }
    case 'type': return { key: sql`p.transaction_type`, name: sql`p.transaction_type`, joins: sql`` }
    // service_id and seller_id are 0 for none: the left join finds nothing and the key is null.
    case 'plan': return { key: sql`sv.id`, name: sql`sv.name`, joins: sql`left join services sv on sv.id = p.service_id` }
    case 'staff': return { key: sql`u.id`, name: sql`u.full_name`, joins: sql`left join staff_users u on u.id = p.seller_id` }
    default: {
      const bucket = bucketSql(dialect, key, 'p.business_date')
      return { key: bucket, name: bucket, joins: sql`` }
    }
  }
}

const moneyColumns = sql.join(Object.entries(rollupMoney).map(([alias, expr]) => sql`${expr} as ${sql.ref(alias)}`))
const planColumns = sql`coalesce(sum(case when p.transaction_type in ('subscription', 'renewal') then p.entries else 0 end), 0) as plan_sales,
  coalesce(sum(case when p.transaction_type = 'renewal' then p.entries else 0 end), 0) as renewals`

const rollupWhere = (range: ReportRange) => sql`p.business_date >= ${range.from} and p.business_date <= ${range.to}
  ${inBranch('p.branch_id', range.branchId)}`

/** The whole range's money in one row. */
export async function revenueTotal(db: Db, range: ReportRange): Promise<Money> {
  const { rows } = await sql<Money>`select ${moneyColumns} from payment_day_totals p where ${rollupWhere(range)}`.execute(db)
  return toMoney(rows[0])
}

/** The range's money grouped by branch, method, type, plan, seller, or by day, week or month. */
export async function revenueBy(db: Db, dialect: Dialect, range: ReportRange, by: RevenueKey): Promise<RevenueGroup[]> {
  const k = keyParts(dialect, by)
  const { rows } = await sql<Record<string, unknown>>`
    select ${k.key} as key, ${k.name} as name, ${moneyColumns}, ${planColumns}
    from payment_day_totals p ${k.joins}
    where ${rollupWhere(range)}
    group by ${k.key}, ${k.name}`.execute(db)
  return rows.map((r) => ({
    ...toMoney(r), key: r.key as string | number | null, name: (r.name as string | null) ?? null,
    plan_sales: Number(r.plan_sales), renewals: Number(r.renewals),
  }))
}

export type ExpenseKey = 'branch' | 'category' | Period

/** Approved expenses of the range (pending and rejected ones are not spent money), grouped. */
export async function approvedExpensesBy(db: Db, dialect: Dialect, range: ReportRange, by: ExpenseKey | null) {
  const key = by === null ? sql`null` : by === 'branch' ? sql`e.branch_id` : by === 'category' ? sql`e.category` : bucketSql(dialect, by, 'e.expense_date')
  const { rows } = await sql<{ key: string | number | null; amount: number; count: number }>`
    select ${key} as key, coalesce(sum(e.amount), 0) as amount, count(*) as count
    from expenses e
    where e.status = 'approved' and e.expense_date >= ${range.from} and e.expense_date <= ${range.to}
      ${inBranch('e.branch_id', range.branchId)}
    ${by === null ? sql`` : sql`group by ${key}`}`.execute(db)
  return rows.map((r) => ({ key: r.key, amount: Number(r.amount), count: Number(r.count) }))
}

export const approvedExpensesTotal = async (db: Db, dialect: Dialect, range: ReportRange) =>
  (await approvedExpensesBy(db, dialect, range, null))[0]?.amount ?? 0
