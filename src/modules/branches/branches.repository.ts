// SQL for branches.
import { sql, type Insertable, type Updateable } from 'kysely'
import type { Db } from '../../db/database.ts'
import { first, prepared } from '../../db/prepared.ts'
import type { BranchTable } from '../../db/types.ts'

// Every scan reads its door's branch, so the statement is built once.
const branchById = prepared((db, a: { id: number }) => db.selectFrom('branches').selectAll().where('id', '=', a.id))

export const findBranch = (db: Db, id: number) => first(branchById(db, { id }))

/** Another branch whose name equals `name` ignoring case, if any. */
export const findBranchNamed = (db: Db, name: string, exceptId?: number) => {
  let query = db.selectFrom('branches').select('id').where(sql<string>`lower(name)`, '=', name.toLowerCase())
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId)
  return query.executeTakeFirst()
}

export async function listBranches(db: Db, f: { scope: number | null; isActive?: boolean }, page: { limit: number; offset: number }) {
  let query = db.selectFrom('branches')
  if (f.scope !== null) query = query.where('id', '=', f.scope)
  if (f.isActive !== undefined) query = query.where('is_active', '=', f.isActive)
  const [rows, total] = await Promise.all([
    query.selectAll().orderBy('id', 'asc').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows, total: Number(total.n) }
}

export const insertBranch = (db: Db, values: Insertable<BranchTable>) =>
  db.insertInto('branches').values(values).returningAll().executeTakeFirstOrThrow()

export const updateBranch = (db: Db, id: number, values: Updateable<BranchTable>) =>
  db.updateTable('branches').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow()
