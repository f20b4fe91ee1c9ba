// The ledger and expenses, aggregated in SQL. Revenue is Σ(amount − discount) of payments minus
// Σamount of refunds, on the gym-local business_date. A refund is counted against what it
// corrects: the plan and the seller of the payment named by refund_of, its own branch and method
// (the till the money left).
import { sql, type RawBuilder } from 'kysely'
import type { Db, Dialect } from '../../db/database.ts'
import type { ReportRange, Period } from './report-range.ts'
import { ledgerMoney, toMoney, type Money } from '../payments/ledger-money.ts'
import { bucketSql, inBranch } from './report-sql.ts'

export type RevenueKey = 'branch' | 'method' | 'type' | 'plan' | 'staff' | Period

export interface RevenueGroup extends Money {
  key: string | number | null
  name: string | null
  /** Plan sales (subscription and renewal payments) and how many of them were renewals. */
  plan_sales: number
  renewals: number
}

const PLAN_OF = sql`coalesce(p.subscription_id, o.subscription_id)`
const SELLER_OF = sql`case when p.transaction_type = 'refund' then o.created_by else p.created_by end`

function keyParts(dialect: Dialect, key: RevenueKey): { key: RawBuilder<unknown>; name: RawBuilder<unknown>; joins: RawBuilder<unknown> } {
  switch (key) {
    case 'branch': return { key: sql`p.branch_id`, name: sql`b.name`, joins: sql`join branches b on b.id = p.branch_id` }
    case 'method': return { key: sql`p.payment_method`, name: sql`p.payment_method`, joins: sql`` }
    case 'type': return { key: sql`p.transaction_type`, name: sql`p.transaction_type`, joins: sql`` }
    case 'plan': return {
      key: sql`sv.id`, name: sql`sv.name`,
      joins: sql`left join subscriptions s on s.id = ${PLAN_OF} left join services sv on sv.id = s.service_id`,
    }
    case 'staff': return { key: sql`u.id`, name: sql`u.full_name`, joins: sql`left join staff_users u on u.id = ${SELLER_OF}` }
    default: {
      const bucket = bucketSql(dialect, key, 'p.business_date')
      return { key: bucket, name: bucket, joins: sql`` }
    }
  }
}

const moneyColumns = sql.join(Object.entries(ledgerMoney).map(([alias, expr]) => sql`${expr} as ${sql.ref(alias)}`))
const planColumns = sql`count(case when p.transaction_type in ('subscription', 'renewal') then 1 else null end) as plan_sales,
  count(case when p.transaction_type = 'renewal' then 1 else null end) as renewals`

const ledgerWhere = (range: ReportRange) => sql`p.business_date >= ${range.from} and p.business_date <= ${range.to}
  ${inBranch('p.branch_id', range.branchId)}`

/** The whole range's money in one row. */
export async function revenueTotal(db: Db, range: ReportRange): Promise<Money> {
  const { rows } = await sql<Money>`select ${moneyColumns} from payments p where ${ledgerWhere(range)}`.execute(db)
  return toMoney(rows[0])
}

/** The range's money grouped by branch, method, type, plan, seller, or by day, week or month. */
export async function revenueBy(db: Db, dialect: Dialect, range: ReportRange, by: RevenueKey): Promise<RevenueGroup[]> {
  const k = keyParts(dialect, by)
  const { rows } = await sql<Record<string, unknown>>`
    select ${k.key} as key, ${k.name} as name, ${moneyColumns}, ${planColumns}
    from payments p left join payments o on o.id = p.refund_of ${k.joins}
    where ${ledgerWhere(range)}
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
