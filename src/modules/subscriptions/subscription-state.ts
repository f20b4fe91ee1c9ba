// What a subscription's state is *today*, derived on read so no background job has to run:
// an active plan past its end date, or a coin/session plan whose counter reached zero, is expired.
import type { Service, Subscription, SubscriptionStatus } from '../../db/types.ts'
import { daysBetween } from '../../lib/dates.ts'

export type SubscriptionWithService = Subscription & Pick<Service, 'name' | 'service_type' | 'subscription_type' | 'freeze_max_days' | 'grants_gym_entry'>

export function counterExhausted(sub: Pick<Subscription, 'remaining_coins' | 'remaining_sessions'>): boolean {
  return (sub.remaining_coins !== null && sub.remaining_coins <= 0) || (sub.remaining_sessions !== null && sub.remaining_sessions <= 0)
}

export function effectiveStatus(sub: Subscription, today: string): SubscriptionStatus {
  if (sub.status !== 'active') return sub.status
  if (sub.end_date < today || counterExhausted(sub)) return 'expired'
  return 'active'
}

/**
 * Whole days from today to the end date, not counting today: 0 on the last day of access (which
 * still admits), as in the seed's example. Paused while frozen (counted from the freeze start).
 */
export function remainingDays(sub: Subscription, today: string): number {
  const status = effectiveStatus(sub, today)
  if (status === 'frozen' && sub.frozen_since) return Math.max(0, daysBetween(sub.frozen_since, sub.end_date))
  if (status !== 'active') return 0
  // A plan queued to start later (a renewal bought ahead) has its whole period still to come.
  return Math.max(0, daysBetween(sub.start_date > today ? sub.start_date : today, sub.end_date))
}

/** The plan's freeze allowance minus the days already frozen, including a freeze under way. */
export function freezeDaysRemaining(sub: SubscriptionWithService, today: string): number {
  const ongoing = sub.status === 'frozen' && sub.frozen_since ? Math.max(0, daysBetween(sub.frozen_since, today)) : 0
  return Math.max(0, sub.freeze_max_days - sub.freeze_days_used - ongoing)
}

/** The members' app view of a subscription: the seed's fields plus the counters that apply. */
export function presentForMember(sub: SubscriptionWithService, today: string) {
  return {
    id: sub.id,
    service_name: sub.name,
    service_type: sub.service_type,
    subscription_type: sub.subscription_type,
    start_date: sub.start_date,
    end_date: sub.end_date,
    status: effectiveStatus(sub, today),
    remaining_days: remainingDays(sub, today),
    freeze_days_remaining: freezeDaysRemaining(sub, today),
    ...(sub.total_coins !== null ? { remaining_coins: Math.max(0, sub.remaining_coins ?? 0), total_coins: sub.total_coins } : {}),
    ...(sub.total_sessions !== null ? { remaining_sessions: Math.max(0, sub.remaining_sessions ?? 0), total_sessions: sub.total_sessions } : {}),
  }
}

/**
 * The plan the member app shows as current: an active one already started (gym entry first, then
 * the latest end date), else a frozen one, else one queued to start later (a renewal bought ahead).
 */
export function pickCurrent(subs: SubscriptionWithService[], today: string): SubscriptionWithService | undefined {
  const rank = (s: SubscriptionWithService) => {
    const status = effectiveStatus(s, today)
    if (status === 'active') return s.start_date > today ? 1 : s.grants_gym_entry ? 4 : 3
    return status === 'frozen' ? 2 : 0
  }
  const candidates = subs.filter((s) => rank(s) > 0)
  candidates.sort((a, b) => rank(b) - rank(a) || b.end_date.localeCompare(a.end_date) || b.id - a.id)
  return candidates[0]
}
