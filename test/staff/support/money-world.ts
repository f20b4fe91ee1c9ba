// Shared setup of the money tests (/api/payments, /api/daily-closings, /api/expenses): a fresh app
// per test in `t`, two branches with their staff and members, and the sample day whose figures
// the tests compute by hand.
import { sql } from 'kysely'
import { afterEach, beforeEach, expect } from 'vitest'
import { call, createTestApp, type TestApp } from '../../support/app.ts'
import { createBranch, createCustomer, createService, createStaff, staffToken } from '../../support/factories.ts'

/** The current test's app; a live binding, replaced before each test by `useMoneyApp`. */
export let t: TestApp

export function useMoneyApp(env: Record<string, string> = {}, start = '2026-02-11T09:30:00Z') {
  beforeEach(async () => {
    t = await createTestApp({ env })
    t.clock.set(start)
  })
  afterEach(async () => t.close())
}

type Role = 'owner' | 'branch_manager' | 'central_accountant' | 'accountant' | 'trainer' | 'front_desk'

async function person(role: Role, branchId: number | null) {
  const user = await createStaff(t.db, role, branchId)
  return { user, token: await staffToken(t.app, user.username), async again() { return staffToken(t.app, user.username) } }
}

/**
 * Branch A (a desk, an accountant, a manager, two members) and branch B (a desk, an accountant, a
 * member); an owner and a central accountant; a 30-day plan at 50 000 whose freeze costs 5 000.
 */
export async function world() {
  const a = await createBranch(t.db, { name: 'Alpha' })
  const b = await createBranch(t.db, { name: 'Beta' })
  const plan = await createService(t.db, { name: 'Monthly Gym', price: 50_000, duration_days: 30, freeze_max_days: 10 })
  await t.db.updateTable('services').set({ freeze_cost: 5_000 }).where('id', '=', plan.id).execute()
  return {
    a, b, plan,
    m1: await createCustomer(t.db, { branch_id: a.id, full_name: 'Karim Nabil' }),
    m2: await createCustomer(t.db, { branch_id: a.id, full_name: 'Sara Ali' }),
    m3: await createCustomer(t.db, { branch_id: b.id, full_name: 'Omar Beta' }),
    owner: await person('owner', null),
    central: await person('central_accountant', null),
    deskA: await person('front_desk', a.id),
    accA: await person('accountant', a.id),
    mgrA: await person('branch_manager', a.id),
    deskB: await person('front_desk', b.id),
    accB: await person('accountant', b.id),
  }
}
export type World = Awaited<ReturnType<typeof world>>

export const api = (method: 'GET' | 'POST' | 'DELETE', url: string, token: string, body?: unknown) => call(t.app, method, url, { token, body })

export async function ok(res: Promise<{ statusCode: number; body: string; json(): any }>, status = 201) {
  const r = await res
  expect(r.statusCode, r.body).toBe(status)
  return r.json().data
}

/**
 * The sample day at branch A, 2026-02-11 (clock as set by the test), computed by hand:
 *   1 sale to m1        cash      50 000 − 5 000 discount = 45 000
 *   2 sale to m2        network   30 000 (amount given)   = 30 000
 *   3 renewal of m1     transfer  50 000 − 10 000         = 40 000
 *   4 paid freeze, m2   cash       5 000                  =  5 000
 *   5 a towel ('other') cash       2 000 − 500            =  1 500
 *   6 refund of sale 1  cash     −15 000 (by the accountant)
 * and at branch B one sale to m3, cash 50 000.
 * Branch A: gross 137 000, discount 15 500, refunds 15 000, net 106 500;
 * cash 57 000 / 5 500 / 15 000 / 36 500, network 30 000, transfer 50 000 / 10 000 / 40 000.
 */
export async function sampleDay(w: World) {
  const sale1 = await ok(api('POST', '/api/subscriptions/activate', w.deskA.token, { customer_id: w.m1.id, service_id: w.plan.id, discount: 5_000, payment_method: 'cash' }))
  const sale2 = await ok(api('POST', '/api/subscriptions/activate', w.deskA.token, { customer_id: w.m2.id, service_id: w.plan.id, amount: 30_000, payment_method: 'network' }))
  const renewal = await ok(api('POST', `/api/subscriptions/${sale1.id}/renew`, w.deskA.token, { discount: 10_000, payment_method: 'transfer' }))
  const freeze = await ok(api('POST', `/api/subscriptions/${sale2.id}/freeze`, w.deskA.token, { days: 5, reason: 'Travelling', payment_method: 'cash' }), 200)
  const towel = await ok(api('POST', '/api/payments/record', w.deskA.token, { customer_id: w.m1.id, amount: 2_000, discount: 500, payment_method: 'cash', transaction_type: 'other', notes: 'Towel' }))
  const refund = await ok(api('POST', `/api/payments/${sale1.payment.id}/refund`, w.accA.token, { amount: 15_000, reason: 'Charged twice for the locker' }))
  const saleB = await ok(api('POST', '/api/subscriptions/activate', w.deskB.token, { customer_id: w.m3.id, service_id: w.plan.id, payment_method: 'cash' }))
  return {
    sale1, sale2, renewal, freeze, towel, refund, saleB,
    ids: { sale1: sale1.payment.id as number, sale2: sale2.payment.id as number, renewal: renewal.payment.id as number, freeze: freeze.payment.id as number, towel: towel.id as number, refund: refund.refunds[0].id as number, saleB: saleB.payment.id as number },
  }
}

export async function count(table: string, where = '') {
  const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} ${sql.raw(where)}`.execute(t.db)
  return Number(rows[0]!.n)
}

/** Parses the CSV this API writes (CRLF records, double-quoted cells) back into objects of strings. */
export function parseCsv(text: string): Array<Record<string, string>> {
  const records: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++ } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') { row.push(cell); cell = '' }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); records.push(row); row = []; cell = ''; i++ }
    else cell += ch
  }
  const [header, ...rest] = records
  return rest.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])))
}
