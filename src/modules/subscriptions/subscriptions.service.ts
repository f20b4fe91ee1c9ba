// Staff work on subscriptions: list and read them, sell, renew and stop plans. Freezing lives in
// subscription-freeze.ts. Every write runs in one transaction with its payment and audit entry.
import type { Db } from '../../db/database.ts'
import type { PaymentMethod, Service, SubscriptionStatus } from '../../db/types.ts'
import { addDays } from '../../lib/dates.ts'
import { AppError } from '../../lib/errors.ts'
import { pageOffset, pageResult } from '../../lib/pagination.ts'
import { recordAudit } from '../audit/audit.ts'
import * as customers from '../customers/customer.repository.ts'
import { recordPayment } from '../payments/payment.repository.ts'
import { branchScope } from '../staff/roles.ts'
import * as repo from './subscription.repository.ts'
import {
  actorOf, assertNoOverlap, assertSellable, assertTrainer, loadInScope, lockForWrite, lockMember, periodEnd, priceOf,
  readScope, todayOf, type StaffCaller, type SubscriptionDeps,
} from './subscription-rules.ts'
import { closeOpenFreeze } from './subscription-freeze.ts'
import { effectiveStatus } from './subscription-state.ts'
import { detail, presentForStaff, rowOnly } from './subscription-view.ts'

export type { StaffCaller, SubscriptionDeps } from './subscription-rules.ts'

/** A plan is bought at most this far ahead, so a typo in the year is caught. */
const MAX_DAYS_AHEAD = 365

export async function listSubscriptions(
  deps: SubscriptionDeps, caller: StaffCaller,
  q: { page: number; per_page: number; customer_id?: number; branch_id?: number; status?: SubscriptionStatus },
) {
  const scope = readScope(caller)
  // Asking for another branch than one's own finds nothing, as if it did not exist.
  if (scope.branchId !== null && q.branch_id !== undefined && q.branch_id !== scope.branchId) return pageResult([], 0, q)
  const today = todayOf(deps)
  const { rows, total } = await repo.listForStaff(deps.db, {
    customerId: q.customer_id, branchId: scope.branchId ?? q.branch_id, trainerId: scope.trainerId ?? undefined, status: q.status, today,
  }, { limit: q.per_page, offset: pageOffset(q) })
  return pageResult(rows.map((r) => presentForStaff(r, today)), total, q)
}

export async function getSubscription(deps: SubscriptionDeps, caller: StaffCaller, id: number) {
  await loadInScope(deps.db, caller, id)
  return detail(deps.db, id, todayOf(deps))
}

export interface ActivateInput {
  customer_id: number
  service_id: number
  start_date?: string
  amount?: number
  discount?: number
  payment_method: PaymentMethod
  trainer_id?: number
}

export async function activate(deps: SubscriptionDeps, caller: StaffCaller, input: ActivateInput) {
  const today = todayOf(deps)
  const start = input.start_date ?? today
  if (start < today || start > addDays(today, MAX_DAYS_AHEAD)) {
    throw new AppError('VALIDATION_ERROR', 'The start date must be between today and a year ahead.', {
      details: { errors: [{ field: 'start_date', message: `must be between ${today} and ${addDays(today, MAX_DAYS_AHEAD)}` }] },
    })
  }
  return deps.db.transaction().execute(async (tx) => {
    await lockMember(deps, tx, input.customer_id)
    const scope = branchScope(caller)
    const customer = await customers.findById(tx, input.customer_id)
    if (!customer || (scope !== null && customer.branch_id !== scope)) throw new AppError('NOT_FOUND', 'Customer not found.')
    assertMemberActive(customer)
    if (customer.branch_id === null) throw new AppError('BUSINESS_RULE', 'The member has no home branch; set one before selling a plan.')
    const branchId = customer.branch_id
    const plan = await repo.findServiceForSale(tx, deps.dialect, input.service_id)
    assertSellable(plan, branchId, scope)
    const price = priceOf(plan.price, input)
    await assertTrainer(tx, input.trainer_id, branchId, plan.subscription_type === 'training')
    const period = { start, end: periodEnd(start, plan.duration_days) }
    await assertNoOverlap(tx, customer.id, plan.service_type, period, today)
    return sell(deps, tx, caller, { plan, customerId: customer.id, branchId, period, price, method: input.payment_method, trainerId: input.trainer_id ?? null, type: 'subscription', today })
  })
}

export async function renew(deps: SubscriptionDeps, caller: StaffCaller, id: number, input: { amount?: number; discount?: number; payment_method: PaymentMethod; trainer_id?: number }) {
  const today = todayOf(deps)
  return deps.db.transaction().execute(async (tx) => {
    const current = await lockForWrite(deps, tx, caller, id)
    // A renewal is a sale like any other: a deactivated member is sold nothing.
    assertMemberActive(await customers.findById(tx, current.customer_id))
    const status = effectiveStatus(current, today)
    if (status === 'stopped') throw new AppError('BUSINESS_RULE', 'A stopped plan cannot be renewed; sell a new one instead.')
    if (status === 'frozen') throw new AppError('BUSINESS_RULE', 'Unfreeze the plan before renewing it.')
    const plan = await repo.findServiceForSale(tx, deps.dialect, current.service_id)
    assertSellable(plan, current.branch_id, branchScope(caller))
    const price = priceOf(plan.price, input)
    const trainerId = input.trainer_id ?? current.trainer_id
    await assertTrainer(tx, trainerId, current.branch_id, plan.subscription_type === 'training')
    // A plan still running is extended: the new period follows it without a gap or an overlap.
    // One that has expired (by date or by using up its counter) starts again today.
    const start = status === 'active' ? maxDate(today, addDays(current.end_date, 1)) : today
    const period = { start, end: periodEnd(start, plan.duration_days) }
    await assertNoOverlap(tx, current.customer_id, plan.service_type, period, today)
    return sell(deps, tx, caller, {
      plan, customerId: current.customer_id, branchId: current.branch_id, period, price, method: input.payment_method, trainerId, type: 'renewal', today, renewedFrom: current.id,
    })
  })
}

interface Sale {
  plan: Service
  customerId: number
  branchId: number
  period: { start: string; end: string }
  price: { amount: number; discount: number }
  method: PaymentMethod
  trainerId: number | null
  type: 'subscription' | 'renewal'
  today: string
  renewedFrom?: number
}

/** Writes the new period, its payment and the audit entry (inside the caller's transaction). */
async function sell(deps: SubscriptionDeps, tx: Db, caller: StaffCaller, sale: Sale) {
  const now = deps.clock.now().toISOString()
  const { plan } = sale
  const created = await repo.insertSubscription(tx, {
    customer_id: sale.customerId, service_id: plan.id, branch_id: sale.branchId,
    start_date: sale.period.start, end_date: sale.period.end, status: 'active',
    total_coins: plan.coins, remaining_coins: plan.coins, total_sessions: plan.sessions, remaining_sessions: plan.sessions,
    freeze_days_used: 0, freeze_count: 0, frozen_since: null,
    amount: sale.price.amount, discount: sale.price.discount, trainer_id: sale.trainerId, stop_reason: null,
    created_by: caller.staffId, created_at: now, updated_at: now,
  })
  const payment = await recordPayment(tx, deps, {
    branchId: sale.branchId, customerId: sale.customerId, subscriptionId: created.id, amount: sale.price.amount, discount: sale.price.discount,
    method: sale.method, type: sale.type, notes: sale.renewedFrom ? `Renewal of subscription ${sale.renewedFrom}` : null, staffId: caller.staffId,
  })
  await recordAudit(tx, deps.clock, {
    actor: actorOf(caller), action: sale.type === 'renewal' ? 'subscription.renew' : 'subscription.activate',
    entityType: 'subscription', entityId: created.id, branchId: sale.branchId,
    after: { ...created, renewed_from: sale.renewedFrom ?? null, payment_id: payment.id, payment_reference: payment.reference },
  })
  return detail(tx, created.id, sale.today, payment)
}

export async function stop(deps: SubscriptionDeps, caller: StaffCaller, id: number, input: { reason: string }) {
  const today = todayOf(deps)
  return deps.db.transaction().execute(async (tx) => {
    const current = await lockForWrite(deps, tx, caller, id)
    const status = effectiveStatus(current, today)
    if (status !== 'active' && status !== 'frozen') throw new AppError('BUSINESS_RULE', `Only an active or frozen plan can be stopped; this one is ${status}.`)
    // A freeze under way ends with the plan, counting the days it ran (up to the allowance left).
    const credited = status === 'frozen' ? (await closeOpenFreeze(tx, current, today)).credited : 0
    const updated = await repo.updateSubscription(tx, id, {
      status: 'stopped', stop_reason: input.reason.trim(), frozen_since: null,
      freeze_days_used: current.freeze_days_used + credited, updated_at: deps.clock.now().toISOString(),
    })
    await recordAudit(tx, deps.clock, { actor: actorOf(caller), action: 'subscription.stop', entityType: 'subscription', entityId: id, branchId: current.branch_id, before: rowOnly(current), after: updated })
    return detail(tx, id, today)
  })
}

const maxDate = (a: string, b: string) => (a > b ? a : b)

/** Plans are sold (and renewed) only to members whose account is active. */
function assertMemberActive(customer: { is_active: boolean } | undefined): void {
  if (!customer?.is_active) throw new AppError('BUSINESS_RULE', "The member's account is deactivated; activate it before selling a plan.")
}
