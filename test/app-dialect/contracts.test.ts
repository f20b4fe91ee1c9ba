// Every call of the three contracts of the gym's Flutter apps, driven by the contract files: each
// call goes through HTTP at /flutter and its answer is checked for every field the app reads,
// with its type. Calls Spotter does not serve yet answer 501 NOT_IMPLEMENTED in the envelope.
// The fixtures give every money call something to show: a sale, a payment, an expense, a closing.
import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDate } from '../../src/lib/dates.ts'
import { UNSUPPORTED_CALLS } from '../../src/routes/app-dialect/unsupported.ts'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createService, createStaff, STAFF_PASSWORD } from '../support/factories.ts'
import { assertReads, loadContract, type ContractCall } from './contract-check.ts'

const B = '/flutter'
/** The accountant's screens of the staff app: sent with an accountant's token (the desk may not read them). */
const ACCOUNTANT_SCREENS = /^(GET \/api\/(dashboards|finance|reports|transactions)|POST \/api\/expenses)/
/** Lists the money calls must not answer empty, given the fixtures (so every element field gets checked). */
const NON_EMPTY: Record<string, (data: any) => unknown[]> = {
  'GET /api/reports/daily': (d) => d.transactions,
  'GET /api/finance/expenses': (d) => d.items,
  'GET /api/finance/cash-differences': (d) => d.differences,
  'GET /api/reports/revenue-trend': (d) => d.points,
  'GET /api/reports/expenses-by-category': (d) => d.categories.filter((c: { count: number }) => c.count > 0),
  'GET /api/reports/weekly': (d) => d.days,
  'GET /api/reports/revenue': (d) => d.by_service,
  'GET /api/reports/branch-comparison': (d) => d,
}
const isUnsupported = (c: ContractCall) =>
  UNSUPPORTED_CALLS.some(([m, p]) => m === c.method && new RegExp(`^${p.replace(/:[A-Za-z]+/g, '[^/]+')}$`).test(c.path.replace(/\{[A-Za-z]+\}/g, '7')))

describe("the Flutter apps' contracts, call by call", () => {
  let t: TestApp
  let deskToken: string
  let accountantToken: string
  let paymentId: number
  let expenseId: number
  let today: string
  let memberToken: string
  let refreshToken: string
  let memberId: number
  let subscriptionId: number
  let branchId: number
  let planId: number
  let buyerId: number
  let phone: string
  const password = 'first-password-1'

  beforeAll(async () => {
    t = await createTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '100000', ACTIVATION_MAX_REQUESTS: '1000' } })
    const branch = await createBranch(t.db)
    branchId = branch.id
    const desk = await createStaff(t.db, 'front_desk', branch.id)
    await createStaff(t.db, 'trainer', branch.id)
    today = localDate(t.clock.now(), t.config.gymTimezone)
    // A sale last month, so the dashboard's comparison with last month has a figure.
    t.clock.set('2026-01-08T09:30:00Z')
    const earlyDesk = await createStaff(t.db, 'front_desk', branch.id)
    const earlyToken = (await call(t.app, 'POST', `${B}/api/auth/login`, { body: { username: earlyDesk.username, password: STAFF_PASSWORD } })).json().data.access_token
    const earlyPlan = await createService(t.db, { name: 'January Gym' })
    const earlyBuyer = await createCustomer(t.db, { branch_id: branch.id })
    const early = await call(t.app, 'POST', `${B}/api/subscriptions/activate`, { token: earlyToken, body: { customer_id: earlyBuyer.id, service_id: earlyPlan.id, amount: 300.0, payment_method: 'cash' } })
    expect(early.statusCode, early.body).toBe(201)
    t.clock.set('2026-02-11T09:30:00Z')
    const accountant = await createStaff(t.db, 'accountant', branch.id)
    accountantToken = (await call(t.app, 'POST', `${B}/api/auth/login`, { body: { username: accountant.username, password: STAFF_PASSWORD } })).json().data.access_token
    // An expense awaiting review, recorded by the branch manager (nobody but the owner approves their own).
    const manager = await createStaff(t.db, 'branch_manager', branch.id)
    const managerToken = (await call(t.app, 'POST', `${B}/api/auth/login`, { body: { username: manager.username, password: STAFF_PASSWORD } })).json().data.access_token
    const expense = await call(t.app, 'POST', '/api/expenses', { token: managerToken, body: { title: 'Air conditioning repair', amount: 120000, branch_id: branch.id, expense_date: today, category: 'maintenance' } })
    expect(expense.statusCode, expense.body).toBe(201)
    expenseId = expense.json().data.id
    const login = await call(t.app, 'POST', `${B}/api/auth/login`, { body: { username: desk.username, password: STAFF_PASSWORD } })
    deskToken = login.json().data.access_token
    const plan = await createService(t.db, { name: 'Monthly Gym' })
    planId = plan.id
    buyerId = (await createCustomer(t.db, { branch_id: branch.id })).id
    const reg = await call(t.app, 'POST', `${B}/api/customers/register`, {
      token: deskToken, body: { full_name: 'Karim Nabil', phone: '01098765432', email: 'karim@example.com', gender: 'male', age: 30, weight: 90.0, height: 180.0, bmi: 27.8, bmi_category: 'Overweight', bmr: 1900.5, daily_calories: 2600.0, branch_id: branch.id, password_changed: false },
    })
    expect(reg.statusCode, reg.body).toBe(201)
    memberId = reg.json().data.id
    phone = reg.json().data.phone
    const temporary = reg.json().data.temporary_password
    const sale = await call(t.app, 'POST', `${B}/api/subscriptions/activate`, { token: deskToken, body: { customer_id: memberId, service_id: plan.id, branch_id: branch.id, amount: 500.0, payment_method: 'cash', subscription_type: 'time_based' } })
    expect(sale.statusCode, sale.body).toBe(201)
    subscriptionId = sale.json().data.id
    const ledger = await call(t.app, 'GET', `/api/payments?customer_id=${memberId}`, { token: deskToken })
    paymentId = ledger.json().data.items[0].id
    // A freeze in the plan's history, so the app's freeze_history has a row to check.
    expect((await call(t.app, 'POST', `/api/subscriptions/${subscriptionId}/freeze`, { token: deskToken, body: { days: 2, reason: 'Travelling' } })).statusCode).toBe(200)
    expect((await call(t.app, 'POST', `/api/subscriptions/${subscriptionId}/unfreeze`, { token: deskToken })).statusCode).toBe(200)
    // The member signs in with the temporary password and changes it, as the app forces.
    const first = await call(t.app, 'POST', `${B}/api/client/auth/login`, { body: { phone, password: temporary } })
    const firstToken = first.json().data.access_token
    const change = await call(t.app, 'POST', `${B}/api/client/change-password`, { token: firstToken, body: { current_password: temporary, new_password: password } })
    expect(change.statusCode, change.body).toBe(200)
    const signIn = await call(t.app, 'POST', `${B}/api/client/auth/login`, { body: { phone, password } })
    memberToken = signIn.json().data.access_token
    refreshToken = signIn.json().data.refresh_token
    // A visit, so the history has a row to check.
    const pass = await call(t.app, 'POST', `${B}/api/client/refresh-qr`, { token: memberToken, headers: { 'content-type': 'application/json' } })
    await call(t.app, 'POST', '/api/entries/check-in', { token: deskToken, body: { qr_token: pass.json().data.qr_code } })
  })
  afterAll(async () => t.close())

  /** One request per contract call, sent as the app sends it. */
  async function send(file: string, c: ContractCall): Promise<LightMyRequestResponse> {
    const key = `${c.method} ${c.path}`
    const id = key === 'GET /api/transactions/{id}' ? paymentId : key === 'POST /api/expenses/{id}/review' ? expenseId : memberId
    const path = c.path.replace('{id}', String(id)).replace('{trainerId}', '7')
    const member = file.startsWith('member')
    const json = { 'content-type': 'application/json', accept: 'application/json' }
    const token = member ? memberToken : ACCOUNTANT_SCREENS.test(key) ? accountantToken : deskToken
    const q = c.request.query ?? {}
    const bodies: Record<string, unknown> = {
      'POST /api/client/request-activation': { identifier: phone },
      'POST /api/client/auth/forgot-password': { identifier: phone },
      'POST /api/client/refresh': { refresh_token: refreshToken },
      'POST /api/client/auth/refresh': { refresh_token: refreshToken },
      'POST /api/client/auth/login': { phone, password },
      'PATCH /api/client/language': { preferred_language: 'ar' },
      'POST /api/subscriptions/renew': { subscription_id: subscriptionId, amount: 500.0, payment_method: 'cash' },
      'POST /api/subscriptions/freeze': { subscription_id: subscriptionId, freeze_days: 3 },
      'POST /api/subscriptions/stop': { subscription_id: subscriptionId },
      'POST /api/subscriptions/activate': { customer_id: buyerId, service_id: planId, branch_id: branchId, amount: 450.5, payment_method: 'network', subscription_type: 'time_based' },
      'POST /api/payments/record': { customer_id: memberId, amount: 150.5, payment_method: 'card', branch_id: branchId, notes: 'Towel', payment_date: `${today}T11:00:00.000` },
      'POST /api/payments/daily-closing': { branch_id: branchId, date: today, actual_cash: 1000.0 },
      'POST /api/expenses': { title: 'Cleaning supplies', amount: 75.25, branch_id: branchId, expense_date: today, category: 'Supplies', description: 'Mops and detergent' },
      'POST /api/expenses/{id}/review': { action: 'approve', notes: 'Receipt checked' },
      'POST /api/customers/register': { full_name: 'Nour Ali', phone: '01055544433', gender: 'female', age: 25, weight: 60.0, height: 165.0, branch_id: branchId, password_changed: false },
    }
    if (key === 'POST /api/client/verify-activation') {
      await call(t.app, 'POST', `${B}/api/client/request-activation`, { body: { identifier: phone } })
      return call(t.app, 'POST', `${B}${path}`, { headers: json, body: { identifier: phone, activation_code: t.notifier.lastCodeFor(phone) } })
    }
    if (key === 'POST /api/client/auth/reset-password') {
      await call(t.app, 'POST', `${B}/api/client/auth/forgot-password`, { body: { identifier: phone } })
      const res = await call(t.app, 'POST', `${B}${path}`, { headers: json, body: { identifier: phone, code: t.notifier.lastCodeFor(phone), new_password: password } })
      // Resetting ends every session: sign in again for the calls that follow.
      const again = await call(t.app, 'POST', `${B}/api/client/auth/login`, { body: { phone, password } })
      memberToken = again.json().data.access_token
      refreshToken = again.json().data.refresh_token
      return res
    }
    if (key === 'POST /api/client/change-password') {
      const res = await call(t.app, 'POST', `${B}${path}`, { token, headers: json, body: { current_password: password, new_password: `${password}x` } })
      await call(t.app, 'POST', `${B}${path}`, { token, headers: json, body: { current_password: `${password}x`, new_password: password } })
      return res
    }
    if (key.endsWith('/auth/logout')) {
      const other = member
        ? (await call(t.app, 'POST', `${B}/api/client/auth/login`, { body: { phone, password } })).json().data.access_token
        : (await call(t.app, 'POST', `${B}/api/auth/login`, { body: { username: (await createStaff(t.db, 'front_desk', branchId)).username, password: STAFF_PASSWORD } })).json().data.access_token
      return call(t.app, 'POST', `${B}${path}`, { token: other, headers: json })
    }
    if (key === 'POST /api/auth/login') {
      const user = await createStaff(t.db, 'accountant', branchId)
      return call(t.app, 'POST', `${B}${path}`, { body: { username: user.username, password: STAFF_PASSWORD } })
    }
    if (c.method === 'GET') {
      const extra = key === 'GET /api/customers/search' ? { q: 'Karim', branch_id: branchId } : key.startsWith('GET /api/subscriptions') || key.startsWith('GET /api/customers') ? { branch_id: branchId, customer_id: memberId } : {}
      const filled = Object.fromEntries(Object.entries({ ...q, ...extra }).map(([k, v]) => [k, v === 'int' || v === 'int?' ? branchId : v === "'active'" ? 'active' : v === 'YYYY-MM-DD' ? today : v === 'String' ? 'daily' : v]))
      return call(t.app, 'GET', `${B}${path}${Object.keys(filled).length ? `?${new URLSearchParams(Object.entries(filled).map(([k, v]) => [k, String(v)] as [string, string]))}` : ''}`, { token, headers: json })
    }
    return call(t.app, c.method as 'POST', `${B}${path}`, { token, headers: json, ...(key in bodies ? { body: bodies[key] } : {}) })
  }

  for (const file of ['member-app-1573fb5-early.json', 'member-app-7d9d843-current.json', 'staff-app-7d9d843-front-desk-accountant.json']) {
    describe(file, () => {
      for (const [i, c] of loadContract(file).entries()) {
        if (isUnsupported(c)) {
          it(`#${i} ${c.method} ${c.path} answers 501 NOT_IMPLEMENTED naming what will serve it`, async () => {
            const res = await send(file, c)
            expect(res.statusCode, res.body).toBe(501)
            expect(res.json()).toMatchObject({ status: 'error', code: 'NOT_IMPLEMENTED', message: expect.stringMatching(/Spotter/) })
          })
          continue
        }
        it(`#${i} ${c.method} ${c.path} answers every field the app reads`, async () => {
          const res = await send(file, c)
          expect([200, 201], `${c.method} ${c.path}: ${res.body}`).toContain(res.statusCode)
          const body = res.json()
          expect(body.status).toBe('success')
          if (file.startsWith('member')) expect(body.success).toBe(true)
          // The money calls answer every field the app reads, given the fixtures, nullable or not.
          const isMoney = !file.startsWith('member') && (ACCOUNTANT_SCREENS.test(`${c.method} ${c.path}`) || c.path.startsWith('/api/payments/'))
          assertReads(c, res.statusCode, body, { present: isMoney })
          const list = NON_EMPTY[`${c.method} ${c.path}`]
          if (list && !file.startsWith('member')) expect(list(body.data).length, `${c.method} ${c.path} answered an empty list: ${res.body.slice(0, 300)}`).toBeGreaterThan(0)
        })
      }
    })
  }
})
