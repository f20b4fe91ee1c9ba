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

/** Records one sign-in attempt as failed until proven otherwise; returns its id. */
export async function insertLoginFailure(db: Db, usernameHash: string, now: string): Promise<number> {
  const row = await db.insertInto('staff_login_failures').values({ username_hash: usernameHash, failed_at: now }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/**
 * The failures for a name since `since` recorded up to and including `uptoId`, oldest first. Counting
 * only rows up to one's own keeps parallel attempts from each seeing the others and all giving up.
 */
export const loginFailuresSince = (db: Db, usernameHash: string, since: string, uptoId: number) =>
  db.selectFrom('staff_login_failures').select(['id', 'failed_at'])
    .where('username_hash', '=', usernameHash).where('failed_at', '>', since).where('id', '<=', uptoId)
    .orderBy('id', 'asc').execute()

export async function deleteLoginFailure(db: Db, id: number): Promise<void> {
  await db.deleteFrom('staff_login_failures').where('id', '=', id).execute()
}

export async function clearLoginFailures(db: Db, usernameHash: string): Promise<void> {
  await db.deleteFrom('staff_login_failures').where('username_hash', '=', usernameHash).execute()
}

/** Rows that have left every window are of no use; dropping them keeps the table small. */
export async function purgeLoginFailures(db: Db, before: string): Promise<void> {
  await db.deleteFrom('staff_login_failures').where('failed_at', '<=', before).execute()
}

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
