// The member's own view: the current plan and the history, evaluated on the gym's local day.
import type { Db } from '../../db/database.ts'
import { presentForMember, pickCurrent } from './subscription-state.ts'
import { listForCustomer } from './subscription.repository.ts'

export async function memberSubscriptions(db: Db, customerId: number, today: string) {
  const subs = await listForCustomer(db, customerId)
  const current = pickCurrent(subs, today)
  const presented = current ? presentForMember(current, today) : null
  return {
    current: presented,
    /** Whether the current plan lets the member in today (a plan bought ahead does not yet). */
    hasActiveSubscription: presented?.status === 'active' && presented.start_date <= today,
    history: subs.filter((s) => s !== current).map((s) => presentForMember(s, today)),
  }
}
