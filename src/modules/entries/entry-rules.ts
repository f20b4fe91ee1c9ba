// Which of a member's plans lets them in at this door right now, and if none, why not.
// Pure: takes the candidate plans and the moment, returns the decision.
import type { Service } from '../../db/types.ts'
import { effectiveStatus, type SubscriptionWithService } from '../subscriptions/subscription-state.ts'

export type DenyReason =
  | 'NO_ACTIVE_SUBSCRIPTION' | 'SUBSCRIPTION_FROZEN' | 'SUBSCRIPTION_EXPIRED' | 'NO_COINS_LEFT'
  | 'NO_SESSIONS_LEFT' | 'ACCOUNT_INACTIVE' | 'QR_EXPIRED' | 'QR_INVALID' | 'OUTSIDE_ENTRY_HOURS' | 'ALREADY_CHECKED_IN'

export type EntryPlan = SubscriptionWithService & Pick<Service, 'entry_start_time' | 'entry_end_time'>

/** "HH:MM" window, inclusive of the start and exclusive of the end; a window may cross midnight. */
export function withinHours(plan: Pick<Service, 'entry_start_time' | 'entry_end_time'>, localTime: string): boolean {
  const { entry_start_time: start, entry_end_time: end } = plan
  if (!start || !end) return true
  return start <= end ? localTime >= start && localTime < end : localTime >= start || localTime < end
}

// When no plan admits the member, the most useful reason to show the desk, most specific first.
const DENIAL_ORDER: DenyReason[] = ['OUTSIDE_ENTRY_HOURS', 'NO_COINS_LEFT', 'NO_SESSIONS_LEFT', 'SUBSCRIPTION_FROZEN', 'SUBSCRIPTION_EXPIRED']

export function choosePlan(
  plans: EntryPlan[],
  at: { branchId: number; today: string; localTime: string },
): { plan: EntryPlan } | { reason: DenyReason } {
  const reasons = new Set<DenyReason>()
  const usable: EntryPlan[] = []
  for (const plan of plans) {
    if (!plan.grants_gym_entry || plan.branch_id !== at.branchId || plan.start_date > at.today) continue
    if (plan.status === 'stopped') continue
    if (plan.status === 'frozen') { reasons.add('SUBSCRIPTION_FROZEN'); continue }
    if (plan.end_date < at.today) { reasons.add('SUBSCRIPTION_EXPIRED'); continue }
    if (plan.remaining_coins !== null && plan.remaining_coins <= 0) { reasons.add('NO_COINS_LEFT'); continue }
    if (plan.remaining_sessions !== null && plan.remaining_sessions <= 0) { reasons.add('NO_SESSIONS_LEFT'); continue }
    if (effectiveStatus(plan, at.today) !== 'active') { reasons.add('SUBSCRIPTION_EXPIRED'); continue }
    if (!withinHours(plan, at.localTime)) { reasons.add('OUTSIDE_ENTRY_HOURS'); continue }
    usable.push(plan)
  }
  // Prefer a time-based plan (entry costs nothing), then the plan that ends soonest.
  usable.sort((a, b) => Number(a.total_coins !== null || a.total_sessions !== null) - Number(b.total_coins !== null || b.total_sessions !== null) || a.end_date.localeCompare(b.end_date))
  if (usable[0]) return { plan: usable[0] }
  return { reason: DENIAL_ORDER.find((r) => reasons.has(r)) ?? 'NO_ACTIVE_SUBSCRIPTION' }
}
