// The door through HTTP, on SQLite and PostgreSQL: retried and concurrent scans, idempotent manual
// check-ins, and a QR pass being single-use (replays, rescans, other desks and branches, top-ups).
import { describe, expect, it } from 'vitest'
import { call } from '../support/app.ts'
import { createBranch, createService, createStaff, createSubscription, staffToken } from '../support/factories.ts'
import { CHECK_IN, closeAppAfterEach, door } from './support/door-world.ts'

closeAppAfterEach()

describe('POST /api/entries/check-in', () => {
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
