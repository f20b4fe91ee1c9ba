// SQL for plans (the `services` table).
import type { Insertable, Updateable } from 'kysely'
import type { Db, Dialect } from '../../db/database.ts'
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
  // lower() so both databases agree: SQLite compares bytes (every capital before any small letter)
  // while PostgreSQL follows its collation.
  return query.orderBy((eb) => eb.fn('lower', ['name'])).orderBy('id').execute()
}

export const findById = (db: Db, id: number) =>
  db.selectFrom('services').selectAll().where('id', '=', id).executeTakeFirst()

export const insert = (db: Db, values: Insertable<ServiceTable>) =>
  db.insertInto('services').values(values).returningAll().executeTakeFirstOrThrow()

export const update = (db: Db, id: number, values: Updateable<ServiceTable>) =>
  db.updateTable('services').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow()

export const hasSubscriptions = async (db: Db, id: number) =>
  (await db.selectFrom('subscriptions').select('id').where('service_id', '=', id).limit(1).executeTakeFirst()) !== undefined

/**
 * Holds the plan's row until the transaction ends (PostgreSQL; SQLite runs one write transaction at
 * a time already). Sales read the plan FOR SHARE, so a change waits for a sale under way to commit
 * and a sale waits for a change under way, then reads the changed plan.
 */
export async function lockForChange(db: Db, dialect: Dialect, id: number): Promise<void> {
  if (dialect === 'postgres') await db.selectFrom('services').select('id').where('id', '=', id).forUpdate().execute()
}
