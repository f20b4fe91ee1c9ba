// Shared setup of the /api/customers tests: before each test a fresh app (phones read as Egyptian)
// with two branches, the owner and a front desk per branch; the calls and reads the tests use.
import { afterEach, beforeEach } from 'vitest'
import { call, createTestApp, type TestApp } from '../../support/app.ts'
import { createBranch, createStaff, staffToken } from '../../support/factories.ts'

export const URL = '/api/customers'

// Live bindings, replaced before each test by `useFreshApp`.
export let t: TestApp
export let branchA: { id: number; name: string }
export let branchB: { id: number; name: string }
export let owner: string
export let deskA: string
export let deskB: string

/** Gives each test of the calling suite a fresh app and world in the bindings above, closed after it. */
export function useFreshApp() {
  beforeEach(async () => {
    t = await createTestApp({ env: { DEFAULT_PHONE_REGION: 'EG' } })
    branchA = await createBranch(t.db, { name: 'Dragon Club' })
    branchB = await createBranch(t.db, { name: 'Tiger Club' })
    owner = await staffToken(t.app, (await createStaff(t.db, 'owner', null)).username)
    deskA = await staffToken(t.app, (await createStaff(t.db, 'front_desk', branchA.id)).username)
    deskB = await staffToken(t.app, (await createStaff(t.db, 'front_desk', branchB.id)).username)
  })
  afterEach(async () => t.close())
}

export const register = (token: string, body: Record<string, unknown>) => call(t.app, 'POST', URL, { token, body })
export const countCustomers = async () => Number((await t.db.selectFrom('customers').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
export const auditRows = (action: string) => t.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute()
