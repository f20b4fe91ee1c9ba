// SQL for plans (the `services` table).
import type { Insertable, Updateable } from 'kysely'
import type { Db } from '../../db/database.ts'
import type { Service, ServiceTable, ServiceType, SubscriptionType } from '../../db/types.ts'

export interface PlanFilters {
  serviceType?: ServiceType
  subscriptionType?: SubscriptionType
  isActive?: boolean
  /** Plans on sale at this branch: its own and the chain-wide ones. */
  availableAt?: number
  /** The caller's scope: null sees every plan, a branch sees its own and the chain-wide ones. */
  scope: number | null
}

export function list(db: Db, f: PlanFilters): Promise<Service[]> {
  let query = db.selectFrom('services').selectAll()
  if (f.serviceType) query = query.where('service_type', '=', f.serviceType)
  if (f.subscriptionType) query = query.where('subscription_type', '=', f.subscriptionType)
  if (f.isActive !== undefined) query = query.where('is_active', '=', f.isActive)
  for (const branch of [f.scope, f.availableAt]) {
    if (branch === null || branch === undefined) continue
    query = query.where((eb) => eb.or([eb('branch_id', 'is', null), eb('branch_id', '=', branch)]))
  }
  return query.orderBy('name').orderBy('id').execute()
}

export const findById = (db: Db, id: number) =>
  db.selectFrom('services').selectAll().where('id', '=', id).executeTakeFirst()

export const insert = (db: Db, values: Insertable<ServiceTable>) =>
  db.insertInto('services').values(values).returningAll().executeTakeFirstOrThrow()

export const update = (db: Db, id: number, values: Updateable<ServiceTable>) =>
  db.updateTable('services').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow()

export const branchExists = async (db: Db, id: number) =>
  (await db.selectFrom('branches').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
