// SQL for the evening cash counts.
import type { Insertable } from 'kysely'
import type { Db } from '../../db/database.ts'
import type { DailyClosingTable } from '../../db/tables/money.ts'

const withNames = (db: Db) =>
  db.selectFrom('daily_closings as d')
    .innerJoin('branches as b', 'b.id', 'd.branch_id')
    .leftJoin('staff_users as u', 'u.id', 'd.closed_by')
    .selectAll('d')
    .select(['b.name as branch_name', 'u.full_name as closed_by_name'])

export type ClosingRow = NonNullable<Awaited<ReturnType<typeof findClosingById>>>

export const findClosingById = (db: Db, id: number) => withNames(db).where('d.id', '=', id).executeTakeFirst()

export const insertClosing = (db: Db, values: Insertable<DailyClosingTable>) =>
  db.insertInto('daily_closings').values(values).returning('id').executeTakeFirstOrThrow()

export async function listClosings(db: Db, f: { branchId?: number; from?: string; to?: string }, page: { limit: number; offset: number }) {
  let q = db.selectFrom('daily_closings as d')
  if (f.branchId !== undefined) q = q.where('d.branch_id', '=', f.branchId)
  if (f.from !== undefined) q = q.where('d.business_date', '>=', f.from)
  if (f.to !== undefined) q = q.where('d.business_date', '<=', f.to)
  const ids = q.select('d.id')
  const [rows, total] = await Promise.all([
    withNames(db).where('d.id', 'in', ids).orderBy('d.business_date', 'desc').orderBy('d.branch_id', 'asc').limit(page.limit).offset(page.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows, total: Number(total.n) }
}
