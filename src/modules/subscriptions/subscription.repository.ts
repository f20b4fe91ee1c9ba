// SQL for subscriptions: as members and the door see them, and as staff list, sell and change them.
import { type ExpressionBuilder, type Insertable, type Updateable } from 'kysely'
import type { Db, Dialect } from '../../db/database.ts'
import { prepared } from '../../db/prepared.ts'
import type { Database, ServiceType, SubscriptionFreezeTable, SubscriptionStatus, SubscriptionTable } from '../../db/types.ts'
import type { SubscriptionWithService } from './subscription-state.ts'

// Every member read and the QR pass read this, so it is built once (see db/prepared.ts).
const ofCustomer = prepared((db, a: { customerId: number }) => db
  .selectFrom('subscriptions as s')
  .innerJoin('services as v', 'v.id', 's.service_id')
  .selectAll('s')
  .select(['v.name', 'v.service_type', 'v.subscription_type', 'v.freeze_max_days', 'v.grants_gym_entry'])
  .where('s.customer_id', '=', a.customerId)
  .orderBy('s.start_date', 'desc')
  .orderBy('s.id', 'desc'))

export async function listForCustomer(db: Db, customerId: number): Promise<SubscriptionWithService[]> {
  return (await ofCustomer(db, { customerId })).rows
}

// ---- staff side ----------------------------------------------------------------------------

export interface StaffFilter {
  customerId?: number
  /** The caller's branch scope, or the branch asked for. */
  branchId?: number
  /** Trainers read only the plans they train. */
  trainerId?: number
  status?: SubscriptionStatus
  today: string
}

type Eb = ExpressionBuilder<Database & { s: SubscriptionTable }, 's'>

const exhausted = (eb: Eb) => eb.or([
  eb.and([eb('s.remaining_coins', 'is not', null), eb('s.remaining_coins', '<=', 0)]),
  eb.and([eb('s.remaining_sessions', 'is not', null), eb('s.remaining_sessions', '<=', 0)]),
])

/** The SQL twin of effectiveStatus(): a stored `active` past its end date or counter is expired. */
function effectiveStatusIs(eb: Eb, status: SubscriptionStatus, today: string) {
  if (status === 'active') return eb.and([eb('s.status', '=', 'active'), eb('s.end_date', '>=', today), eb.not(exhausted(eb))])
  if (status === 'expired') {
    return eb.or([eb('s.status', '=', 'expired'), eb.and([eb('s.status', '=', 'active'), eb.or([eb('s.end_date', '<', today), exhausted(eb)])])])
  }
  return eb('s.status', '=', status)
}

const joined = (db: Db) =>
  db
    .selectFrom('subscriptions as s')
    .innerJoin('services as v', 'v.id', 's.service_id')
    .innerJoin('customers as c', 'c.id', 's.customer_id')

const staffColumns = ['v.name', 'v.service_type', 'v.subscription_type', 'v.freeze_max_days', 'v.freeze_count_limit', 'v.grants_gym_entry', 'c.full_name as customer_name'] as const

export const findForStaff = (db: Db, id: number) => joined(db).selectAll('s').select(staffColumns).where('s.id', '=', id).executeTakeFirst()

export type StaffSubscriptionRow = NonNullable<Awaited<ReturnType<typeof findForStaff>>>

export async function listForStaff(db: Db, f: StaffFilter, page: { limit: number; offset: number }) {
  let query = joined(db)
  if (f.customerId !== undefined) query = query.where('s.customer_id', '=', f.customerId)
  if (f.branchId !== undefined) query = query.where('s.branch_id', '=', f.branchId)
  if (f.trainerId !== undefined) query = query.where('s.trainer_id', '=', f.trainerId)
  const status = f.status
  if (status !== undefined) query = query.where((eb) => effectiveStatusIs(eb, status, f.today))
  const [rows, total] = await Promise.all([
    query.selectAll('s').select(staffColumns).orderBy('s.start_date', 'desc').orderBy('s.id', 'desc').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows, total: Number(total.n) }
}

export const freezesOf = (db: Db, subscriptionId: number) =>
  db.selectFrom('subscription_freezes').selectAll().where('subscription_id', '=', subscriptionId).orderBy('start_date', 'desc').orderBy('id', 'desc').execute()

export const openFreeze = (db: Db, subscriptionId: number) =>
  db.selectFrom('subscription_freezes').selectAll().where('subscription_id', '=', subscriptionId).where('ended_on', 'is', null).orderBy('id', 'desc').executeTakeFirst()

/** The member's stored active or frozen plans of one service type (whether each is current is the caller's call). */
export const liveOfType = (db: Db, customerId: number, serviceType: ServiceType) =>
  db
    .selectFrom('subscriptions as s')
    .innerJoin('services as v', 'v.id', 's.service_id')
    .selectAll('s')
    .where('s.customer_id', '=', customerId)
    .where('v.service_type', '=', serviceType)
    .where('s.status', 'in', ['active', 'frozen'])
    .orderBy('s.id')
    .execute()

export const insertSubscription = (db: Db, values: Insertable<SubscriptionTable>) =>
  db.insertInto('subscriptions').values(values).returningAll().executeTakeFirstOrThrow()

export const updateSubscription = (db: Db, id: number, values: Updateable<SubscriptionTable>) =>
  db.updateTable('subscriptions').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow()

export const insertFreeze = (db: Db, values: Insertable<SubscriptionFreezeTable>) =>
  db.insertInto('subscription_freezes').values(values).returningAll().executeTakeFirstOrThrow()

export const closeFreeze = (db: Db, id: number, endedOn: string, daysUsed: number) =>
  db.updateTable('subscription_freezes').set({ ended_on: endedOn, days_used: daysUsed }).where('id', '=', id).execute()

// ---- what a sale needs to know --------------------------------------------------------------

export const findService = (db: Db, id: number) => db.selectFrom('services').selectAll().where('id', '=', id).executeTakeFirst()

/**
 * The plan a sale copies its terms from, held FOR SHARE (PostgreSQL) until the sale commits, so a
 * plan change (which takes the row FOR UPDATE and refuses to alter a sold plan's terms) cannot slip
 * in between reading the plan and writing the subscription.
 */
export const findServiceForSale = (db: Db, dialect: Dialect, id: number) => {
  const query = db.selectFrom('services').selectAll().where('id', '=', id)
  return (dialect === 'postgres' ? query.forShare() : query).executeTakeFirst()
}

export const findStaffMember = (db: Db, id: number) =>
  db.selectFrom('staff_users').select(['id', 'role', 'branch_id', 'is_active']).where('id', '=', id).executeTakeFirst()
