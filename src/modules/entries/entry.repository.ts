// SQL for the entry log (every check-in attempt, approved or denied) and the plans the door reads.
import type { Insertable } from 'kysely'
import type { Db } from '../../db/database.ts'
import type { EntryLogTable, EntryStatus } from '../../db/types.ts'
import type { EntryPlan } from './entry-rules.ts'
import { addEntryToRollup } from '../reports/rollups.repository.ts'

export async function memberHistory(db: Db, customerId: number, limit: number, offset: number) {
  const base = db.selectFrom('entry_logs as e').where('e.customer_id', '=', customerId).where('e.entry_status', '=', 'approved')
  const [rows, total] = await Promise.all([
    base
      .leftJoin('branches as b', 'b.id', 'e.branch_id')
      .leftJoin('subscriptions as s', 's.id', 'e.subscription_id')
      .leftJoin('services as sv', 'sv.id', 's.service_id')
      .select(['e.id', 'e.entry_time', 'e.entry_type', 'e.coins_used', 'e.sessions_used', 'b.name as branch_name', 'sv.name as service_name'])
      .orderBy('e.entry_time', 'desc')
      .orderBy('e.id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows, total: Number(total.n) }
}

export interface EntryFilter {
  branchId?: number
  customerId?: number
  status?: EntryStatus
  /** Gym-local business dates, inclusive. */
  from?: string
  to?: string
}

/** The staff view of the log: newest first, with the member's and the staff member's names. */
export async function listEntries(db: Db, filter: EntryFilter, limit: number, offset: number) {
  let base = db.selectFrom('entry_logs as e')
  if (filter.branchId !== undefined) base = base.where('e.branch_id', '=', filter.branchId)
  if (filter.customerId !== undefined) base = base.where('e.customer_id', '=', filter.customerId)
  if (filter.status !== undefined) base = base.where('e.entry_status', '=', filter.status)
  if (filter.from !== undefined) base = base.where('e.business_date', '>=', filter.from)
  if (filter.to !== undefined) base = base.where('e.business_date', '<=', filter.to)
  const [rows, total] = await Promise.all([
    base
      .leftJoin('customers as c', 'c.id', 'e.customer_id')
      .leftJoin('staff_users as u', 'u.id', 'e.staff_id')
      .innerJoin('branches as b', 'b.id', 'e.branch_id')
      .selectAll('e')
      .select(['c.full_name as customer_name', 'u.full_name as staff_name', 'b.name as branch_name'])
      .orderBy('e.entry_time', 'desc')
      .orderBy('e.id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows, total: Number(total.n) }
}

export const findByScanKey = (db: Db, scanKey: string) =>
  db.selectFrom('entry_logs').selectAll().where('scan_key', '=', scanKey).executeTakeFirst()

/**
 * Hands a pass's key on from a refused attempt to the new one deciding afresh, so the key always
 * marks the pass's latest decided attempt (and an admission with it is found by the next scan).
 */
export const releaseScanKey = (db: Db, entryId: number) =>
  db.updateTable('entry_logs').set({ scan_key: null }).where('id', '=', entryId).execute()

/** Records an attempt and counts it in the day's roll-up (same transaction, one statement more). */
export async function insertEntry(db: Db, values: Insertable<EntryLogTable>) {
  const entry = await db.insertInto('entry_logs').values(values).returningAll().executeTakeFirstOrThrow()
  await addEntryToRollup(db, values)
  return entry
}

/** The member's latest approved entry at or after `since`, for anti-passback. */
export const latestApprovedSince = (db: Db, customerId: number, since: string) =>
  db
    .selectFrom('entry_logs')
    .select(['id', 'entry_time'])
    .where('customer_id', '=', customerId)
    .where('entry_status', '=', 'approved')
    .where('entry_time', '>=', since)
    .orderBy('entry_time', 'desc')
    .limit(1)
    .executeTakeFirst()

/** Whether the member is registered at the branch or holds (or held) a plan there. */
export async function memberKnownAtBranch(db: Db, customerId: number, branchId: number): Promise<boolean> {
  const registered = await db.selectFrom('customers').select('id').where('id', '=', customerId).where('branch_id', '=', branchId).executeTakeFirst()
  if (registered) return true
  const plan = await db.selectFrom('subscriptions').select('id').where('customer_id', '=', customerId).where('branch_id', '=', branchId).executeTakeFirst()
  return plan !== undefined
}

const planColumns = ['v.name', 'v.service_type', 'v.subscription_type', 'v.freeze_max_days', 'v.grants_gym_entry', 'v.entry_start_time', 'v.entry_end_time'] as const

const plans = (db: Db) => db.selectFrom('subscriptions as s').innerJoin('services as v', 'v.id', 's.service_id').selectAll('s').select(planColumns)

/** Every plan that could explain the door's answer; stopped ones never admit and are left out. */
export const entryPlans = (db: Db, customerId: number): Promise<EntryPlan[]> =>
  plans(db).where('s.customer_id', '=', customerId).where('s.status', 'in', ['active', 'frozen', 'expired']).execute()

export const loadPlan = (db: Db, subscriptionId: number): Promise<EntryPlan | undefined> =>
  plans(db).where('s.id', '=', subscriptionId).executeTakeFirst()

/**
 * Takes one coin or session, only while one is left, so the counter never goes below zero even if
 * the caller's lock were missing. Answers the counter before and after, or undefined if none was left.
 */
export async function takeOne(db: Db, plan: Pick<EntryPlan, 'id' | 'remaining_coins' | 'remaining_sessions'>) {
  const column = plan.remaining_coins !== null ? 'remaining_coins' : 'remaining_sessions'
  const row = await db
    .updateTable('subscriptions')
    .set((eb) => ({ [column]: eb(column, '-', 1) }))
    .where('id', '=', plan.id)
    .where(column, '>', 0)
    .returning(['remaining_coins', 'remaining_sessions'])
    .executeTakeFirst()
  if (!row) return undefined
  const after = row[column]!
  return { column, before: after + 1, after }
}
