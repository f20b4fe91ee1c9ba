// SQL for the entry log: every check-in attempt, approved or denied.
import type { Db } from '../../db/database.ts'
import type { EntryLogTable } from '../../db/types.ts'
import type { Insertable } from 'kysely'

export async function memberHistory(db: Db, customerId: number, limit: number, offset: number) {
  const base = db.selectFrom('entry_logs as e').where('e.customer_id', '=', customerId).where('e.entry_status', '=', 'approved')
  const [rows, total] = await Promise.all([
    base
      .leftJoin('branches as b', 'b.id', 'e.branch_id')
      .select(['e.id', 'e.entry_time', 'e.entry_type', 'e.coins_used', 'e.sessions_used', 'b.name as branch_name'])
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

export async function insertEntry(db: Db, values: Insertable<EntryLogTable>) {
  return db.insertInto('entry_logs').values(values).returningAll().executeTakeFirstOrThrow()
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
