// The sample day the money tests share: Wednesday 2026-11-18 in Cairo (UTC+2 in November), two
// branches, a few neighbouring days (the day before, and October sales whose plans end around it).
// Every write goes through the HTTP routes, as the desk would make it: sales, the renewal, the paid
// freeze, check-ins, the "other" payment (POST /api/payments/record), the partial refund
// (POST /api/payments/{id}/refund), the expenses (POST /api/expenses + /{id}/review) and the
// closings (POST /api/daily-closings). The figures every report, dashboard and closing must
// reproduce are written by hand in ../sample-day-reports.test.ts.
import { startOfLocalDay } from '../../../src/lib/dates.ts'
import { call, createTestApp, type TestApp } from '../../support/app.ts'
import { createBranch, createCustomer, createService, createStaff, createSubscription, staffToken } from '../../support/factories.ts'

export const TZ = 'Africa/Cairo'
export const DAY = '2026-11-18'

export const sampleApp = (options: Parameters<typeof createTestApp>[0] = {}) =>
  createTestApp({ ...options, env: { GYM_TIMEZONE: TZ, AUTH_RATE_LIMIT_PER_MINUTE: '100000', ...options.env } })

/** The UTC instant of a gym-local wall-clock time (HH:MM) on a day. */
export const localAt = (t: TestApp, date: string, hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number)
  return new Date(startOfLocalDay(date, t.config.gymTimezone).getTime() + (h! * 60 + m!) * 60_000).toISOString()
}

export async function ok(res: { statusCode: number; body: string; json(): any }, expected = 201) {
  if (res.statusCode !== expected) throw new Error(`expected ${expected}, got ${res.statusCode}: ${res.body}`)
  return res.json().data
}

export async function buildSampleDay(t: TestApp) {
  const a = await createBranch(t.db, { name: 'Downtown' })
  const b = await createBranch(t.db, { name: 'Uptown' })
  const users = {
    owner: await createStaff(t.db, 'owner', null), central: await createStaff(t.db, 'central_accountant', null),
    managerA: await createStaff(t.db, 'branch_manager', a.id), managerB: await createStaff(t.db, 'branch_manager', b.id),
    accountantA: await createStaff(t.db, 'accountant', a.id), trainerA: await createStaff(t.db, 'trainer', a.id),
    deskA: await createStaff(t.db, 'front_desk', a.id), deskB: await createStaff(t.db, 'front_desk', b.id),
  }
  const monthly = await createService(t.db, { name: 'Monthly', price: 50_000, duration_days: 30, freeze_max_days: 10 })
  await t.db.updateTable('services').set({ freeze_cost: 5_000 }).where('id', '=', monthly.id).execute()
  const coins = await createService(t.db, { name: 'Four visits', subscription_type: 'coins', coins: 4, price: 20_000, duration_days: 30 })
  const member = (branchId: number, n: number) => createCustomer(t.db, { branch_id: branchId, full_name: `Member ${n}` })
  const m = {
    m1: await member(a.id, 1), m2: await member(a.id, 2), m3: await member(b.id, 3), m4: await member(a.id, 4),
    m5: await member(b.id, 5), m6: await member(b.id, 6), m7: await member(a.id, 7), m8: await member(a.id, 8),
    m9: await member(b.id, 9),
  }
  // m9's four visits are used up (no payment: an old import): expired by its counter though its end date is ahead.
  await createSubscription(t.db, { customerId: m.m9.id, serviceId: coins.id, branchId: b.id, start: '2026-11-01', end: '2026-11-20', coins: 0 })

  const as = async (user: { username: string }, date: string, hhmm: string) => {
    t.clock.set(localAt(t, date, hhmm))
    return staffToken(t.app, user.username)
  }
  const sell = async (token: string, body: Record<string, unknown>) => ok(await call(t.app, 'POST', '/api/subscriptions/activate', { token, body }))
  const checkIn = async (token: string, customerId: number) => ok(await call(t.app, 'POST', '/api/entries/check-in', { token, body: { customer_id: customerId } }), 200)

  // October: plans that end around the sample day (m7's lapsed on 11-04; m6's ends 11-21, m4's 11-23, m8's 11-25).
  await sell(await as(users.deskA, '2026-10-05', '12:00'), { customer_id: m.m7.id, service_id: monthly.id, discount: 20_000, payment_method: 'cash' })
  await sell(await as(users.deskB, '2026-10-22', '12:00'), { customer_id: m.m6.id, service_id: monthly.id, payment_method: 'network' })
  const m4Sub = await sell(await as(users.deskA, '2026-10-24', '12:00'), { customer_id: m.m4.id, service_id: monthly.id, payment_method: 'cash' })
  await sell(await as(users.deskA, '2026-10-26', '12:00'), { customer_id: m.m8.id, service_id: coins.id, payment_method: 'transfer' })

  // The day before, late in the evening at Uptown; Downtown closes it with nothing taken.
  let deskB = await as(users.deskB, '2026-11-17', '22:30')
  await sell(deskB, { customer_id: m.m5.id, service_id: coins.id, payment_method: 'cash' })
  t.clock.set(localAt(t, '2026-11-17', '22:45'))
  await checkIn(deskB, m.m5.id)
  const deskA17 = await staffToken(t.app, users.deskA.username)
  await ok(await call(t.app, 'POST', '/api/daily-closings', { token: deskA17, body: { branch_id: a.id, actual_cash: 0 } }))

  // The sample day.
  let deskA = await as(users.deskA, DAY, '09:00')
  const m1Sub = await sell(deskA, { customer_id: m.m1.id, service_id: monthly.id, discount: 5_000, payment_method: 'cash' })
  t.clock.set(localAt(t, DAY, '10:00'))
  const m2Sub = await sell(deskA, { customer_id: m.m2.id, service_id: coins.id, payment_method: 'network' })
  t.clock.set(localAt(t, DAY, '10:30'))
  await checkIn(deskA, m.m2.id)
  deskB = await as(users.deskB, DAY, '11:00')
  await sell(deskB, { customer_id: m.m3.id, service_id: monthly.id, discount: 10_000, payment_method: 'transfer' })
  t.clock.set(localAt(t, DAY, '11:30'))
  await checkIn(deskB, m.m3.id)
  deskA = await as(users.deskA, DAY, '12:00')
  await ok(await call(t.app, 'POST', `/api/subscriptions/${m4Sub.id}/renew`, { token: deskA, body: { payment_method: 'cash' } }))
  t.clock.set(localAt(t, DAY, '12:30'))
  await checkIn(deskA, m.m4.id)
  t.clock.set(localAt(t, DAY, '13:00'))
  await ok(await call(t.app, 'POST', `/api/subscriptions/${m1Sub.id}/freeze`, { token: deskA, body: { days: 5, reason: 'Travelling', payment_method: 'cash' } }), 200)
  t.clock.set(localAt(t, DAY, '13:30'))
  const denied = await checkIn(deskA, m.m1.id)
  if (denied.allowed !== false) throw new Error('a frozen plan should not admit')
  t.clock.set(localAt(t, DAY, '14:00'))
  const towel = await ok(await call(t.app, 'POST', '/api/payments/record', {
    token: deskA, body: { customer_id: m.m2.id, amount: 3_000, payment_method: 'cash', transaction_type: 'other', notes: 'Towel' },
  }))
  const managerA = await as(users.managerA, DAY, '15:00')
  // The refund leaves by the payment's own method (network).
  const refunded = await ok(await call(t.app, 'POST', `/api/payments/${m2Sub.payment.id}/refund`, { token: managerA, body: { amount: 10_000, reason: 'Partial refund' } }))
  const accountantA = await as(users.accountantA, DAY, '16:00')
  const expense = async (title: string, amount: number, category: string) =>
    ok(await call(t.app, 'POST', '/api/expenses', { token: accountantA, body: { branch_id: a.id, title, amount, category, expense_date: DAY } }))
  const review = async (id: number, body: Record<string, unknown>) => ok(await call(t.app, 'POST', `/api/expenses/${id}/review`, { token: managerA, body }), 200)
  await review((await expense('Treadmill belt', 7_000, 'maintenance')).id, { action: 'approve' })
  await review((await expense('Sponges', 2_000, 'supplies')).id, { action: 'reject', notes: 'No receipt' })
  await expense('Flyers', 1_500, 'marketing')
  // The evening cash count at Downtown: what the server expects, then what the drawer holds.
  deskA = await as(users.deskA, DAY, '17:00')
  const tillBefore = await ok(await call(t.app, 'GET', `/api/daily-closings/today?branch_id=${a.id}`, { token: deskA }), 200)
  const closing = await ok(await call(t.app, 'POST', '/api/daily-closings', { token: deskA, body: { branch_id: a.id, actual_cash: 102_500, notes: 'Short by 500' } }))

  t.clock.set(localAt(t, DAY, '18:00'))
  const tokens = Object.fromEntries(await Promise.all(Object.entries(users).map(async ([k, u]) => [k, await staffToken(t.app, u.username)]))) as Record<keyof typeof users, string>
  return { a, b, users, tokens, members: m, plans: { monthly, coins }, payments: { m2Sale: m2Sub.payment.id as number, towel: towel.id as number }, refund: refunded, till: { before: tillBefore, closing } }
}

export type SampleDay = Awaited<ReturnType<typeof buildSampleDay>>
