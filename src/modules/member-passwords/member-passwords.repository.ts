// SQL for members' passwords and language (columns of customers, migration 0008).
import type { Db } from '../../db/database.ts'

export async function setPassword(db: Db, customerId: number, values: { hash: string; temporary: boolean; now: string }): Promise<void> {
  await db.updateTable('customers')
    .set({ password_hash: values.hash, is_password_temporary: values.temporary, updated_at: values.now })
    .where('id', '=', customerId).execute()
}

export const passwordState = (db: Db, customerId: number) =>
  db.selectFrom('customers').select(['id', 'password_hash', 'is_password_temporary', 'is_active', 'branch_id'])
    .where('id', '=', customerId).executeTakeFirst()

export async function setLanguage(db: Db, customerId: number, language: string, now: string): Promise<void> {
  await db.updateTable('customers').set({ preferred_language: language, updated_at: now }).where('id', '=', customerId).execute()
}

/** Ends every live session of a member except `keepSessionId`. */
export async function revokeOtherSessions(db: Db, customerId: number, keepSessionId: number, now: string, reason: string): Promise<number> {
  const result = await db.updateTable('auth_sessions').set({ revoked_at: now, revoked_reason: reason })
    .where('subject_type', '=', 'client').where('subject_id', '=', customerId)
    .where('id', '!=', keepSessionId).where('revoked_at', 'is', null).executeTakeFirst()
  return Number(result.numUpdatedRows)
}
