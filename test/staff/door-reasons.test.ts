// The door through HTTP, on SQLite and PostgreSQL: every reason code, counters running out, entry
// hours, anti-passback, expired and tampered passes, and static card numbers.
import { describe, expect, it } from 'vitest'
import { call } from '../support/app.ts'
import { createCustomer, createService, createSubscription } from '../support/factories.ts'
import { CHECK_IN, closeAppAfterEach, door, t } from './support/door-world.ts'

closeAppAfterEach()

describe('POST /api/entries/check-in', () => {
  it('when a member with a time-based plan shows a valid pass, the door answers 200 OK and records the approved entry', async () => {
    const d = await door()
    const { customer, subscription } = await d.member({})
    const res = await d.scan(customer.id)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      status: 'success', message: 'Entry allowed',
      data: {
        allowed: true, reason: 'OK', entry_type: 'qr_scan', entry_time: '2026-02-11T09:30:00Z',
        customer: { id: customer.id, full_name: customer.full_name, qr_code: customer.qr_code },
        subscription: { id: subscription!.id, status: 'active', subscription_type: 'time_based', remaining_days: 19 },
      },
    })
    expect(res.json().data.subscription).not.toHaveProperty('remaining_coins')
    expect(await d.entries()).toMatchObject([{
      id: res.json().data.entry_id, customer_id: customer.id, branch_id: d.branch.id, subscription_id: subscription!.id, entry_status: 'approved',
      reason: 'OK', entry_type: 'qr_scan', staff_id: d.desk.id, coins_used: 0, sessions_used: 0, business_date: '2026-02-11',
    }])
  })

  it.each([
    ['NO_ACTIVE_SUBSCRIPTION', undefined],
    ['SUBSCRIPTION_FROZEN', { status: 'frozen' as const }],
    ['SUBSCRIPTION_EXPIRED', { end: '2026-02-10' }],
    ['SUBSCRIPTION_EXPIRED', { status: 'expired' as const, end: '2026-02-10' }],
    ['ACCOUNT_INACTIVE', { active: false }],
  ])('when the member has %s (%j), the door answers 200 with allowed false and records the denial', async (reason, plan) => {
    const d = await door()
    const { customer, subscription } = await d.member(plan)
    const res = await d.scan(customer.id)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ status: 'success', message: 'Entry denied', data: { allowed: false, reason, customer: { id: customer.id } } })
    const [row, ...more] = await d.entries()
    expect(more).toHaveLength(0)
    expect(row).toMatchObject({ customer_id: customer.id, entry_status: 'denied', reason, staff_id: d.desk.id, coins_used: 0 })
    if (reason === 'SUBSCRIPTION_FROZEN' || reason === 'SUBSCRIPTION_EXPIRED') expect(row!.subscription_id).toBe(subscription!.id)
  })

  it.each([['coins', 'remaining_coins', 'NO_COINS_LEFT', 'coins_used'], ['sessions', 'remaining_sessions', 'NO_SESSIONS_LEFT', 'sessions_used']] as const)(
    'when a 2-%s plan is used at the door, two entries pass (1, then 0 left) and the third is refused; the counter never goes below 0',
    async (type, counter, refusal, used) => {
      const d = await door()
      const { customer, subscription } = await d.member({ type, count: 2 })
      const answers = []
      for (let i = 0; i < 3; i++) answers.push((await d.scan(customer.id)).json().data)
      expect(answers.map((a) => [a.allowed, a.reason, a.subscription?.[counter]])).toEqual([[true, 'OK', 1], [true, 'OK', 0], [false, refusal, 0]])
      const plan = await d.t.db.selectFrom('subscriptions').selectAll().where('id', '=', subscription!.id).executeTakeFirstOrThrow()
      expect(plan[counter]).toBe(0)
      expect((await d.entries()).map((e) => [e.entry_status, e.reason, e[used]])).toEqual([['approved', 'OK', 1], ['approved', 'OK', 1], ['denied', refusal, 0]])
      const audit = await d.t.db.selectFrom('audit_log').selectAll().where('action', '=', 'subscription.entry_charge').orderBy('id').execute()
      expect(audit.map((a) => [a.actor_id, a.entity_id, JSON.parse(a.changes)])).toEqual([
        [d.desk.id, subscription!.id, { [counter]: { before: 2, after: 1 } }], [d.desk.id, subscription!.id, { [counter]: { before: 1, after: 0 } }],
      ])
    },
  )

  it('when the plan admits 06:00–10:00 gym time (Africa/Cairo), a scan at 11:30 local is OUTSIDE_ENTRY_HOURS and one at 09:30 local passes', async () => {
    const d = await door({ GYM_TIMEZONE: 'Africa/Cairo' })
    const { customer } = await d.member({ hours: ['06:00', '10:00'] })
    expect((await d.scan(customer.id)).json().data).toMatchObject({ allowed: false, reason: 'OUTSIDE_ENTRY_HOURS' }) // 09:30Z = 11:30 in Cairo
    d.t.clock.set('2026-02-11T07:30:00Z')
    expect((await d.scan(customer.id)).json().data).toMatchObject({ allowed: true, reason: 'OK' })
  })

  it('with ANTI_PASSBACK_MINUTES=30, a second entry 10 minutes later is ALREADY_CHECKED_IN and one 31 minutes after the first passes', async () => {
    const d = await door({ ANTI_PASSBACK_MINUTES: '30' })
    const { customer } = await d.member({ type: 'coins', count: 5 })
    expect((await d.scan(customer.id)).json().data).toMatchObject({ allowed: true, reason: 'OK', subscription: { remaining_coins: 4 } })
    d.t.clock.advance(10 * 60)
    expect((await d.scan(customer.id)).json().data).toMatchObject({ allowed: false, reason: 'ALREADY_CHECKED_IN', customer: { id: customer.id } })
    d.t.clock.advance(21 * 60)
    expect((await d.scan(customer.id)).json().data).toMatchObject({ allowed: true, reason: 'OK', subscription: { remaining_coins: 3 } })
    expect((await d.entries()).map((e) => e.reason)).toEqual(['OK', 'ALREADY_CHECKED_IN', 'OK'])
  })

  it('when the pass is older than QR_TOKEN_TTL it is QR_EXPIRED (member still named); a tampered pass is QR_INVALID', async () => {
    const d = await door({ QR_TOKEN_TTL: '60' })
    const { customer } = await d.member({})
    const { token } = await d.qr.issue(customer.id)
    d.t.clock.advance(61)
    const expired = await call(d.t.app, 'POST', CHECK_IN, { token: d.token, body: { qr_token: token } })
    expect(expired.statusCode).toBe(200)
    expect(expired.json().data).toMatchObject({ allowed: false, reason: 'QR_EXPIRED', customer: { id: customer.id }, subscription: null })
    const fresh = (await d.qr.issue(customer.id)).token
    const [header, payload, signature] = fresh.split('.')
    const forged = `${header}.${payload}.${signature!.slice(0, 10)}${signature![10] === 'A' ? 'B' : 'A'}${signature!.slice(11)}`
    const tampered = await call(d.t.app, 'POST', CHECK_IN, { token: d.token, body: { qr_token: forged } })
    expect(tampered.statusCode).toBe(200)
    expect(tampered.json().data).toMatchObject({ allowed: false, reason: 'QR_INVALID', customer: null })
    expect((await d.entries()).map((e) => [e.reason, e.customer_id, e.entry_status])).toEqual([['QR_EXPIRED', customer.id, 'denied'], ['QR_INVALID', null, 'denied']])
  })

  it('a static card number is QR_INVALID unless ALLOW_STATIC_QR=true, when it checks the member in as a barcode entry', async () => {
    const off = await door()
    const { customer } = await off.member({})
    const refused = await call(off.t.app, 'POST', CHECK_IN, { token: off.token, body: { qr_code: customer.qr_code } })
    expect(refused.json().data).toMatchObject({ allowed: false, reason: 'QR_INVALID', customer: null })
    expect((await off.entries()).map((e) => [e.entry_type, e.reason])).toEqual([['barcode', 'QR_INVALID']])
    await t!.close()

    const on = await door({ ALLOW_STATIC_QR: 'true' })
    const holder = await on.member({})
    const admitted = await call(on.t.app, 'POST', CHECK_IN, { token: on.token, body: { qr_code: ` ${holder.customer.qr_code} ` } })
    expect(admitted.json().data).toMatchObject({ allowed: true, reason: 'OK', entry_type: 'barcode', customer: { id: holder.customer.id } })
    const unknown = await call(on.t.app, 'POST', CHECK_IN, { token: on.token, body: { qr_code: 'GYM-NOPE' } })
    expect(unknown.json().data).toMatchObject({ allowed: false, reason: 'QR_INVALID' })
  })

  it('with ALLOW_STATIC_QR=true, a card number typed in lower case, or with I/L/O for 1/1/0, checks the member in', async () => {
    const d = await door({ ALLOW_STATIC_QR: 'true' })
    const { customer } = await d.member({ type: 'coins', count: 5 })
    const lower = await call(d.t.app, 'POST', CHECK_IN, { token: d.token, body: { qr_code: customer.qr_code.toLowerCase() } })
    expect(customer.qr_code).not.toBe(customer.qr_code.toLowerCase())
    expect(lower.json().data).toMatchObject({ allowed: true, reason: 'OK', entry_type: 'barcode', customer: { id: customer.id } })

    // Card numbers use the Crockford alphabet (no I, L or O), so those letters can only be misread digits.
    const card = await createCustomer(d.t.db, { branch_id: d.branch.id, qr_code: 'GYM-10K1M0' })
    const service = await createService(d.t.db)
    await createSubscription(d.t.db, { customerId: card.id, serviceId: service.id, branchId: d.branch.id, start: '2026-02-01', end: '2026-03-01' })
    const misread = await call(d.t.app, 'POST', CHECK_IN, { token: d.token, body: { qr_code: ' gym-iOkLmo ' } })
    expect(misread.json().data).toMatchObject({ allowed: true, reason: 'OK', customer: { id: card.id } })
    expect((await d.entries()).map((e) => [e.customer_id, e.entry_type, e.entry_status])).toEqual([[customer.id, 'barcode', 'approved'], [card.id, 'barcode', 'approved']])
  })
})
