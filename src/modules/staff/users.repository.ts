// SQL for managing staff accounts (/api/users). Sign-in SQL lives in staff.repository.ts.
import type { Updateable } from 'kysely'
import type { Db } from '../../db/database.ts'
import { containsPattern, likeIgnoringCase } from '../../db/like.ts'
import type { StaffRole, StaffUserTable } from '../../db/types.ts'

export interface UserFilter {
  /** The caller's branch scope: null for all branches. */
  scope: number | null
  role?: StaffRole
  branchId?: number
  isActive?: boolean
  search?: string
}

/** A LIKE pattern matching `text` anywhere, with the wildcards in it taken literally. */

function filtered(db: Db, f: UserFilter) {
  let query = db.selectFrom('staff_users')
  if (f.scope !== null) query = query.where('branch_id', '=', f.scope)
  if (f.role) query = query.where('role', '=', f.role)
  if (f.branchId !== undefined) query = query.where('branch_id', '=', f.branchId)
  if (f.isActive !== undefined) query = query.where('is_active', '=', f.isActive)
  if (f.search) {
    const pattern = containsPattern(f.search)
    const like = (column: 'username' | 'full_name' | 'email' | 'phone') => likeIgnoringCase(column, pattern)
    query = query.where((eb) => eb.or([like('username'), like('full_name'), like('email'), like('phone')]))
  }
  return query
}

export async function listUsers(db: Db, f: UserFilter, page: { limit: number; offset: number }) {
  const query = filtered(db, f)
  const [rows, total] = await Promise.all([
    query.selectAll().orderBy('id', 'asc').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows, total: Number(total.n) }
}

export const updateUser = (db: Db, id: number, values: Updateable<StaffUserTable>) =>
  db.updateTable('staff_users').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow()
