// Freezing pauses a plan: the member cannot enter, remaining days stop counting, and when the plan
// is unfrozen its end date moves later by the days credited for the freeze.
//
// A freeze ends only when staff unfreeze it (or stop the plan): the desk unfreezes explicitly, so
// until then the door answers SUBSCRIPTION_FROZEN, even after the planned end, and the staff view
// marks such a freeze `is_overdue` so the desk unfreezes it when the member is back. The days
// credited are the days actually frozen, capped at what is left of the plan's freeze allowance
// (freeze_max_days − freeze_days_used): ending early gives the unused days back, and a freeze
// overstayed beyond the allowance is not credited. Those days neither move the end date nor
// count as freeze days; they are simply time the member held the plan without coming.
import type { Db } from '../../db/database.ts'
import type { PaymentMethod } from '../../db/types.ts'
import { addDays, daysBetween } from '../../lib/dates.ts'
import { AppError } from '../../lib/errors.ts'
import { recordAudit } from '../audit/audit.ts'
import { recordPayment } from '../payments/payment.repository.ts'
import { getGymSettings } from '../settings/settings.service.ts'
import * as repo from './subscription.repository.ts'
import { actorOf, lockForWrite, todayOf, type StaffCaller, type SubscriptionDeps } from './subscription-rules.ts'
import { effectiveStatus } from './subscription-state.ts'
import { detail, rowOnly } from './subscription-view.ts'

export async function freeze(deps: SubscriptionDeps, caller: StaffCaller, id: number, input: { days: number; reason: string; payment_method?: PaymentMethod }) {
  const today = todayOf(deps)
  return deps.db.transaction().execute(async (tx) => {
    const sub = await lockForWrite(deps, tx, caller, id)
    const plan = await repo.findService(tx, sub.service_id)
    if (!plan) throw new AppError('NOT_FOUND', 'Plan not found.')
    const cost = plan.freeze_cost
    if (cost > 0 && !input.payment_method) {
      throw new AppError('VALIDATION_ERROR', `This plan charges ${cost} for a freeze; say how it is paid.`, {
        details: { errors: [{ field: 'payment_method', message: 'is required for a paid freeze' }] },
      })
    }
    const status = effectiveStatus(sub, today)
    if (status !== 'active') throw new AppError('BUSINESS_RULE', `Only an active plan can be frozen; this one is ${status}.`)
    if (sub.start_date > today) throw new AppError('BUSINESS_RULE', `This plan starts on ${sub.start_date}; it cannot be frozen before then.`)
    if (sub.freeze_count >= plan.freeze_count_limit) {
      throw new AppError('BUSINESS_RULE', `This plan allows ${plan.freeze_count_limit} freeze(s) and ${sub.freeze_count} have been used.`)
    }
    const daysLeft = Math.max(0, plan.freeze_max_days - sub.freeze_days_used)
    if (input.days > daysLeft) {
      throw new AppError('BUSINESS_RULE', `This plan allows ${plan.freeze_max_days} freeze days in all; ${daysLeft} remain, ${input.days} were asked for.`)
    }
    const now = deps.clock.now().toISOString()
    const updated = await repo.updateSubscription(tx, id, { status: 'frozen', frozen_since: today, freeze_count: sub.freeze_count + 1, updated_at: now })
    const row = await repo.insertFreeze(tx, {
      subscription_id: id, start_date: today, requested_days: input.days, planned_end_date: addDays(today, input.days),
      ended_on: null, days_used: null, reason: input.reason.trim(), cost, created_by: caller.staffId, created_at: now,
    })
    const payment = cost > 0 && input.payment_method
      ? await recordPayment(tx, deps, {
        branchId: sub.branch_id, customerId: sub.customer_id, subscriptionId: id, amount: cost, discount: 0,
        method: input.payment_method, type: 'freeze', notes: `Freeze of ${input.days} day(s)`, staffId: caller.staffId,
      })
      : undefined
    await recordAudit(tx, deps.clock, {
      actor: actorOf(caller), action: 'subscription.freeze', entityType: 'subscription', entityId: id, branchId: sub.branch_id,
      before: rowOnly(sub), after: { ...updated, freeze_id: row.id, freeze_days_requested: input.days, payment_id: payment?.id ?? null },
    })
    return detail(tx, id, today, payment)
  })
}

export async function unfreeze(deps: SubscriptionDeps, caller: StaffCaller, id: number) {
  const today = todayOf(deps)
  return deps.db.transaction().execute(async (tx) => {
    const sub = await lockForWrite(deps, tx, caller, id)
    if (sub.status !== 'frozen') throw new AppError('BUSINESS_RULE', `Only a frozen plan can be unfrozen; this one is ${effectiveStatus(sub, today)}.`)
    const { frozen, credited } = await closeOpenFreeze(tx, sub, today)
    const now = deps.clock.now().toISOString()
    const updated = await repo.updateSubscription(tx, id, {
      status: 'active', frozen_since: null, end_date: addDays(sub.end_date, credited), freeze_days_used: sub.freeze_days_used + credited, updated_at: now,
    })
    await recordAudit(tx, deps.clock, {
      actor: actorOf(caller), action: 'subscription.unfreeze', entityType: 'subscription', entityId: id, branchId: sub.branch_id,
      before: rowOnly(sub), after: { ...updated, days_frozen: frozen, days_credited: credited },
    })
    await postponeQueued(deps, tx, caller, sub, credited)
    return detail(tx, id, today)
  })
}

type FreezingSub = Pick<repo.StaffSubscriptionRow, 'id' | 'frozen_since' | 'freeze_days_used' | 'freeze_max_days'>

/**
 * Ends the freeze under way (if any) today. Returns the days it actually ran and the days credited
 * for it (at most the allowance left); the freeze row records the credited days as its days_used.
 */
export async function closeOpenFreeze(tx: Db, sub: FreezingSub, today: string): Promise<{ frozen: number; credited: number }> {
  const frozen = sub.frozen_since ? Math.max(0, daysBetween(sub.frozen_since, today)) : 0
  // freeze_days_used does not move while frozen, so this is the allowance left when the freeze began
  // (under the plan's current freeze rules, which apply to everyone holding the plan).
  const allowance = Math.max(0, sub.freeze_max_days - sub.freeze_days_used)
  const credited = Math.min(frozen, allowance)
  const open = await repo.openFreeze(tx, sub.id)
  if (open) await repo.closeFreeze(tx, open.id, today, credited)
  return { frozen, credited }
}

/**
 * A renewal queued to start after this plan would now overlap its moved end date, so plans of the
 * same type waiting to start after the old end move by the same number of days.
 */
async function postponeQueued(deps: SubscriptionDeps, tx: Db, caller: StaffCaller, sub: repo.StaffSubscriptionRow, days: number) {
  // With several live plans allowed, nothing can overlap, and the member's other plans stay put.
  if (days === 0 || (await getGymSettings(tx)).allow_multiple_active_plans) return
  const now = deps.clock.now().toISOString()
  for (const queued of await repo.liveOfType(tx, sub.customer_id, sub.service_type)) {
    if (queued.id === sub.id || queued.status !== 'active' || queued.start_date <= sub.end_date) continue
    const moved = await repo.updateSubscription(tx, queued.id, { start_date: addDays(queued.start_date, days), end_date: addDays(queued.end_date, days), updated_at: now })
    await recordAudit(tx, deps.clock, {
      actor: actorOf(caller), action: 'subscription.postpone', entityType: 'subscription', entityId: queued.id, branchId: queued.branch_id,
      before: queued, after: { ...moved, because_unfrozen: sub.id },
    })
  }
}
