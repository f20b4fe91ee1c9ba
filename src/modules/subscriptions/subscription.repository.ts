// SQL for subscriptions as members and the door see them.
import type { Db } from '../../db/database.ts'
import type { SubscriptionWithService } from './subscription-state.ts'

export function listForCustomer(db: Db, customerId: number): Promise<SubscriptionWithService[]> {
  return db
    .selectFrom('subscriptions as s')
    .innerJoin('services as v', 'v.id', 's.service_id')
    .selectAll('s')
    .select(['v.name', 'v.service_type', 'v.subscription_type', 'v.freeze_max_days', 'v.grants_gym_entry'])
    .where('s.customer_id', '=', customerId)
    .orderBy('s.start_date', 'desc')
    .orderBy('s.id', 'desc')
    .execute()
}
