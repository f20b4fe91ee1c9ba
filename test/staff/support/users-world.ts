// Shared setup of the /api/users tests: a fresh app per test in `t`, a world of two branches and
// their staff, and the row reads and counts the tests check.
import { afterEach, beforeEach } from 'vitest'
import { createTestApp, type TestApp } from '../../support/app.ts'
import { createBranch, createStaff, staffToken } from '../../support/factories.ts'

/** The current test's app; a live binding, replaced before each test by `useFreshApp`. */
export let t: TestApp

/** Gives each test of the calling suite a fresh app in `t`, closed after it. */
export function useFreshApp() {
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())
}

/** Two branches, an owner, a manager of A and front-desk staff in A and B, with tokens for the first two. */
export async function world() {
  const a = await createBranch(t.db, { name: 'Branch A' })
  const b = await createBranch(t.db, { name: 'Branch B' })
  const owner = await createStaff(t.db, 'owner', null)
  const managerA = await createStaff(t.db, 'branch_manager', a.id)
  const deskA = await createStaff(t.db, 'front_desk', a.id)
  const deskB = await createStaff(t.db, 'front_desk', b.id)
  return { a, b, owner, managerA, deskA, deskB, ownerToken: await staffToken(t.app, owner.username), managerToken: await staffToken(t.app, managerA.username) }
}

export const staffRow = (id: number) => t.db.selectFrom('staff_users').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
export const count = async (table: 'staff_users' | 'audit_log' | 'auth_sessions') =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
export const auditFor = (id: number) => t.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'staff_user').where('entity_id', '=', id).orderBy('id').execute()
