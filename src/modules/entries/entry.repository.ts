// SQL for the entry log (every check-in attempt, approved or denied) and the plans the door reads.
import type { Insertable } from 'kysely'
import type { Db } from '../../db/database.ts'
import { whereGiven } from '../../db/filters.ts'
import { first, prepared } from '../../db/prepared.ts'
import type { EntryLogTable, EntryStatus } from '../../db/types.ts'
import type { EntryPlan } from './entry-rules.ts'
import { addEntryToRollup } from '../reports/rollups.repository.ts'

// The member's visit history: a page and the count, each built once (see db/prepared.ts).
const historyPage = prepared((db, a: { customerId: number; limit: number; offset: number }) => db
  .selectFrom('entry_logs as e')
  .leftJoin('branches as b', 'b.id', 'e.branch_id')
  .leftJoin('subscriptions as s', 's.id', 'e.subscription_id')
  .leftJoin('services as sv', 'sv.id', 's.service_id')
  .select(['e.id', 'e.entry_time', 'e.entry_type', 'e.coins_used', 'e.sessions_used', 'b.name as branch_name', 'sv.name as service_name'])
  .where('e.customer_id', '=', a.customerId)
  .where('e.entry_status', '=', 'approved')
  .orderBy('e.entry_time', 'desc')
  .orderBy('e.id', 'desc')
  .limit(a.limit)
  .offset(a.offset))

const historyCount = prepared((db, a: { customerId: number }) => db
  .selectFrom('entry_logs as e')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .where('e.customer_id', '=', a.customerId)
  .where('e.entry_status', '=', 'approved'))

export async function memberHistory(db: Db, customerId: number, limit: number, offset: number) {
  const [page, count] = await Promise.all([historyPage(db, { customerId, limit, offset }), historyCount(db, { customerId })])
  return { rows: page.rows, total: Number(count.rows[0]?.n ?? 0) }
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
  const base = whereGiven(db.selectFrom('entry_logs as e'), [
    ['e.branch_id', '=', filter.branchId],
    ['e.customer_id', '=', filter.customerId],
    ['e.entry_status', '=', filter.status],
    ['e.business_date', '>=', filter.from],
    ['e.business_date', '<=', filter.to],
  ])
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

const byScanKey = prepared((db, a: { scanKey: string }) => db.selectFrom('entry_logs').selectAll().where('scan_key', '=', a.scanKey))

export const findByScanKey = (db: Db, scanKey: string) => first(byScanKey(db, { scanKey }))

/**
 * Hands a pass's key on from a refused attempt to the new one deciding afresh, so the key always
 * marks the pass's latest decided attempt (and an admission with it is found by the next scan).
 */
export const releaseScanKey = (db: Db, entryId: number) =>
  db.updateTable('entry_logs').set({ scan_key: null }).where('id', '=', entryId).execute()

type EntryValues = { [K in Exclude<keyof Insertable<EntryLogTable>, 'id'>]-?: Exclude<Insertable<EntryLogTable>[K], undefined> }

// Every door attempt writes one row, so the statement is built once, with every column given.
const insertEntryRow = prepared((db, a: EntryValues) => db.insertInto('entry_logs').values({
  customer_id: a.customer_id, branch_id: a.branch_id, subscription_id: a.subscription_id, entry_time: a.entry_time,
  business_date: a.business_date, entry_type: a.entry_type, entry_status: a.entry_status, reason: a.reason,
  coins_used: a.coins_used, sessions_used: a.sessions_used, staff_id: a.staff_id, scan_key: a.scan_key,
}).returningAll())

/** Records an attempt and counts it in the day's roll-up (same transaction, one statement more). */
export async function insertEntry(db: Db, values: Insertable<EntryLogTable>) {
  const { rows: [row] } = await insertEntryRow(db, {
    customer_id: values.customer_id ?? null, branch_id: values.branch_id, subscription_id: values.subscription_id ?? null,
    entry_time: values.entry_time, business_date: values.business_date, entry_type: values.entry_type,
    entry_status: values.entry_status, reason: values.reason, coins_used: values.coins_used ?? 0,
    sessions_used: values.sessions_used ?? 0, staff_id: values.staff_id ?? null, scan_key: values.scan_key ?? null,
  })
  if (!row) throw new Error('insert into entry_logs returned no row')
  await addEntryToRollup(db, values)
  return row
}

/** The member's latest approved entry at or after `since`, for anti-passback. */
const approvedSince = prepared((db, a: { customerId: number; since: string }) => db
  .selectFrom('entry_logs')
  .select(['id', 'entry_time'])
  .where('customer_id', '=', a.customerId)
  .where('entry_status', '=', 'approved')
  .where('entry_time', '>=', a.since)
  .orderBy('entry_time', 'desc')
  .limit(1))

export const latestApprovedSince = (db: Db, customerId: number, since: string) => first(approvedSince(db, { customerId, since }))

/** Whether the member is registered at the branch or holds (or held) a plan there. */
export async function memberKnownAtBranch(db: Db, customerId: number, branchId: number): Promise<boolean> {
  const registered = await db.selectFrom('customers').select('id').where('id', '=', customerId).where('branch_id', '=', branchId).executeTakeFirst()
  if (registered) return true
  const plan = await db.selectFrom('subscriptions').select('id').where('customer_id', '=', customerId).where('branch_id', '=', branchId).executeTakeFirst()
  return plan !== undefined
}

const planColumns = ['v.name', 'v.service_type', 'v.subscription_type', 'v.freeze_max_days', 'v.grants_gym_entry', 'v.entry_start_time', 'v.entry_end_time'] as const

const plans = (db: Db) => db.selectFrom('subscriptions as s').innerJoin('services as v', 'v.id', 's.service_id').selectAll('s').select(planColumns)

const plansOf = prepared((db, a: { customerId: number }) => plans(db).where('s.customer_id', '=', a.customerId).where('s.status', 'in', ['active', 'frozen', 'expired']))
const planById = prepared((db, a: { id: number }) => plans(db).where('s.id', '=', a.id))

/** Every plan that could explain the door's answer; stopped ones never admit and are left out. */
export const entryPlans = async (db: Db, customerId: number): Promise<EntryPlan[]> => (await plansOf(db, { customerId })).rows

export const loadPlan = (db: Db, subscriptionId: number): Promise<EntryPlan | undefined> => first(planById(db, { id: subscriptionId }))

/**
 * Takes one coin or session, only while one is left, so the counter never goes below zero even if
 * the caller's lock were missing. Answers the counter before and after, or undefined if none was left.
 */
const takeFrom = (column: 'remaining_coins' | 'remaining_sessions') => prepared((db, a: { id: number }) => db
  .updateTable('subscriptions')
  .set((eb) => ({ [column]: eb(column, '-', 1) }))
  .where('id', '=', a.id)
  .where(column, '>', 0)
  .returning(['remaining_coins', 'remaining_sessions']))
const TAKE = { remaining_coins: takeFrom('remaining_coins'), remaining_sessions: takeFrom('remaining_sessions') }

export async function takeOne(db: Db, plan: Pick<EntryPlan, 'id' | 'remaining_coins' | 'remaining_sessions'>) {
  const column = plan.remaining_coins !== null ? 'remaining_coins' : 'remaining_sessions'
  const row = await first(TAKE[column](db, { id: plan.id }))
  if (!row) return undefined
  const after = row[column]!
  return { column, before: after + 1, after }
}
