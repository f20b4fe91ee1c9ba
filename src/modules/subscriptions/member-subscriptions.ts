// The member's own view: the current plan and the history, evaluated on the gym's local day.
import type { Db } from '../../db/database.ts'
import { presentForMember, pickCurrent } from './subscription-state.ts'
import { listForCustomer } from './subscription.repository.ts'

export async function memberSubscriptions(db: Db, customerId: number, today: string) {
  const subs = await listForCustomer(db, customerId)
  const current = pickCurrent(subs, today)
  return {
    current: current ? presentForMember(current, today) : null,
    history: subs.filter((s) => s !== current).map((s) => presentForMember(s, today)),
  }
}
