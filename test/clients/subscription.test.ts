// GET /api/clients/subscription: the current plan with its counters, the history, and status
// derived on the gym's local day (no job has to run for a plan to show as expired).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createService, createSubscription, signInMember } from '../support/factories.ts'
import { expectError } from './helpers.ts'

describe('member subscription', () => {
  let t: TestApp
  let branchId: number
  beforeEach(async () => {
    t = await createTestApp()
    branchId = (await createBranch(t.db)).id
  })
  afterEach(async () => t.close())

  async function member(phone = '01777770000') {
    const row = await createCustomer(t.db, { phone })
    const { accessToken } = await signInMember(t.app, t.notifier, phone)
    return { id: row.id, token: accessToken }
  }
  const get = (token: string, url = '/api/clients/subscription') => call(t.app, 'GET', url, { token })

  it('when the only plan starts tomorrow, it is shown but the member has no active subscription yet', async () => {
    const { id, token } = await member()
    const plan = await createService(t.db, { name: 'Monthly Gym' })
    // The clock reads 2026-02-11; the plan was bought ahead for the 12th.
    await createSubscription(t.db, { customerId: id, serviceId: plan.id, branchId, start: '2026-02-12', end: '2026-03-14' })
    const subscription = await get(token)
    expect(subscription.json().data.current_subscription).toMatchObject({ start_date: '2026-02-12', status: 'active' })
    expect((await get(token, '/api/clients/profile')).json().data.has_active_subscription).toBe(false)
    expect((await get(token, '/api/clients/qr')).json().data.has_active_subscription).toBe(false)
    t.clock.set('2026-02-12T08:00:00Z')
    expect((await get(token, '/api/clients/profile')).json().data.has_active_subscription).toBe(true)
  })

  it('without any plan: no current subscription and an empty history', async () => {
    const { token } = await member()
    const res = await get(token)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ status: 'success', data: { current_subscription: null, subscription_history: [] } })
  })

  it('the current plan carries remaining_days and freeze_days_remaining; older plans form the history', async () => {
    const { id, token } = await member()
    const plan = await createService(t.db, { name: 'Monthly Gym', freeze_max_days: 10 })
    const older = await createSubscription(t.db, { customerId: id, serviceId: plan.id, branchId, start: '2025-12-11', end: '2026-01-10' })
    const stopped = await createSubscription(t.db, { customerId: id, serviceId: plan.id, branchId, start: '2025-11-01', end: '2025-12-01', status: 'stopped' })
    const current = await createSubscription(t.db, { customerId: id, serviceId: plan.id, branchId, start: '2026-01-11', end: '2026-02-15', freezeDaysUsed: 3 })
    const res = await get(token)
    expect(res.json().data).toEqual({
      current_subscription: {
        id: current.id, service_name: 'Monthly Gym', service_type: 'gym', subscription_type: 'time_based',
        start_date: '2026-01-11', end_date: '2026-02-15', status: 'active', remaining_days: 4, freeze_days_remaining: 7,
      },
      subscription_history: [
        expect.objectContaining({ id: older.id, status: 'expired', remaining_days: 0, start_date: '2025-12-11', end_date: '2026-01-10' }),
        expect.objectContaining({ id: stopped.id, status: 'stopped', remaining_days: 0 }),
      ],
    })
  })

  it("shows only the signed-in member's plans", async () => {
    const me = await member('01777770001')
    const other = await createCustomer(t.db, { phone: '01777770002' })
    const plan = await createService(t.db)
    await createSubscription(t.db, { customerId: other.id, serviceId: plan.id, branchId, start: '2026-02-01', end: '2026-03-01' })
    expect((await get(me.token)).json().data).toEqual({ current_subscription: null, subscription_history: [] })
  })

  it('a plan ending today is active with 0 days left; the next day it shows as expired without any job', async () => {
    const { id, token } = await member()
    const plan = await createService(t.db, { name: 'Monthly Gym' })
    const sub = await createSubscription(t.db, { customerId: id, serviceId: plan.id, branchId, start: '2026-01-11', end: '2026-02-11' })
    expect((await get(token)).json().data.current_subscription).toMatchObject({ id: sub.id, status: 'active', remaining_days: 0 })
    t.clock.set('2026-02-11T23:59:59Z')
    expect((await get(token)).json().data.current_subscription).toMatchObject({ id: sub.id, status: 'active' })

    t.clock.set('2026-02-12T00:00:01Z')
    const after = (await get(token)).json().data
    expect(after.current_subscription).toBeNull()
    expect(after.subscription_history).toEqual([expect.objectContaining({ id: sub.id, status: 'expired', remaining_days: 0 })])
    expect((await get(token, '/api/clients/profile')).json().data).toMatchObject({ active_subscription: null, has_active_subscription: false })
    expect((await get(token, '/api/clients/qr')).json().data.has_active_subscription).toBe(false)
    // Nothing was written to get there.
    expect((await t.db.selectFrom('subscriptions').select('status').where('id', '=', sub.id).executeTakeFirstOrThrow()).status).toBe('active')
  })

  it('a coin plan shows remaining_coins and total_coins, and expires when the coins run out', async () => {
    const { id, token } = await member()
    const plan = await createService(t.db, { name: '12 Visits', subscription_type: 'coins', coins: 12, duration_days: 90 })
    const sub = await createSubscription(t.db, { customerId: id, serviceId: plan.id, branchId, start: '2026-02-01', end: '2026-05-01', coins: 12 })
    await t.db.updateTable('subscriptions').set({ remaining_coins: 5 }).where('id', '=', sub.id).execute()
    expect((await get(token)).json().data.current_subscription).toMatchObject({
      id: sub.id, subscription_type: 'coins', status: 'active', remaining_coins: 5, total_coins: 12, remaining_days: 79,
    })
    expect((await get(token)).json().data.current_subscription).not.toHaveProperty('remaining_sessions')

    await t.db.updateTable('subscriptions').set({ remaining_coins: 0 }).where('id', '=', sub.id).execute()
    const data = (await get(token)).json().data
    expect(data.current_subscription).toBeNull()
    expect(data.subscription_history).toEqual([expect.objectContaining({ id: sub.id, status: 'expired', remaining_coins: 0, total_coins: 12 })])
  })

  it('a session plan shows remaining_sessions and total_sessions', async () => {
    const { id, token } = await member()
    const plan = await createService(t.db, { name: 'Karate x8', subscription_type: 'sessions', sessions: 8 })
    await createSubscription(t.db, { customerId: id, serviceId: plan.id, branchId, start: '2026-02-01', end: '2026-03-03', sessions: 8 })
    const current = (await get(token)).json().data.current_subscription
    expect(current).toMatchObject({ subscription_type: 'sessions', remaining_sessions: 8, total_sessions: 8 })
    expect(current).not.toHaveProperty('remaining_coins')
  })

  it('a frozen plan is current with status frozen; freeze_days_remaining counts the freeze under way', async () => {
    const { id, token } = await member()
    const plan = await createService(t.db, { freeze_max_days: 14 })
    const sub = await createSubscription(t.db, {
      customerId: id, serviceId: plan.id, branchId, start: '2026-01-20', end: '2026-02-19', status: 'frozen', frozenSince: '2026-02-08', freezeDaysUsed: 2,
    })
    expect((await get(token)).json().data.current_subscription).toMatchObject({
      id: sub.id, status: 'frozen', remaining_days: 11, freeze_days_remaining: 9,
    })
    expect((await get(token, '/api/clients/profile')).json().data.has_active_subscription).toBe(false)
  })

  it('an active plan is preferred over a frozen one as the current subscription', async () => {
    const { id, token } = await member()
    const plan = await createService(t.db)
    const frozen = await createSubscription(t.db, { customerId: id, serviceId: plan.id, branchId, start: '2026-02-01', end: '2026-04-01', status: 'frozen', frozenSince: '2026-02-05' })
    const active = await createSubscription(t.db, { customerId: id, serviceId: plan.id, branchId, start: '2026-02-01', end: '2026-03-01' })
    const data = (await get(token)).json().data
    expect(data.current_subscription.id).toBe(active.id)
    expect(data.subscription_history.map((s: { id: number }) => s.id)).toEqual([frozen.id])
  })

  it('needs a client token', async () => {
    expectError(await call(t.app, 'GET', '/api/clients/subscription'), 401, 'TOKEN_MISSING')
  })
})

describe('member subscription with GYM_TIMEZONE=Africa/Cairo', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp({ env: { GYM_TIMEZONE: 'Africa/Cairo' } })
  })
  afterEach(async () => t.close())

  it("'today' is the gym's local day: at 22:30Z Cairo is already on the next day", async () => {
    const branch = await createBranch(t.db)
    const row = await createCustomer(t.db, { phone: '01777779999' })
    const { accessToken } = await signInMember(t.app, t.notifier, '01777779999')
    const plan = await createService(t.db)
    const endsToday = await createSubscription(t.db, { customerId: row.id, serviceId: plan.id, branchId: branch.id, start: '2026-01-12', end: '2026-02-11' })
    const endsLater = await createSubscription(t.db, { customerId: row.id, serviceId: plan.id, branchId: branch.id, start: '2026-01-01', end: '2026-02-20' })
    const get = async () => (await call(t.app, 'GET', '/api/clients/subscription', { token: accessToken })).json().data

    t.clock.set('2026-02-11T21:30:00Z') // 23:30 in Cairo, still the 11th
    let data = await get()
    expect(data.current_subscription).toMatchObject({ id: endsLater.id, remaining_days: 9 })
    expect(data.subscription_history).toEqual([expect.objectContaining({ id: endsToday.id, status: 'active', remaining_days: 0 })])

    t.clock.set('2026-02-11T23:30:00Z') // 01:30 on the 12th in Cairo, still the 11th in UTC
    data = await get()
    expect(data.current_subscription).toMatchObject({ id: endsLater.id, remaining_days: 8 })
    expect(data.subscription_history).toEqual([expect.objectContaining({ id: endsToday.id, status: 'expired', remaining_days: 0 })])
  })
})
