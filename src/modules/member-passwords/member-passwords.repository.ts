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
