// SQL for the gym-wide settings (key → JSON value).
import type { Db } from '../../db/database.ts'

export const readAll = (db: Db) => db.selectFrom('gym_settings').select(['key', 'value']).execute()

export async function upsert(db: Db, key: string, value: unknown, staffId: number, at: string): Promise<void> {
  const json = JSON.stringify(value)
  await db
    .insertInto('gym_settings')
    .values({ key, value: json, updated_by: staffId, updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_by: staffId, updated_at: at }))
    .execute()
}
