// Gym-local days and hours in a zone with daylight saving (America/New_York): a sale at 23:30 local
// on the day the clocks go back lands on that day in every report, though it is the next day in
// UTC; check-ins are counted by their local hour on both sides of each change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createService, createStaff, staffToken } from '../support/factories.ts'

let t: TestApp
let owner: string
let manager: string

// [UTC instant of the sale, what the New York wall clock shows]; each member checks in 5 minutes later.
const VISITS = [
  ['2026-03-08T06:00:00Z', '01:00 EST, 8 March (clocks go forward at 02:00)'],
  ['2026-03-08T07:00:00Z', '03:00 EDT, 8 March'],
  ['2026-11-01T03:30:00Z', '23:30 EDT, 31 October'],
  ['2026-11-01T04:30:00Z', '00:30 EDT, 1 November (clocks go back at 02:00)'],
  ['2026-11-01T06:30:00Z', '01:30 EST, 1 November'],
  ['2026-11-02T04:30:00Z', '23:30 EST, 1 November'],
] as const

beforeAll(async () => {
  t = await createTestApp({ env: { GYM_TIMEZONE: 'America/New_York', AUTH_RATE_LIMIT_PER_MINUTE: '100000' } })
  const branch = await createBranch(t.db)
  const desk = await createStaff(t.db, 'front_desk', branch.id)
  const ownerUser = await createStaff(t.db, 'owner', null)
  const managerUser = await createStaff(t.db, 'branch_manager', branch.id)
  const plan = await createService(t.db, { price: 10_000, duration_days: 30 })
  for (const [instant] of VISITS) {
    const member = await createCustomer(t.db, { branch_id: branch.id })
    t.clock.set(instant)
    const token = await staffToken(t.app, desk.username)
    const sold = await call(t.app, 'POST', '/api/subscriptions/activate', { token, body: { customer_id: member.id, service_id: plan.id, payment_method: 'cash' } })
    expect(sold.statusCode, sold.body).toBe(201)
    t.clock.advance(300)
    const entered = await call(t.app, 'POST', '/api/entries/check-in', { token, body: { customer_id: member.id } })
    expect(entered.json().data.allowed, entered.body).toBe(true)
  }
  t.clock.set('2026-11-02T04:45:00Z') // 23:45 EST on 1 November
  owner = await staffToken(t.app, ownerUser.username)
  manager = await staffToken(t.app, managerUser.username)
})
afterAll(async () => t.close())

const get = async (token: string, path: string) => {
  const res = await call(t.app, 'GET', path, { token })
  expect(res.statusCode, res.body).toBe(200)
  return res.json().data
}

describe('a zone with daylight saving', () => {
  it('puts the 23:30 sale on its local day in the daily report, the trend and the dashboards', async () => {
    const daily = await get(owner, '/api/reports/daily?from=2026-10-31&to=2026-11-02')
    expect(daily.rows.map((r: any) => [r.period, r.net, r.payments_count, r.check_ins])).toEqual([
      ['2026-10-31', 10_000, 1, 1], ['2026-11-01', 30_000, 3, 3], ['2026-11-02', 0, 0, 0],
    ])
    const trend = await get(owner, '/api/reports/revenue-trend?period=daily&from=2026-10-31&to=2026-11-02')
    expect(trend.rows.map((r: any) => r.net)).toEqual([10_000, 30_000, 0])
    const weekly = await get(owner, '/api/reports/weekly?from=2026-10-26&to=2026-11-02')
    expect(weekly.rows.map((r: any) => [r.period, r.net])).toEqual([['2026-10-26', 40_000], ['2026-11-02', 0]])
    const dashboard = await get(owner, '/api/dashboards/owner')
    expect(dashboard).toMatchObject({ date: '2026-11-01', today: { net: 30_000, payments_count: 3 }, month: { from: '2026-11-01', net: 30_000 } })
    const branch = await get(manager, '/api/dashboards/branch-manager')
    expect(branch).toMatchObject({ date: '2026-11-01', sales_today: { net: 30_000, by_method: { cash: 30_000 } }, check_ins_today: { check_ins: 3 } })
  })

  it('counts check-ins by local hour across the change back', async () => {
    const r = await get(owner, '/api/reports/check-ins?from=2026-10-31&to=2026-11-02')
    expect(r.by_day.map((d: any) => [d.date, d.check_ins])).toEqual([['2026-10-31', 1], ['2026-11-01', 3], ['2026-11-02', 0]])
    expect(Object.fromEntries(r.by_hour.filter((h: any) => h.check_ins).map((h: any) => [h.hour, h.check_ins]))).toEqual({ 0: 1, 1: 1, 23: 2 })
  })

  it('counts check-ins by local hour over a range holding both changes of the year', async () => {
    const r = await get(owner, '/api/reports/check-ins?from=2026-03-08&to=2026-11-02')
    expect(r.total).toBe(6)
    expect(Object.fromEntries(r.by_hour.filter((h: any) => h.check_ins).map((h: any) => [h.hour, h.check_ins]))).toEqual({ 0: 1, 1: 2, 3: 1, 23: 2 })
  })
})
