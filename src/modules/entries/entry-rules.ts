// Which of a member's plans lets them in at this door right now, and if none, why not.
// Pure: takes the candidate plans and the moment, returns the decision.
import type { Service } from '../../db/types.ts'
import type { SubscriptionWithService } from '../subscriptions/subscription-state.ts'

export const DENY_REASONS = [
  'NO_ACTIVE_SUBSCRIPTION', 'SUBSCRIPTION_FROZEN', 'SUBSCRIPTION_EXPIRED', 'NO_COINS_LEFT', 'NO_SESSIONS_LEFT',
  'ACCOUNT_INACTIVE', 'QR_EXPIRED', 'QR_INVALID', 'OUTSIDE_ENTRY_HOURS', 'ALREADY_CHECKED_IN',
] as const

export type DenyReason = (typeof DENY_REASONS)[number]
export type EntryReason = 'OK' | DenyReason

export const ENTRY_REASONS: readonly EntryReason[] = ['OK', ...DENY_REASONS]

export type EntryPlan = SubscriptionWithService & Pick<Service, 'entry_start_time' | 'entry_end_time'>

/** "HH:MM" window, inclusive of the start and exclusive of the end; a window may cross midnight. */
export function withinHours(plan: Pick<Service, 'entry_start_time' | 'entry_end_time'>, localTime: string): boolean {
  const start = plan.entry_start_time?.slice(0, 5)
  const end = plan.entry_end_time?.slice(0, 5)
  if (!start || !end || start === end) return true
  return start < end ? localTime >= start && localTime < end : localTime >= start || localTime < end
}

// When no plan admits the member, the most useful reason to show the desk, most specific first:
// a plan that would admit them at another hour beats one that ran out, which beats a paused one.
const DENIAL_ORDER: DenyReason[] = ['OUTSIDE_ENTRY_HOURS', 'NO_COINS_LEFT', 'NO_SESSIONS_LEFT', 'SUBSCRIPTION_FROZEN', 'SUBSCRIPTION_EXPIRED']

/** Why one plan does not admit the member now, or null when it does. */
function refusal(plan: EntryPlan, at: { today: string; localTime: string }): DenyReason | null {
  if (plan.status === 'frozen') return 'SUBSCRIPTION_FROZEN'
  if (plan.end_date < at.today) return 'SUBSCRIPTION_EXPIRED'
  // A counter at zero says more than "expired": the desk can offer a top-up.
  if (plan.remaining_coins !== null && plan.remaining_coins <= 0) return 'NO_COINS_LEFT'
  if (plan.remaining_sessions !== null && plan.remaining_sessions <= 0) return 'NO_SESSIONS_LEFT'
  if (plan.status !== 'active') return 'SUBSCRIPTION_EXPIRED'
  if (!withinHours(plan, at.localTime)) return 'OUTSIDE_ENTRY_HOURS'
  return null
}

/** Counted plans cost a coin or session per entry, so a time-based plan is used first. */
const isCounted = (plan: EntryPlan) => plan.remaining_coins !== null || plan.remaining_sessions !== null

export function choosePlan(
  plans: EntryPlan[],
  at: { branchId: number; today: string; localTime: string },
): { plan: EntryPlan } | { reason: DenyReason; plan?: EntryPlan } {
  const refused = new Map<DenyReason, EntryPlan>()
  const usable: EntryPlan[] = []
  for (const plan of plans) {
    // Stopped plans, plans not yet started, at another branch or without gym entry do not count.
    if (!plan.grants_gym_entry || plan.branch_id !== at.branchId || plan.start_date > at.today || plan.status === 'stopped') continue
    const reason = refusal(plan, at)
    if (reason === null) usable.push(plan)
    else if (!refused.has(reason) || plan.end_date > refused.get(reason)!.end_date) refused.set(reason, plan)
  }
  // Then the plan that ends soonest, so nothing lapses unused.
  usable.sort((a, b) => Number(isCounted(a)) - Number(isCounted(b)) || a.end_date.localeCompare(b.end_date) || a.id - b.id)
  if (usable[0]) return { plan: usable[0] }
  const reason = DENIAL_ORDER.find((r) => refused.has(r))
  return reason ? { reason, plan: refused.get(reason) } : { reason: 'NO_ACTIVE_SUBSCRIPTION' }
}
