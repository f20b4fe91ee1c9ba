// The money rows the reports read that no route on this branch writes yet (the ledger, expense
// and closing routes come with the `money` branch). One function per kind, so each can be swapped
// for its HTTP route after the merge: POST /api/payments/record, POST /api/payments/{id}/refund,
// POST /api/expenses (+ /{id}/review), POST /api/daily-closings.
import type { PaymentMethod } from '../../../src/db/types.ts'
import type { ExpenseCategory } from '../../../src/db/tables/money.ts'
import { localDate } from '../../../src/lib/dates.ts'
import { recordPayment } from '../../../src/modules/payments/payment.repository.ts'
import type { TestApp } from '../../support/app.ts'

const today = (t: TestApp) => localDate(t.clock.now(), t.config.gymTimezone)

/** A payment outside a sale (a towel, a product): transaction_type 'other', at the clock's time. */
export function recordOtherPayment(t: TestApp, p: { branchId: number; customerId: number | null; amount: number; method: PaymentMethod; staffId: number }) {
  return recordPayment(t.db, { clock: t.clock, config: t.config, dialect: t.dialect }, {
    branchId: p.branchId, customerId: p.customerId, subscriptionId: null, amount: p.amount, discount: 0, method: p.method, type: 'other', notes: 'Towel', staffId: p.staffId,
  })
}

/** A refund of part of a payment: a ledger row of its own (positive amount, refund_of), as migration 0005 describes. */
export async function refundPayment(t: TestApp, p: { paymentId: number; amount: number; method: PaymentMethod; staffId: number }) {
  const original = await t.db.selectFrom('payments').selectAll().where('id', '=', p.paymentId).executeTakeFirstOrThrow()
  const day = today(t)
  return t.db.insertInto('payments').values({
    reference: `REF-${day.replace(/-/g, '')}-${p.paymentId}`, branch_id: original.branch_id, customer_id: original.customer_id,
    subscription_id: original.subscription_id, amount: p.amount, discount: 0, payment_method: p.method, transaction_type: 'refund',
    notes: 'Partial refund', created_by: p.staffId, created_at: t.clock.now().toISOString(), business_date: day, refund_of: p.paymentId,
  }).returningAll().executeTakeFirstOrThrow()
}

/** An expense of the clock's day, reviewed (approved or rejected) or still pending. */
export function createExpense(t: TestApp, e: { branchId: number; title: string; amount: number; category: ExpenseCategory; status: 'pending' | 'approved' | 'rejected'; createdBy: number; reviewedBy?: number }) {
  const now = t.clock.now().toISOString()
  const reviewed = e.status !== 'pending'
  return t.db.insertInto('expenses').values({
    branch_id: e.branchId, title: e.title, amount: e.amount, category: e.category, description: null, expense_date: today(t), status: e.status,
    created_by: e.createdBy, reviewed_by: reviewed ? (e.reviewedBy ?? null) : null, reviewed_at: reviewed ? now : null,
    review_notes: e.status === 'rejected' ? 'No receipt' : null, created_at: now, updated_at: now,
  }).returningAll().executeTakeFirstOrThrow()
}

/** The evening cash count of a branch for a day; the difference is actual − expected. */
export function createClosing(t: TestApp, c: { branchId: number; date: string; expectedCash: number; actualCash: number; networkTotal: number; transferTotal: number; paymentsCount: number; closedBy: number }) {
  return t.db.insertInto('daily_closings').values({
    branch_id: c.branchId, business_date: c.date, expected_cash: c.expectedCash, actual_cash: c.actualCash, difference: c.actualCash - c.expectedCash,
    network_total: c.networkTotal, transfer_total: c.transferTotal, payments_count: c.paymentsCount, notes: null, closed_by: c.closedBy,
    created_at: t.clock.now().toISOString(),
  }).returningAll().executeTakeFirstOrThrow()
}
