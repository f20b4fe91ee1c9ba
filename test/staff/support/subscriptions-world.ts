// Shared setup of the /api/subscriptions tests: a fresh app per test in `t`, the gym world (a
// branch, its desk, the owner, a member and a plan), the calls, the clock, and row counts.
import { sql } from 'kysely'
import { afterEach, beforeEach } from 'vitest'
import { call, createTestApp, type TestApp } from '../../support/app.ts'
import { createBranch, createCustomer, createService, createStaff, staffToken } from '../../support/factories.ts'

/** The current test's app; a live binding, replaced before each test by `useFreshApp`. */
export let t: TestApp

/** Gives each test of the calling file a fresh app in `t`, closed after it. */
export function useFreshApp() {
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())
}

export const URL = '/api/subscriptions'

/** A branch with a front-desk account, an owner, a member of the branch and a 30-day gym plan (10 freeze days). */
export async function gym() {
  const branch = await createBranch(t.db)
  const desk = await createStaff(t.db, 'front_desk', branch.id)
  const owner = await createStaff(t.db, 'owner', null)
  const member = await createCustomer(t.db, { branch_id: branch.id })
  const plan = await createService(t.db, { duration_days: 30, price: 50_000, freeze_max_days: 10 })
  return {
    branch, member, plan, deskUser: desk, ownerUser: owner,
    desk: await staffToken(t.app, desk.username),
    owner: await staffToken(t.app, owner.username),
  }
}

export const sell = (token: string, body: Record<string, unknown>) => call(t.app, 'POST', `${URL}/activate`, { token, body: { payment_method: 'cash', ...body } })
export const post = (token: string, path: string, body: unknown = {}) => call(t.app, 'POST', `${URL}${path}`, { token, body })
export const get = (token: string, path = '') => call(t.app, 'GET', `${URL}${path}`, { token })

/** Moves the gym's clock; access tokens only live a day, so the caller signs in again. */
export async function at(instant: string, username: string) {
  t.clock.set(instant)
  return staffToken(t.app, username)
}

export async function count(table: string, where = '') {
  const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} ${sql.raw(where)}`.execute(t.db)
  return Number(rows[0]!.n)
}

export const counts = async () => ({
  subscriptions: await count('subscriptions'), payments: await count('payments'), freezes: await count('subscription_freezes'),
  audit: await count('audit_log'), settings: await count('gym_settings'),
})

export const subRow = (id: number) => t.db.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
export const auditFor = (id: number) => t.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'subscription').where('entity_id', '=', id).orderBy('id').execute()
