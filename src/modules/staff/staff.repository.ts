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
