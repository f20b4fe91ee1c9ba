// The door through HTTP, on SQLite and PostgreSQL: every reason code, counters running out,
// entry hours, anti-passback, retried and concurrent scans, branch isolation and bad input.
import { afterEach, describe, expect, it } from 'vitest'
import { loadSigningKey } from '../../src/modules/qr/qr-keys.ts'
import { createQrPassService, type QrPassService } from '../../src/modules/qr/qr-token.ts'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createService, createStaff, createSubscription, staffToken } from '../support/factories.ts'

const CHECK_IN = '/api/entries/check-in'

let t: TestApp | undefined
afterEach(async () => {
  await t?.close()
  t = undefined
})

/** A fresh app with one branch, its front desk, and a pass issuer sharing the app's signing key. */
async function door(env: Record<string, string> = {}) {
  t = await createTestApp({ env })
  const branch = await createBranch(t.db, { name: 'Dragon Club' })
  const desk = await createStaff(t.db, 'front_desk', branch.id)
  const token = await staffToken(t.app, desk.username)
  const ring = await loadSigningKey({ db: t.db, config: t.config, clock: t.clock })
  const qr: QrPassService = createQrPassService({ ring, config: t.config, clock: t.clock })
  const app = t
  const member = async (plan?: { type?: 'time_based' | 'coins' | 'sessions'; count?: number; status?: 'active' | 'frozen' | 'expired'; end?: string; hours?: [string, string]; active?: boolean }) => {
    const customer = await createCustomer(app.db, { branch_id: branch.id, is_active: plan?.active ?? true })
    if (!plan) return { customer, subscription: undefined }
    const service = await createService(app.db, {
      subscription_type: plan.type ?? 'time_based', coins: plan.type === 'coins' ? plan.count : null, sessions: plan.type === 'sessions' ? plan.count : null,
      entry_start_time: plan.hours?.[0] ?? null, entry_end_time: plan.hours?.[1] ?? null,
    })
    const subscription = await createSubscription(app.db, {
      customerId: customer.id, serviceId: service.id, branchId: branch.id, start: '2026-02-01', end: plan.end ?? '2026-03-02', status: plan.status,
      coins: plan.type === 'coins' ? plan.count : null, sessions: plan.type === 'sessions' ? plan.count : null,
      frozenSince: plan.status === 'frozen' ? '2026-02-05' : null,
    })
    return { customer, subscription }
  }
  const scan = async (customerId: number, headers?: Record<string, string>) =>
    call(app.app, 'POST', CHECK_IN, { token, body: { qr_token: (await qr.issue(customerId)).token }, headers })
  const entries = () => app.db.selectFrom('entry_logs').selectAll().orderBy('id').execute()
  return { t: app, branch, desk, token, qr, member, scan, entries }
}

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

  it('when five copies of one scan arrive at once (two servers), there is one entry, one coin charged, and four answers marked as replays of the first', async () => {
    const d = await door()
    const { customer, subscription } = await d.member({ type: 'coins', count: 10 })
    const other = await d.t.secondInstance()
    const body = { qr_token: (await d.qr.issue(customer.id)).token }
    const answers = await Promise.all([d.t.app, d.t.app, other, d.t.app, other].map((app) => call(app, 'POST', CHECK_IN, { token: d.token, body })))
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 200])
    const data = answers.map((a) => a.json().data)
    expect(data.filter((d) => !d.replayed)).toHaveLength(1)
    const withoutFlag = data.map(({ replayed: _, ...rest }) => JSON.stringify(rest))
    expect(new Set(withoutFlag).size).toBe(1)
    expect(data[0]).toMatchObject({ allowed: true, reason: 'OK', subscription: { remaining_coins: 9 } })
    expect(await d.entries()).toHaveLength(1)
    const plan = await d.t.db.selectFrom('subscriptions').select('remaining_coins').where('id', '=', subscription!.id).executeTakeFirstOrThrow()
    expect(plan.remaining_coins).toBe(9)
    // Two minutes on, the same pass is no retry: it was used, so it is refused and nothing is charged.
    d.t.clock.advance(120)
    const late = (await call(d.t.app, 'POST', CHECK_IN, { token: d.token, body })).json().data
    expect(late).toMatchObject({ replayed: false, allowed: false, reason: 'ALREADY_CHECKED_IN' })
    expect((await d.entries()).map((e) => [e.entry_status, e.reason])).toEqual([['approved', 'OK'], ['denied', 'ALREADY_CHECKED_IN']])
    expect((await d.t.db.selectFrom('subscriptions').select('remaining_coins').where('id', '=', subscription!.id).executeTakeFirstOrThrow()).remaining_coins).toBe(9)
  })

  it('a manual check-in retried with the same Idempotency-Key counts once; the key reused for another member answers 409', async () => {
    const d = await door()
    const first = await d.member({ type: 'sessions', count: 3 })
    const second = await d.member({})
    const headers = { 'idempotency-key': 'desk-7f3a' }
    const answers = await Promise.all([0, 1, 2].map(() => call(d.t.app, 'POST', CHECK_IN, { token: d.token, body: { customer_id: first.customer.id }, headers })))
    expect(answers.map((a) => a.json().data.replayed).sort()).toEqual([false, true, true])
    expect(new Set(answers.map((a) => a.json().data.entry_id)).size).toBe(1)
    expect(answers[0]!.json().data).toMatchObject({ allowed: true, reason: 'OK', entry_type: 'manual', subscription: { remaining_sessions: 2 } })
    const reused = await call(d.t.app, 'POST', CHECK_IN, { token: d.token, body: { customer_id: second.customer.id }, headers })
    expect(reused.statusCode).toBe(409)
    expect(reused.json()).toMatchObject({ status: 'error', code: 'CONFLICT' })
    const plain = await call(d.t.app, 'POST', CHECK_IN, { token: d.token, body: { customer_id: second.customer.id } })
    expect(plain.json().data).toMatchObject({ allowed: true, entry_type: 'manual', customer: { id: second.customer.id } })
    expect((await d.entries()).map((e) => [e.customer_id, e.entry_type, e.sessions_used])).toEqual([[first.customer.id, 'manual', 1], [second.customer.id, 'manual', 0]])
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

describe('check-in: a QR pass is single-use', () => {
  const coins = (d: Awaited<ReturnType<typeof door>>, id: number) =>
    d.t.db.selectFrom('subscriptions').select('remaining_coins').where('id', '=', id).executeTakeFirstOrThrow().then((r) => r.remaining_coins)

  it('when the same desk scans a used pass again 45 s later, it is denied ALREADY_CHECKED_IN, nothing is charged, and the refusal is recorded', async () => {
    const d = await door()
    const { customer, subscription } = await d.member({ type: 'coins', count: 5 })
    const body = { qr_token: (await d.qr.issue(customer.id)).token }
    const first = (await call(d.t.app, 'POST', CHECK_IN, { token: d.token, body })).json().data
    expect(first).toMatchObject({ allowed: true, reason: 'OK', replayed: false, subscription: { remaining_coins: 4 } })
    d.t.clock.advance(45)
    const again = await call(d.t.app, 'POST', CHECK_IN, { token: d.token, body })
    expect(again.statusCode).toBe(200)
    expect(again.json()).toMatchObject({
      message: 'Entry denied', data: { allowed: false, reason: 'ALREADY_CHECKED_IN', replayed: false, customer: { id: customer.id }, subscription: null },
    })
    expect(again.json().data.entry_id).not.toBe(first.entry_id)
    expect(await coins(d, subscription!.id)).toBe(4)
    expect(await d.entries()).toMatchObject([
      { id: first.entry_id, entry_status: 'approved', reason: 'OK', coins_used: 1, scan_key: expect.stringMatching(/^qr:/) },
      {
        id: again.json().data.entry_id, customer_id: customer.id, staff_id: d.desk.id, branch_id: d.branch.id, entry_type: 'qr_scan',
        entry_status: 'denied', reason: 'ALREADY_CHECKED_IN', coins_used: 0, sessions_used: 0, subscription_id: null, scan_key: null, entry_time: expect.anything(),
      },
    ])
    const charges = await d.t.db.selectFrom('audit_log').select('id').where('action', '=', 'subscription.entry_charge').execute()
    expect(charges).toHaveLength(1)
  })

  it('when the same desk resends the scan within 5 s (a network retry), it answers the first result with replayed true and records nothing new', async () => {
    const d = await door()
    const { customer, subscription } = await d.member({ type: 'coins', count: 5 })
    const body = { qr_token: (await d.qr.issue(customer.id)).token }
    const first = (await call(d.t.app, 'POST', CHECK_IN, { token: d.token, body })).json().data
    d.t.clock.advance(5)
    const retry = await call(d.t.app, 'POST', CHECK_IN, { token: d.token, body })
    expect(retry.json()).toMatchObject({ message: 'Entry allowed', data: { allowed: true, reason: 'OK', replayed: true, entry_id: first.entry_id } })
    const { replayed: _a, ...firstRest } = first
    const { replayed: _b, ...retryRest } = retry.json().data
    expect(retryRest).toEqual(firstRest)
    expect(await d.entries()).toHaveLength(1)
    expect(await coins(d, subscription!.id)).toBe(4)
  })

  it('when another desk scans the same pass within 5 s, it is denied ALREADY_CHECKED_IN and nothing is charged', async () => {
    const d = await door()
    const { customer, subscription } = await d.member({ type: 'coins', count: 5 })
    const otherDesk = await createStaff(d.t.db, 'front_desk', d.branch.id)
    const otherToken = await staffToken(d.t.app, otherDesk.username)
    const body = { qr_token: (await d.qr.issue(customer.id)).token }
    expect((await call(d.t.app, 'POST', CHECK_IN, { token: d.token, body })).json().data).toMatchObject({ allowed: true })
    d.t.clock.advance(5)
    const friend = (await call(d.t.app, 'POST', CHECK_IN, { token: otherToken, body })).json().data
    expect(friend).toMatchObject({ allowed: false, reason: 'ALREADY_CHECKED_IN', replayed: false, customer: { id: customer.id } })
    expect(await coins(d, subscription!.id)).toBe(4)
    expect((await d.entries()).map((e) => [e.staff_id, e.entry_status, e.reason, e.coins_used])).toEqual([
      [d.desk.id, 'approved', 'OK', 1], [otherDesk.id, 'denied', 'ALREADY_CHECKED_IN', 0],
    ])
  })

  it('a used pass shown at another branch where the member also has a plan is denied there too', async () => {
    const d = await door()
    const { customer } = await d.member({})
    const second = await createBranch(d.t.db)
    const service = await createService(d.t.db)
    await createSubscription(d.t.db, { customerId: customer.id, serviceId: service.id, branchId: second.id, start: '2026-02-01', end: '2026-03-01' })
    const secondDesk = await createStaff(d.t.db, 'front_desk', second.id)
    const body = { qr_token: (await d.qr.issue(customer.id)).token }
    expect((await call(d.t.app, 'POST', CHECK_IN, { token: d.token, body })).json().data).toMatchObject({ allowed: true })
    d.t.clock.advance(20)
    const there = (await call(d.t.app, 'POST', CHECK_IN, { token: await staffToken(d.t.app, secondDesk.username), body })).json().data
    expect(there).toMatchObject({ allowed: false, reason: 'ALREADY_CHECKED_IN' })
    expect((await d.entries()).map((e) => [e.branch_id, e.reason])).toEqual([[d.branch.id, 'OK'], [second.id, 'ALREADY_CHECKED_IN']])
  })

  it('a pass refused for want of coins is decided afresh when shown again after a top-up, and is then used up', async () => {
    const d = await door()
    const { customer, subscription } = await d.member({ type: 'coins', count: 0 })
    const body = { qr_token: (await d.qr.issue(customer.id)).token }
    expect((await call(d.t.app, 'POST', CHECK_IN, { token: d.token, body })).json().data).toMatchObject({ allowed: false, reason: 'NO_COINS_LEFT' })
    await d.t.db.updateTable('subscriptions').set({ remaining_coins: 3, total_coins: 3 }).where('id', '=', subscription!.id).execute()
    d.t.clock.advance(20)
    const topped = (await call(d.t.app, 'POST', CHECK_IN, { token: d.token, body })).json().data
    expect(topped).toMatchObject({ allowed: true, reason: 'OK', replayed: false, subscription: { remaining_coins: 2 } })
    d.t.clock.advance(20)
    expect((await call(d.t.app, 'POST', CHECK_IN, { token: d.token, body })).json().data).toMatchObject({ allowed: false, reason: 'ALREADY_CHECKED_IN' })
    expect(await coins(d, subscription!.id)).toBe(2)
    const rows = await d.entries()
    expect(rows.map((e) => [e.reason, e.scan_key === null])).toEqual([['NO_COINS_LEFT', true], ['OK', false], ['ALREADY_CHECKED_IN', true]])
  })
})

describe('check-in: branches, roles and bad input', () => {
  it('a front desk of branch A cannot check in, by id, a member of branch B with no plan at A (404, nothing recorded)', async () => {
    const d = await door()
    const elsewhere = await createBranch(d.t.db, { name: 'Tiger Club' })
    const stranger = await createCustomer(d.t.db, { branch_id: elsewhere.id })
    const res = await call(d.t.app, 'POST', CHECK_IN, { token: d.token, body: { customer_id: stranger.id } })
    expect(res.statusCode).toBe(404)
    expect(res.json()).toMatchObject({ status: 'error', code: 'NOT_FOUND' })
    const otherDoor = await call(d.t.app, 'POST', CHECK_IN, { token: d.token, body: { customer_id: stranger.id, branch_id: elsewhere.id } })
    expect(otherDoor.statusCode).toBe(404)
    expect(await d.entries()).toHaveLength(0)
  })

  it('a member of branch B holding a plan at A is checked in at A; the owner names the branch and without it gets 400', async () => {
    const d = await door()
    const home = await createBranch(d.t.db)
    const visitor = await createCustomer(d.t.db, { branch_id: home.id })
    const service = await createService(d.t.db)
    await createSubscription(d.t.db, { customerId: visitor.id, serviceId: service.id, branchId: d.branch.id, start: '2026-02-01', end: '2026-03-01' })
    const desk = await call(d.t.app, 'POST', CHECK_IN, { token: d.token, body: { customer_id: visitor.id } })
    expect(desk.json().data).toMatchObject({ allowed: true, reason: 'OK', entry_type: 'manual' })

    const owner = await createStaff(d.t.db, 'owner', null)
    const ownerToken = await staffToken(d.t.app, owner.username)
    const unnamed = await call(d.t.app, 'POST', CHECK_IN, { token: ownerToken, body: { customer_id: visitor.id } })
    expect(unnamed.statusCode).toBe(400)
    expect(unnamed.json()).toMatchObject({ code: 'VALIDATION_ERROR', errors: [{ field: 'branch_id' }] })
    d.t.clock.advance(3600)
    const atHome = await call(d.t.app, 'POST', CHECK_IN, { token: ownerToken, body: { customer_id: visitor.id, branch_id: home.id } })
    expect(atHome.json().data).toMatchObject({ allowed: false, reason: 'NO_ACTIVE_SUBSCRIPTION' })
    expect((await d.entries()).map((e) => [e.branch_id, e.staff_id, e.reason])).toEqual([[d.branch.id, d.desk.id, 'OK'], [home.id, owner.id, 'NO_ACTIVE_SUBSCRIPTION']])
  })

  it('a QR pass of a member of another branch with no plan here is denied without their details; the owner sees who it is', async () => {
    const d = await door()
    const elsewhere = await createBranch(d.t.db)
    const stranger = await createCustomer(d.t.db, { branch_id: elsewhere.id })
    const service = await createService(d.t.db)
    await createSubscription(d.t.db, { customerId: stranger.id, serviceId: service.id, branchId: elsewhere.id, start: '2026-02-01', end: '2026-03-01' })
    const res = await d.scan(stranger.id)
    expect(res.statusCode).toBe(200)
    expect(res.json().data).toMatchObject({ allowed: false, reason: 'NO_ACTIVE_SUBSCRIPTION', customer: null, subscription: null })
    expect(res.body).not.toContain(stranger.phone)
    expect(res.body).not.toContain(stranger.qr_code)

    const owner = await createStaff(d.t.db, 'owner', null)
    const ownerToken = await staffToken(d.t.app, owner.username)
    d.t.clock.advance(3600)
    const pass = (await d.qr.issue(stranger.id)).token
    const seen = await call(d.t.app, 'POST', CHECK_IN, { token: ownerToken, body: { qr_token: pass, branch_id: d.branch.id } })
    expect(seen.json().data).toMatchObject({
      allowed: false, reason: 'NO_ACTIVE_SUBSCRIPTION', customer: { id: stranger.id, phone: stranger.phone, qr_code: stranger.qr_code },
    })
    expect((await d.entries()).map((e) => [e.customer_id, e.staff_id, e.reason])).toEqual([
      [stranger.id, d.desk.id, 'NO_ACTIVE_SUBSCRIPTION'], [stranger.id, owner.id, 'NO_ACTIVE_SUBSCRIPTION'],
    ])
  })

  it('a trainer may not use the door (403) and a request without a token gets 401', async () => {
    const d = await door()
    const { customer } = await d.member({})
    const trainer = await createStaff(d.t.db, 'trainer', d.branch.id)
    const res = await call(d.t.app, 'POST', CHECK_IN, { token: await staffToken(d.t.app, trainer.username), body: { customer_id: customer.id } })
    expect(res.statusCode).toBe(403)
    expect((await call(d.t.app, 'POST', CHECK_IN, { body: { customer_id: customer.id } })).statusCode).toBe(401)
    expect(await d.entries()).toHaveLength(0)
  })

  it.each([
    ['no identifier', {}],
    ['only a branch', { branch_id: 1 }],
    ['two identifiers', { customer_id: 1, qr_code: 'GYM-1' }],
    ['a 5000-character qr_token', { qr_token: 'x'.repeat(5000) }],
    ['customer_id "abc"', { customer_id: 'abc' }],
    ['an unknown field', { customer_id: 1, note: 'hi' }],
  ])('with %s the door answers 400 in the error envelope and records nothing', async (_name, body) => {
    const d = await door()
    const res = await call(d.t.app, 'POST', CHECK_IN, { token: d.token, body })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ status: 'error', code: 'VALIDATION_ERROR', errors: expect.any(Array) })
    expect(await d.entries()).toHaveLength(0)
  })
})
