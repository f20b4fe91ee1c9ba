// SQL for staff accounts.
import type { Db } from '../../db/database.ts'
import type { StaffUserTable } from '../../db/types.ts'
import type { Insertable } from 'kysely'

export const findByUsername = (db: Db, username: string) =>
  db.selectFrom('staff_users').selectAll().where('username', '=', username).executeTakeFirst()

export const findById = (db: Db, id: number) =>
  db.selectFrom('staff_users').selectAll().where('id', '=', id).executeTakeFirst()

export async function countStaff(db: Db): Promise<number> {
  const row = await db.selectFrom('staff_users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(row.n)
}

export const insertStaff = (db: Db, values: Insertable<StaffUserTable>) =>
  db.insertInto('staff_users').values(values).returningAll().executeTakeFirstOrThrow()

/** Ends every live session of a staff account except `keepSessionId` (the caller's own). */
export async function revokeOtherSessions(db: Db, staffId: number, keepSessionId: number, now: string, reason: string): Promise<number> {
  const result = await db.updateTable('auth_sessions')
    .set({ revoked_at: now, revoked_reason: reason })
    .where('subject_type', '=', 'staff').where('subject_id', '=', staffId)
    .where('id', '!=', keepSessionId).where('revoked_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

export async function updatePasswordHash(db: Db, staffId: number, passwordHash: string, now: string): Promise<void> {
  await db.updateTable('staff_users').set({ password_hash: passwordHash, updated_at: now }).where('id', '=', staffId).execute()
}
