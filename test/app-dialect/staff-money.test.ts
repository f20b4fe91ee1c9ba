// The staff app's money calls beyond field shapes: amounts typed in major units reach the ledger,
// the expenses and the closings exactly; what the app shows equals Spotter's own figures divided
// by 100; the money rules (day closed, categories, review) and the audit are the services' own;
// and a deliberate 501 is logged as a warning, not as an error.
import { Writable } from 'node:stream'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp, loggerOptions } from '../../src/app.ts'
import { ManualClock } from '../../src/lib/clock.ts'
import { createNotifier } from '../../src/modules/notifications/notifier.ts'
import { call, createTestApp, testConfig, type TestApp } from '../support/app.ts'
import { createTestDatabase } from '../support/database.ts'
import { createBranch, createCustomer, createService, createStaff, staffToken } from '../support/factories.ts'

const B = '/flutter/api'
const TODAY = '2026-02-11'

describe('staff app dialect: money', () => {
  let t: TestApp
  let branchId: number
  let desk: string
  let accountant: string
  let owner: string
  let memberId: number

  beforeAll(async () => {
    t = await createTestApp()
    branchId = (await createBranch(t.db)).id
    desk = await staffToken(t.app, (await createStaff(t.db, 'front_desk', branchId)).username)
    accountant = await staffToken(t.app, (await createStaff(t.db, 'accountant', branchId)).username)
    owner = await staffToken(t.app, (await createStaff(t.db, 'owner', null)).username)
    memberId = (await createCustomer(t.db, { branch_id: branchId })).id
    const plan = await createService(t.db, { price: 50_000 })
    const sale = await call(t.app, 'POST', `${B}/subscriptions/activate`, { token: desk, body: { customer_id: memberId, service_id: plan.id, amount: 500, payment_method: 'cash' } })
    expect(sale.statusCode, sale.body).toBe(201)
  })
  afterAll(async () => t.close())

  it('records a payment typed in major units (150.50 by card → 15050 network in the ledger), audited, and shows its receipt in major units', async () => {
    const res = await call(t.app, 'POST', `${B}/payments/record`, { token: desk, body: { customer_id: memberId, amount: 150.5, payment_method: 'card', branch_id: branchId, notes: 'Towel', payment_date: `${TODAY}T11:00:00` } })
    expect(res.statusCode, res.body).toBe(201)
    const id = res.json().data.id
    const spotter = (await call(t.app, 'GET', `/api/payments/${id}`, { token: desk })).json().data
    expect(spotter).toMatchObject({ amount: 15_050, payment_method: 'network', transaction_type: 'other', business_date: TODAY })
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'payment.record').where('entity_id', '=', id).execute()
    expect(audit).toHaveLength(1)
    const receipt = (await call(t.app, 'GET', `${B}/transactions/${id}`, { token: accountant })).json().data
    expect(receipt).toMatchObject({ id, amount: 150.5, discount: 0, net: 150.5, refundable: 150.5, payment_method: 'network', reference_number: spotter.reference, transaction_date: TODAY })
    expect(receipt.time).toMatch(/^\d{2}:\d{2}$/)
  })

  it('shows the same figures as Spotter, divided by 100: daily sales, the daily report and the accountant dashboard', async () => {
    const ledger = (await call(t.app, 'GET', `/api/payments?from=${TODAY}&to=${TODAY}`, { token: accountant })).json().data.totals
    const sales = (await call(t.app, 'GET', `${B}/finance/daily-sales`, { token: desk })).json().data
    expect(sales).toMatchObject({ total_sales: ledger.net / 100, cash_sales: ledger.by_method.cash.net / 100, network_sales: ledger.by_method.network.net / 100, transaction_count: ledger.payments_count })
    expect(sales.total_sales).toBe(650.5)
    const daily = (await call(t.app, 'GET', `${B}/reports/daily?date=${TODAY}`, { token: accountant })).json().data
    expect(daily).toMatchObject({ total_revenue: 650.5, total_transactions: 2, new_subscriptions: 1, payment_breakdown: { cash: 500, network: 150.5, transfer: 0 } })
    expect(daily.transactions.map((x: { amount: number }) => x.amount).sort()).toEqual([150.5, 500])
    const spotter = (await call(t.app, 'GET', '/api/dashboards/accountant', { token: accountant })).json().data
    const app = (await call(t.app, 'GET', `${B}/dashboards/accountant`, { token: accountant })).json().data
    expect(app.today).toMatchObject({ total: spotter.today.net / 100, cash: 500, network: 150.5, card: 150.5, transfer: 0, count: 2 })
    expect(app.current_month).toMatchObject({ revenue: spotter.month.net / 100, expenses: spotter.month.expenses / 100, net: spotter.month.net_after_expenses / 100 })
    expect(app.last_month.revenue).toBe(0)
    expect(app.comparison).toEqual({ change: 650.5, percentage: null })
  })

  it('records an expense typed in major units with the category in any case, refuses an unknown category, and reviews it', async () => {
    const refused = await call(t.app, 'POST', `${B}/expenses`, { token: accountant, body: { title: 'Snacks', amount: 10, branch_id: branchId, expense_date: TODAY, category: 'Snacks', description: '' } })
    expect(refused.statusCode, refused.body).toBe(400)
    expect(refused.json().code).toBe('VALIDATION_ERROR')
    const res = await call(t.app, 'POST', `${B}/expenses`, { token: accountant, body: { title: 'Cleaning supplies', amount: 75.25, branch_id: branchId, expense_date: TODAY, category: 'Supplies', description: 'Mops' } })
    expect(res.statusCode, res.body).toBe(201)
    const id = res.json().data.id
    expect(res.json().data).toMatchObject({ amount: 75.25, category: 'supplies', status: 'pending' })
    expect(await t.db.selectFrom('expenses').select(['amount', 'category']).where('id', '=', id).executeTakeFirstOrThrow()).toEqual({ amount: 7525, category: 'supplies' })
    // Nobody but the owner approves their own expense: the services' rule, through the app too.
    const own = await call(t.app, 'POST', `${B}/expenses/${id}/review`, { token: accountant, body: { action: 'approve' } })
    expect(own.statusCode, own.body).toBe(422)
    const list = (await call(t.app, 'GET', `${B}/finance/expenses?date_from=${TODAY}&date_to=${TODAY}&limit=50`, { token: accountant })).json().data
    expect(list).toMatchObject({ total_pending: 75.25, total_approved: 0, items: [{ id, amount: 75.25 }] })
    const approved = await call(t.app, 'POST', `${B}/expenses/${id}/review`, { token: owner, body: { action: 'approve', notes: 'ok' } })
    expect(approved.statusCode, approved.body).toBe(200)
    expect(approved.json().data).toMatchObject({ status: 'approved', amount: 75.25 })
    const byCategory = (await call(t.app, 'GET', `${B}/reports/expenses-by-category`, { token: accountant })).json().data
    expect(byCategory.total).toBe(75.25)
    expect(byCategory.categories.find((c: { category: string }) => c.category === 'supplies')).toMatchObject({ amount: 75.25, count: 1 })
  })

  it('closes the day with the cash counted in major units; the day is then closed to payments, through the app as through Spotter', async () => {
    const res = await call(t.app, 'POST', `${B}/payments/daily-closing`, { token: desk, body: { branch_id: branchId, date: TODAY, actual_cash: 490.5 } })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json().data).toMatchObject({ expected_cash: 500, actual_cash: 490.5, difference: -9.5 })
    expect(await t.db.selectFrom('daily_closings').select(['actual_cash', 'difference']).executeTakeFirstOrThrow()).toEqual({ actual_cash: 49_050, difference: -950 })
    expect(await t.db.selectFrom('audit_log').select('id').where('action', '=', 'daily_closing.create').execute()).toHaveLength(1)
    const again = await call(t.app, 'POST', `${B}/payments/daily-closing`, { token: desk, body: { branch_id: branchId, actual_cash: 1 } })
    expect([again.statusCode, again.json().code]).toEqual([409, 'DAY_CLOSED'])
    const late = await call(t.app, 'POST', `${B}/payments/record`, { token: desk, body: { customer_id: memberId, amount: 5, payment_method: 'cash', branch_id: branchId } })
    expect([late.statusCode, late.json().code]).toEqual([409, 'DAY_CLOSED'])
    const diffs = (await call(t.app, 'GET', `${B}/finance/cash-differences?date_from=${TODAY}&date_to=${TODAY}`, { token: accountant })).json().data
    expect(diffs).toMatchObject({ total_difference: -9.5, total_short: 9.5, differences: [{ date: TODAY, difference: -9.5, branch_name: expect.any(String) }] })
  })

  it('reports in major units: trend points, weekly days, revenue by service, branch comparison as a list', async () => {
    const trend = (await call(t.app, 'GET', `${B}/reports/revenue-trend?period=week`, { token: accountant })).json().data
    expect(trend.period).toBe('weekly')
    expect(trend.points.reduce((s: number, p: { revenue: number }) => s + p.revenue, 0)).toBe(650.5)
    const weekly = (await call(t.app, 'GET', `${B}/reports/weekly`, { token: accountant })).json().data
    expect(weekly.total_revenue).toBe(650.5)
    expect(weekly.days.find((d: { period: string }) => d.period === TODAY)).toMatchObject({ net: 650.5, expenses: 75.25 })
    const revenue = (await call(t.app, 'GET', `${B}/reports/revenue`, { token: accountant })).json().data
    expect(revenue.total_revenue).toBe(650.5)
    const branches = (await call(t.app, 'GET', `${B}/reports/branch-comparison?start_date=${TODAY}&end_date=${TODAY}`, { token: accountant })).json().data
    expect(branches).toEqual([expect.objectContaining({ id: branchId, revenue: 650.5, expenses: 75.25 })])
  })

  it('keeps the roles and branch scope of the Spotter routes: the desk reads no expenses or reports; another branch sees no receipt', async () => {
    expect((await call(t.app, 'GET', `${B}/finance/expenses`, { token: desk })).statusCode).toBe(403)
    expect((await call(t.app, 'GET', `${B}/dashboards/accountant`, { token: desk })).statusCode).toBe(403)
    expect((await call(t.app, 'POST', `${B}/expenses`, { token: desk, body: { title: 'x', amount: 1, branch_id: branchId, expense_date: TODAY } })).statusCode).toBe(403)
    const other = await staffToken(t.app, (await createStaff(t.db, 'accountant', (await createBranch(t.db)).id)).username)
    const [payment] = await t.db.selectFrom('payments').select('id').where('branch_id', '=', branchId).execute()
    expect((await call(t.app, 'GET', `${B}/transactions/${payment!.id}`, { token: other })).statusCode).toBe(404)
  })
})

describe('a call Spotter does not serve yet (501 NOT_IMPLEMENTED)', () => {
  it('is logged as a warning, not as an error', async () => {
    const lines: Array<{ level: number; msg: string; status?: number }> = []
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(JSON.parse(String(chunk))); done() } })
    const config = testConfig({ LOG_LEVEL: 'info' })
    const logger = pino({ ...loggerOptions(config), level: 'info' }, sink)
    const database = await createTestDatabase()
    const app = await buildApp(config, { clock: new ManualClock(), database: database.handle, notifier: createNotifier(config, logger), logger })
    try {
      const res = await call(app, 'GET', '/flutter/api/complaints')
      expect(res.statusCode).toBe(501)
      const completed = lines.find((l) => l.msg === 'request completed')
      expect(completed).toMatchObject({ status: 501, level: 40 })
      expect(lines.filter((l) => l.level >= 50)).toEqual([])
    } finally {
      await app.close()
      await database.drop()
    }
  })
})
