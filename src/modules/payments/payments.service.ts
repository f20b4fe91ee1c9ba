// The ledger seen by staff: the list with its totals, a payment taken outside a sale, the receipt
// and refunds. A refund is a new ledger row (transaction_type 'refund', discount 0, the same
// method, refund_of naming the payment); nothing is ever updated or deleted.
import type { Config } from '../../config.ts'
import type { Db, Dialect } from '../../db/database.ts'
import { lockKey } from '../../db/locks.ts'
import type { LedgerEntryType, PaymentMethod } from '../../db/types.ts'
import type { Clock } from '../../lib/clock.ts'
import { apiInstant } from '../../lib/dates.ts'
import { AppError, invalidField } from '../../lib/errors.ts'
import { pageOffset, pageResult } from '../../lib/pagination.ts'
import { recordAudit, type StaffActor } from '../audit/audit.ts'
import * as customers from '../customers/customer.repository.ts'
import { priceOf } from '../subscriptions/subscription-rules.ts'
import * as subscriptions from '../subscriptions/subscription.repository.ts'
import { NO_MONEY, toMoney, type Money } from './ledger-money.ts'
import { assertDateRange, inScope, listBranch } from './money-scope.ts'
import * as repo from './payment.repository.ts'

export interface MoneyDeps {
  db: Db
  dialect: Dialect
  clock: Clock
  config: Pick<Config, 'gymTimezone'>
}

type Row = NonNullable<Awaited<ReturnType<typeof repo.findPayment>>>

export function presentEntry(r: Row) {
  const refund = r.transaction_type === 'refund'
  return {
    id: r.id, reference: r.reference, business_date: r.business_date, created_at: apiInstant(r.created_at)!,
    branch_id: r.branch_id, branch_name: r.branch_name, customer_id: r.customer_id, customer_name: r.customer_name,
    subscription_id: r.subscription_id, plan_id: r.plan_id, plan_name: r.plan_name,
    transaction_type: r.transaction_type, payment_method: r.payment_method,
    amount: r.amount, discount: r.discount, net: refund ? -r.amount : r.amount - r.discount,
    refund_of: r.refund_of, refund_of_reference: r.refund_of_reference, notes: r.notes,
    staff_id: r.created_by, staff_name: r.staff_name,
  }
}

const METHODS: PaymentMethod[] = ['cash', 'network', 'transfer']

export interface PaymentListQuery {
  page: number
  per_page: number
  branch_id?: number
  customer_id?: number
  staff_id?: number
  payment_method?: PaymentMethod
  transaction_type?: LedgerEntryType
  from?: string
  to?: string
}

export async function listLedger(deps: MoneyDeps, caller: StaffActor, q: PaymentListQuery) {
  assertDateRange(q)
  const filter = {
    branchId: listBranch(caller, q.branch_id), customerId: q.customer_id, staffId: q.staff_id,
    method: q.payment_method, type: q.transaction_type, from: q.from, to: q.to,
  }
  const [{ rows, total }, sums] = await Promise.all([
    repo.listPayments(deps.db, filter, { limit: q.per_page, offset: pageOffset(q) }),
    repo.ledgerTotals(deps.db, filter),
  ])
  const byMethod = Object.fromEntries(METHODS.map((m) => [m, toMoney(sums.find((s) => s.method === m))])) as Record<PaymentMethod, Money>
  const totals = { ...NO_MONEY, by_method: byMethod }
  for (const m of METHODS) for (const key of Object.keys(NO_MONEY) as Array<keyof Money>) totals[key] += byMethod[m][key]
  return { ...pageResult(rows.map(presentEntry), total, q), totals }
}

async function loadInScope(db: Db, caller: StaffActor, id: number): Promise<Row> {
  const row = await repo.findPayment(db, id)
  if (!row || !inScope(caller, row.branch_id)) throw new AppError('NOT_FOUND', 'Payment not found.')
  return row
}

export async function getReceipt(deps: MoneyDeps, caller: StaffActor, id: number, db: Db = deps.db) {
  const row = await loadInScope(db, caller, id)
  const refunds = row.transaction_type === 'refund' ? [] : await repo.refundsOf(db, id)
  const refunded = refunds.reduce((sum, r) => sum + r.amount, 0)
  return {
    ...presentEntry(row), customer_phone: row.customer_phone, refunds: refunds.map(presentEntry), refunded,
    refundable: row.transaction_type === 'refund' ? 0 : row.amount - row.discount - refunded,
  }
}

export interface RecordInput {
  customer_id: number
  subscription_id?: number
  amount: number
  discount?: number
  payment_method: PaymentMethod
  transaction_type: 'subscription' | 'renewal' | 'freeze' | 'other'
  notes?: string
}

/**
 * Money taken outside a sale: 'other' (a towel, a product) for any member; the plan kinds only for
 * a plan of that member (money for it taken apart from its sale, e.g. an instalment). The row goes
 * to the plan's branch, or the member's home branch.
 */
export async function recordManual(deps: MoneyDeps, caller: StaffActor, input: RecordInput) {
  const price = priceOf(input.amount, input)
  if (input.transaction_type !== 'other' && input.subscription_id === undefined) {
    throw invalidField('subscription_id', `is required for a ${input.transaction_type} payment`)
  }
  return deps.db.transaction().execute(async (tx) => {
    const customer = await customers.findById(tx, input.customer_id)
    if (!customer || !inScope(caller, customer.branch_id)) throw new AppError('NOT_FOUND', 'Customer not found.')
    let branchId = customer.branch_id
    if (input.subscription_id !== undefined) {
      const sub = await subscriptions.findForStaff(tx, input.subscription_id)
      if (!sub || sub.customer_id !== customer.id || !inScope(caller, sub.branch_id)) throw new AppError('NOT_FOUND', "Subscription not found among this member's plans.")
      branchId = sub.branch_id
    }
    if (branchId === null) throw new AppError('BUSINESS_RULE', 'The member has no home branch; set one before taking a payment.')
    if (!inScope(caller, branchId)) throw new AppError('NOT_FOUND', 'Customer not found.')
    const payment = await repo.recordPayment(tx, deps, {
      branchId, customerId: customer.id, subscriptionId: input.subscription_id ?? null, amount: price.amount, discount: price.discount,
      method: input.payment_method, type: input.transaction_type, notes: input.notes?.trim() || null, staffId: caller.staffId,
    })
    await recordAudit(tx, deps.clock, { actor: caller, action: 'payment.record', entityType: 'payment', entityId: payment.id, branchId, after: payment })
    return getReceipt(deps, caller, payment.id, tx)
  })
}

/**
 * Gives back part or all of what is left of a payment. The payment's lock makes two refunds of one
 * payment take turns, so together they never exceed it.
 */
export async function refund(deps: MoneyDeps, caller: StaffActor, id: number, input: { amount: number; reason: string }) {
  return deps.db.transaction().execute(async (tx) => {
    await lockKey(tx, deps.dialect, `payment:${id}`)
    const payment = await loadInScope(tx, caller, id)
    if (payment.transaction_type === 'refund') throw new AppError('BUSINESS_RULE', 'A refund cannot be refunded.')
    const left = payment.amount - payment.discount - (await repo.refundedTotal(tx, id))
    if (input.amount > left) {
      throw new AppError('BUSINESS_RULE', `At most ${left} of this payment is left to refund; ${input.amount} was asked for.`, { details: { field: 'amount' } })
    }
    const row = await repo.recordPayment(tx, deps, {
      branchId: payment.branch_id, customerId: payment.customer_id, subscriptionId: payment.subscription_id, amount: input.amount, discount: 0,
      method: payment.payment_method, type: 'refund', notes: input.reason.trim(), staffId: caller.staffId, refundOf: payment.id,
    })
    await recordAudit(tx, deps.clock, { actor: caller, action: 'payment.refund', entityType: 'payment', entityId: row.id, branchId: row.branch_id, after: row })
    return getReceipt(deps, caller, id, tx)
  })
}
