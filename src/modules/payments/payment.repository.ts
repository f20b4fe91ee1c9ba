// The payments ledger. Amounts are integer minor units and rows are never updated or deleted:
// corrections (refunds) are new records. Every money movement goes through recordPayment, which also
// adds the row to the daily roll-up in the same transaction.
import { sql } from 'kysely'
import { randomCode } from '../../lib/random-code.ts'
import type { Db, Dialect } from '../../db/database.ts'
import { whereGiven } from '../../db/filters.ts'
import type { LedgerEntryType, PaymentMethod } from '../../db/types.ts'
import type { Clock } from '../../lib/clock.ts'
import { localDate } from '../../lib/dates.ts'
import { assertDayOpen, lockBusinessDay } from './business-day.ts'
import { ledgerMoney, rollupMoney, toMoney, type Money } from './ledger-money.ts'
import { addPaymentToRollup } from '../reports/rollups.repository.ts'

export interface NewPayment {
  branchId: number
  customerId: number | null
  subscriptionId: number | null
  amount: number
  discount: number
  method: PaymentMethod
  type: LedgerEntryType
  notes: string | null
  staffId: number | null
  /** The payment a refund corrects (transaction_type 'refund' only). */
  refundOf?: number
}

export interface LedgerDeps {
  dialect: Dialect
  clock: Clock
  config: { gymTimezone: string }
}

/**
 * A receipt reference staff can read out: PAY-YYYYMMDD-XXXXXXXX. Eight Crockford characters are 40
 * random bits a day: at 500 payments a day a clash is about one in ten million days.
 */
function newReference(day: string): string {
  return `PAY-${day.replace(/-/g, '')}-${randomCode(8)}`
}

/**
 * Writes one ledger row on the branch's current local day. Refused with 409 DAY_CLOSED once that
 * day's till has been closed: the lock makes the check and the closing's count take turns.
 */
export async function recordPayment(tx: Db, deps: LedgerDeps, payment: NewPayment) {
  const now = deps.clock.now()
  const day = localDate(now, deps.config.gymTimezone)
  await lockBusinessDay(tx, deps.dialect, payment.branchId, day)
  await assertDayOpen(tx, payment.branchId, day)
  const row = await tx
    .insertInto('payments')
    .values({
      reference: newReference(day),
      branch_id: payment.branchId,
      customer_id: payment.customerId,
      subscription_id: payment.subscriptionId,
      amount: payment.amount,
      discount: payment.discount,
      payment_method: payment.method,
      transaction_type: payment.type,
      notes: payment.notes,
      created_by: payment.staffId,
      created_at: now.toISOString(),
      business_date: day,
      refund_of: payment.refundOf ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
  await addPaymentToRollup(tx, row.id)
  return row
}

export interface LedgerFilter {
  branchId?: number
  customerId?: number
  staffId?: number
  method?: PaymentMethod
  type?: LedgerEntryType
  from?: string
  to?: string
}

/** The ledger joined with the names a receipt or a list line shows (left joins on primary keys). */
const joined = (db: Db) =>
  db.selectFrom('payments as p')
    .innerJoin('branches as b', 'b.id', 'p.branch_id')
    .leftJoin('customers as c', 'c.id', 'p.customer_id')
    .leftJoin('staff_users as u', 'u.id', 'p.created_by')
    .leftJoin('subscriptions as s', 's.id', 'p.subscription_id')
    .leftJoin('services as sv', 'sv.id', 's.service_id')
    .leftJoin('payments as o', 'o.id', 'p.refund_of')

const NAMES = [
  'b.name as branch_name', 'c.full_name as customer_name', 'c.phone as customer_phone', 'u.full_name as staff_name',
  'sv.id as plan_id', 'sv.name as plan_name', 'o.reference as refund_of_reference',
] as const

/** The filter's dimensions that the ledger and its daily roll-up share (both aliased `p`). */
const sharedDimensions = (f: LedgerFilter) => [
  ['p.branch_id', '=', f.branchId],
  ['p.payment_method', '=', f.method],
  ['p.transaction_type', '=', f.type],
  ['p.business_date', '>=', f.from],
  ['p.business_date', '<=', f.to],
] as const

/** The rows a filter selects, without joins: totals and counts need nothing else. */
function filtered(db: Db, f: LedgerFilter) {
  return whereGiven(db.selectFrom('payments as p'), [['p.customer_id', '=', f.customerId], ['p.created_by', '=', f.staffId], ...sharedDimensions(f)])
}

/**
 * The same filter over the daily roll-up (payment_day_totals), which holds every dimension of it
 * but the member and the recorder (it files a refund under the original seller): null when the
 * filter names either, so counts and totals of the whole ledger are not summed row by row.
 */
function filteredRollup(db: Db, f: LedgerFilter) {
  if (f.customerId !== undefined || f.staffId !== undefined) return null
  return whereGiven(db.selectFrom('payment_day_totals as p'), sharedDimensions(f))
}

async function countRows(db: Db, f: LedgerFilter): Promise<number> {
  const rollup = filteredRollup(db, f)
  const row = rollup
    ? await rollup.select(sql<number>`coalesce(sum(p.entries), 0)`.as('n')).executeTakeFirstOrThrow()
    : await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(row.n)
}

export type LedgerRow = Awaited<ReturnType<typeof findPayment>> & object

export async function listPayments(db: Db, f: LedgerFilter, page: { limit: number; offset: number }) {
  // The page's ids are chosen first (newest first, payments_created_idx), then joined with their names.
  const pageIds = filtered(db, f).select('p.id').orderBy('p.created_at', 'desc').orderBy('p.id', 'desc').limit(page.limit).offset(page.offset)
  const [rows, total] = await Promise.all([
    joined(db).selectAll('p').select(NAMES).where('p.id', 'in', pageIds).orderBy('p.created_at', 'desc').orderBy('p.id', 'desc').execute(),
    countRows(db, f),
  ])
  return { rows, total }
}


/** The filtered ledger's money per payment method, summed by the database with the shared formula. */
export async function ledgerTotals(db: Db, f: LedgerFilter): Promise<Array<Money & { method: PaymentMethod }>> {
  const rollup = filteredRollup(db, f)
  const money = (formula: typeof ledgerMoney) =>
    (Object.entries(formula) as Array<[keyof Money, (typeof ledgerMoney)[keyof Money]]>).map(([alias, expr]) => expr.as(alias))
  const rows = rollup
    ? await rollup.select([sql<PaymentMethod>`p.payment_method`.as('method'), ...money(rollupMoney)]).groupBy('p.payment_method').execute()
    : await filtered(db, f).select(['p.payment_method as method', ...money(ledgerMoney)]).groupBy('p.payment_method').execute()
  return rows.map((r) => ({ method: r.method, ...toMoney(r as Partial<Record<keyof Money, unknown>>) }))
}

export const findPayment = (db: Db, id: number) => joined(db).selectAll('p').select(NAMES).where('p.id', '=', id).executeTakeFirst()

export const refundsOf = (db: Db, paymentId: number) =>
  joined(db).selectAll('p').select(NAMES).where('p.refund_of', '=', paymentId).orderBy('p.id', 'asc').execute()

/** What has already been refunded of a payment (call under the payment's lock when refunding). */
export async function refundedTotal(db: Db, paymentId: number): Promise<number> {
  const row = await db.selectFrom('payments').where('refund_of', '=', paymentId)
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount'), sql<number>`0`).as('total')).executeTakeFirstOrThrow()
  return Number(row.total)
}
/** A member's own ledger rows (payments and refunds), oldest first, for the members' app. */
export const memberLedger = (db: Db, customerId: number) =>
  db.selectFrom('payments')
    .select(['id', 'subscription_id', 'amount', 'discount', 'payment_method', 'transaction_type', 'business_date', 'refund_of'])
    .where('customer_id', '=', customerId)
    .orderBy('created_at', 'asc').orderBy('id', 'asc')
    .execute()
