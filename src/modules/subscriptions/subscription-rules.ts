// The rules every subscription write shares: who may touch which plan, how long a period runs,
// which trainer may be assigned, and the gym's "one live plan per service type" setting.
import type { Config } from '../../config.ts'
import type { Db, Dialect } from '../../db/database.ts'
import { lockKey } from '../../db/locks.ts'
import type { ServiceType } from '../../db/types.ts'
import type { Clock } from '../../lib/clock.ts'
import { addDays, localDate } from '../../lib/dates.ts'
import { AppError } from '../../lib/errors.ts'
import type { Actor } from '../audit/audit.ts'
import { getGymSettings } from '../settings/settings.service.ts'
import { branchScope } from '../staff/roles.ts'
import * as repo from './subscription.repository.ts'
import { effectiveStatus } from './subscription-state.ts'

export interface SubscriptionDeps {
  db: Db
  dialect: Dialect
  clock: Clock
  config: Pick<Config, 'gymTimezone'>
}

export type { StaffActor as StaffCaller } from '../audit/audit.ts'
import type { StaffActor as StaffCaller } from '../audit/audit.ts'

export const todayOf = (deps: Pick<SubscriptionDeps, 'clock' | 'config'>) => localDate(deps.clock.now(), deps.config.gymTimezone)

export const actorOf = (caller: StaffCaller): Actor => ({ staffId: caller.staffId, role: caller.role, requestId: caller.requestId })

/**
 * What a caller may read: their branch (branch-scoped roles) and, for trainers, only the plans
 * they train. Kept deliberately simple: a trainer does not see a member's other plans.
 */
export function readScope(caller: StaffCaller): { branchId: number | null; trainerId: number | null } {
  return { branchId: branchScope(caller), trainerId: caller.role === 'trainer' ? caller.staffId : null }
}

/**
 * The last day of a period. The seed's 30-day plan starting 2026-01-11 ends 2026-02-11, so the end
 * is start + duration_days, and entry is allowed through the end date inclusive.
 */
export const periodEnd = (start: string, durationDays: number) => addDays(start, durationDays)

export async function loadInScope(db: Db, caller: StaffCaller, id: number): Promise<repo.StaffSubscriptionRow> {
  const row = await repo.findForStaff(db, id)
  const scope = readScope(caller)
  if (!row || (scope.branchId !== null && row.branch_id !== scope.branchId) || (scope.trainerId !== null && row.trainer_id !== scope.trainerId)) {
    throw new AppError('NOT_FOUND', 'Subscription not found.')
  }
  return row
}

/**
 * Loads a plan for a change under the member's lock, so two desks changing one member's plans (or
 * selling them a plan) take turns, and the row is read again after the lock is held.
 */
export async function lockForWrite(deps: SubscriptionDeps, tx: Db, caller: StaffCaller, id: number): Promise<repo.StaffSubscriptionRow> {
  const first = await loadInScope(tx, caller, id)
  await lockMember(deps, tx, first.customer_id)
  return loadInScope(tx, caller, id)
}

/** Takes the member's subscription lock: every sale and change of one member's plans waits on it. */
export const lockMember = (deps: Pick<SubscriptionDeps, 'dialect'>, tx: Db, customerId: number) => lockKey(tx, deps.dialect, `subscription:c:${customerId}`)

/**
 * Unless the gym allows several, a member holds at most one live plan per service type at a time:
 * no other active or frozen plan of that type may overlap the new period. A plan queued to start
 * after the current one ends (a renewal) does not overlap; a frozen plan blocks everything from its
 * start on, because its end date will move when it is unfrozen. Call under lockMember.
 */
export async function assertNoOverlap(tx: Db, customerId: number, serviceType: ServiceType, period: { start: string; end: string }, today: string): Promise<void> {
  if ((await getGymSettings(tx)).allow_multiple_active_plans) return
  for (const other of await repo.liveOfType(tx, customerId, serviceType)) {
    const status = effectiveStatus(other, today)
    const overlaps = status === 'frozen'
      ? period.end >= other.start_date
      : status === 'active' && other.start_date <= period.end && period.start <= other.end_date
    if (overlaps) {
      throw new AppError('CONFLICT', `The member already holds a ${status} ${serviceType.replace(/_/g, ' ')} plan for this period (subscription ${other.id}).`)
    }
  }
}

/** A training plan needs its trainer; any trainer named must be an active trainer of the plan's branch. */
export async function assertTrainer(tx: Db, trainerId: number | null | undefined, branchId: number, required: boolean): Promise<void> {
  if (trainerId === null || trainerId === undefined) {
    if (!required) return
    throw new AppError('VALIDATION_ERROR', 'A training plan needs a trainer.', { details: { errors: [{ field: 'trainer_id', message: 'is required for a training plan' }] } })
  }
  const trainer = await repo.findStaffMember(tx, trainerId)
  if (!trainer || trainer.role !== 'trainer' || !trainer.is_active || trainer.branch_id !== branchId) {
    throw new AppError('BUSINESS_RULE', "trainer_id must name an active trainer of the member's branch.", { details: { field: 'trainer_id' } })
  }
}

/** Amount defaults to the plan's price; the discount may not exceed it. */
export function priceOf(planPrice: number, input: { amount?: number; discount?: number }): { amount: number; discount: number } {
  const amount = input.amount ?? planPrice
  const discount = input.discount ?? 0
  if (discount > amount) {
    throw new AppError('VALIDATION_ERROR', 'The discount cannot exceed the amount.', { details: { errors: [{ field: 'discount', message: 'must not exceed the amount' }] } })
  }
  return { amount, discount }
}

/** A plan is sold only while active and only where it is offered (every branch, or the member's). */
export function assertSellable(plan: { is_active: boolean; branch_id: number | null } | undefined, branchId: number, scope: number | null): asserts plan {
  // A plan of another branch is outside a branch-scoped caller's view altogether.
  if (!plan || (scope !== null && plan.branch_id !== null && plan.branch_id !== scope)) throw new AppError('NOT_FOUND', 'Plan not found.')
  if (!plan.is_active) throw new AppError('BUSINESS_RULE', 'This plan is no longer sold.')
  if (plan.branch_id !== null && plan.branch_id !== branchId) throw new AppError('BUSINESS_RULE', "This plan is not sold at the member's branch.")
}
