// The evening cash count through /api/daily-closings: the sample day's figures, closing once per
// branch and day (also when two tills close at once), DAY_CLOSED for money taken afterwards,
// scope, the list and its CSV.
import { describe, expect, it } from 'vitest'
import { api, count, ok, parseCsv, sampleDay, t, useMoneyApp, world } from './support/money-world.ts'

useMoneyApp({}, '2026-02-11T19:30:00Z')

describe('daily closings', () => {
  it("computes today's figures of the sample day: expected cash 36 500 (51 500 in, 15 000 refunded), network 30 000, transfer 40 000", async () => {
    const w = await world()
    await sampleDay(w)
    const today = await ok(api('GET', `/api/daily-closings/today?branch_id=${w.a.id}`, w.deskA.token), 200)
    expect(today).toEqual({
      branch_id: w.a.id, branch_name: 'Alpha', business_date: '2026-02-11', cash_payments: 51_500, cash_refunds: 15_000, expected_cash: 36_500,
      network_total: 30_000, transfer_total: 40_000, payments_count: 5, refunds_count: 1, closed: false, closing_id: null,
    })
    // Without branch_id a branch account gets its own branch; an account of every branch must say which.
    expect((await ok(api('GET', '/api/daily-closings/today', w.deskB.token), 200))).toMatchObject({ branch_id: w.b.id, expected_cash: 50_000, payments_count: 1 })
    expect((await api('GET', '/api/daily-closings/today', w.owner.token)).json()).toMatchObject({ code: 'VALIDATION_ERROR', errors: [{ field: 'branch_id' }] })
    expect((await api('GET', `/api/daily-closings/today?branch_id=${w.a.id}`, w.deskB.token)).statusCode).toBe(404)
  })

  it('closes the day with the counted cash, stores the difference and answers 409 DAY_CLOSED to a second closing', async () => {
    const w = await world()
    await sampleDay(w)
    const closing = await ok(api('POST', '/api/daily-closings', w.deskA.token, { branch_id: w.a.id, actual_cash: 36_000, notes: 'Short by 5' }))
    expect(closing).toMatchObject({
      branch_id: w.a.id, branch_name: 'Alpha', business_date: '2026-02-11', expected_cash: 36_500, actual_cash: 36_000, difference: -500,
      network_total: 30_000, transfer_total: 40_000, payments_count: 5, notes: 'Short by 5', closed_by: w.deskA.user.id, closed_by_name: 'Test front_desk',
      created_at: '2026-02-11T19:30:00Z',
    })
    expect(await t.db.selectFrom('audit_log').select(['action', 'entity_id']).where('entity_type', '=', 'daily_closing').execute())
      .toEqual([{ action: 'daily_closing.create', entity_id: closing.id }])
    const again = await api('POST', '/api/daily-closings', w.accA.token, { branch_id: w.a.id, actual_cash: 36_500 })
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({ status: 'error', code: 'DAY_CLOSED' })
    expect(await ok(api('GET', `/api/daily-closings/today?branch_id=${w.a.id}`, w.deskA.token), 200)).toMatchObject({ closed: true, closing_id: closing.id, expected_cash: 36_500 })
    expect(await ok(api('GET', `/api/daily-closings/${closing.id}`, w.central.token), 200)).toEqual(closing)
    expect((await api('GET', `/api/daily-closings/${closing.id}`, w.accB.token)).statusCode).toBe(404)
  })

  it("takes the day from the server's clock: today by default or named, never a future day; the desk closes only today", async () => {
    const w = await world()
    const tomorrow = await api('POST', '/api/daily-closings', w.accA.token, { branch_id: w.a.id, date: '2026-02-12', actual_cash: 0 })
    expect(tomorrow.statusCode).toBe(400)
    expect(tomorrow.json()).toMatchObject({ code: 'VALIDATION_ERROR', errors: [{ field: 'date' }] })
    const deskYesterday = await api('POST', '/api/daily-closings', w.deskA.token, { branch_id: w.a.id, date: '2026-02-10', actual_cash: 0 })
    expect({ status: deskYesterday.statusCode, code: deskYesterday.json().code }).toEqual({ status: 403, code: 'FORBIDDEN' })
    expect(await count('daily_closings')).toBe(0)
    expect(await ok(api('POST', '/api/daily-closings', w.deskA.token, { branch_id: w.a.id, date: '2026-02-11', actual_cash: 0 }))).toMatchObject({ business_date: '2026-02-11', expected_cash: 0, difference: 0 })
    expect((await api('POST', '/api/daily-closings', w.deskB.token, { branch_id: w.a.id, actual_cash: 0 })).statusCode).toBe(404)
    expect((await api('POST', '/api/daily-closings', w.central.token, { branch_id: w.a.id, actual_cash: 0 })).json()).toMatchObject({ code: 'FORBIDDEN' })
  })

  it('a day the desk forgot to close is closed the next morning by the accountant with that day\'s figures, once, and leaves the missing list', async () => {
    const w = await world()
    await sampleDay(w)
    t.clock.set('2026-02-12T08:00:00Z')
    // The morning's own takings are not the forgotten day's.
    await ok(api('POST', '/api/payments/record', w.deskA.token, { customer_id: w.m1.id, amount: 700, payment_method: 'cash', transaction_type: 'other' }))
    expect((await ok(api('GET', '/api/dashboards/accountant', w.accA.token), 200)).closings.missing).toEqual([expect.objectContaining({ branch_id: w.a.id, business_date: '2026-02-11' })])
    // The accountant reads the forgotten day's drawer first; the desk reads only today.
    expect(await ok(api('GET', `/api/daily-closings/today?branch_id=${w.a.id}&date=2026-02-11`, w.accA.token), 200))
      .toMatchObject({ business_date: '2026-02-11', expected_cash: 36_500, payments_count: 5, closed: false })
    expect((await api('GET', `/api/daily-closings/today?branch_id=${w.a.id}&date=2026-02-11`, w.deskA.token)).statusCode).toBe(403)
    expect((await api('GET', `/api/daily-closings/today?branch_id=${w.a.id}&date=2026-02-13`, w.accA.token)).statusCode).toBe(400)
    const late = await ok(api('POST', '/api/daily-closings', w.accA.token, { branch_id: w.a.id, date: '2026-02-11', actual_cash: 36_500, notes: 'Counted next morning' }))
    expect(late).toMatchObject({ business_date: '2026-02-11', expected_cash: 36_500, actual_cash: 36_500, difference: 0, network_total: 30_000, transfer_total: 40_000, payments_count: 5, closed_by: w.accA.user.id })
    const again = await api('POST', '/api/daily-closings', w.mgrA.token, { branch_id: w.a.id, date: '2026-02-11', actual_cash: 1 })
    expect({ status: again.statusCode, code: again.json().code }).toEqual({ status: 409, code: 'DAY_CLOSED' })
    expect((await ok(api('GET', '/api/dashboards/accountant', w.accA.token), 200)).closings.missing).toEqual([])
    expect(await ok(api('GET', `/api/daily-closings/today?branch_id=${w.a.id}&date=2026-02-11`, w.accA.token), 200)).toMatchObject({ closed: true, closing_id: late.id })
    // Today is still open and counts only today's money.
    expect(await ok(api('GET', `/api/daily-closings/today?branch_id=${w.a.id}`, w.deskA.token), 200)).toMatchObject({ business_date: '2026-02-12', expected_cash: 700, closed: false })
    // 31 days back can still be closed; 32 days back is refused, and nothing is written.
    const tooLate = await api('POST', '/api/daily-closings', w.owner.token, { branch_id: w.a.id, date: '2026-01-11', actual_cash: 0 })
    expect({ status: tooLate.statusCode, body: tooLate.json() }).toMatchObject({ status: 400, body: { code: 'VALIDATION_ERROR', errors: [{ field: 'date' }] } })
    expect(await count('daily_closings')).toBe(1)
    expect(await ok(api('POST', '/api/daily-closings', w.owner.token, { branch_id: w.a.id, date: '2026-01-12', actual_cash: 0 }))).toMatchObject({ business_date: '2026-01-12', expected_cash: 0 })
  })

  it('when two tills close the same branch and day at once, one closing is stored and the other gets 409', async () => {
    const w = await world()
    await sampleDay(w)
    const second = await t.secondInstance()
    const results = await Promise.all([t.app, second, t.app, second].map((app, i) =>
      app.inject({ method: 'POST', url: '/api/daily-closings', headers: { authorization: `Bearer ${i % 2 ? w.accA.token : w.deskA.token}` }, payload: { branch_id: w.a.id, actual_cash: 36_500 + i } })))
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409])
    expect(results.filter((r) => r.statusCode === 409).map((r) => r.json().code)).toEqual(['DAY_CLOSED', 'DAY_CLOSED', 'DAY_CLOSED'])
    expect(await count('daily_closings')).toBe(1)
  })

  it('refuses every payment and refund of a closed branch for the rest of the day with 409 DAY_CLOSED, and takes money again the next day', async () => {
    const w = await world()
    const day = await sampleDay(w)
    await ok(api('POST', '/api/daily-closings', w.deskA.token, { branch_id: w.a.id, actual_cash: 36_500 }))
    const before = { payments: await count('payments'), subscriptions: await count('subscriptions'), freezes: await count('subscription_freezes') }
    const m4 = await t.db.insertInto('customers').values({
      full_name: 'Late Comer', phone: '01009999999', email: null, qr_code: 'GYM-LATE', branch_id: w.a.id, weight: null, height: null, gender: null,
      date_of_birth: null, address: null, national_id: null, health_notes: null, created_at: '2026-02-11T00:00:00Z', updated_at: '2026-02-11T00:00:00Z',
    }).returningAll().executeTakeFirstOrThrow()
    const refused = [
      await api('POST', '/api/payments/record', w.deskA.token, { customer_id: w.m1.id, amount: 1_000, payment_method: 'cash', transaction_type: 'other' }),
      await api('POST', `/api/payments/${day.ids.towel}/refund`, w.accA.token, { amount: 500, reason: 'Late refund' }),
      await api('POST', '/api/subscriptions/activate', w.deskA.token, { customer_id: m4.id, service_id: w.plan.id, payment_method: 'cash' }),
      await api('POST', `/api/subscriptions/${day.renewal.id}/renew`, w.deskA.token, { payment_method: 'cash' }),
    ]
    for (const res of refused) expect({ status: res.statusCode, code: res.json().code }).toEqual({ status: 409, code: 'DAY_CLOSED' })
    // A paid freeze too: its payment is refused, so the freeze is not written either.
    const freeze = await api('POST', `/api/subscriptions/${day.sale1.id}/freeze`, w.deskA.token, { days: 2, reason: 'Trip', payment_method: 'cash' })
    expect({ status: freeze.statusCode, code: freeze.json().code }).toEqual({ status: 409, code: 'DAY_CLOSED' })
    expect({ payments: await count('payments'), subscriptions: await count('subscriptions'), freezes: await count('subscription_freezes') }).toEqual(before)

    // Branch B's till is still open.
    await ok(api('POST', '/api/payments/record', w.deskB.token, { customer_id: w.m3.id, amount: 1_000, payment_method: 'cash', transaction_type: 'other' }))
    // The next local day the desk takes money again.
    t.clock.set('2026-02-12T08:00:00Z')
    const next = await ok(api('POST', '/api/payments/record', await w.deskA.again(), { customer_id: w.m1.id, amount: 1_000, payment_method: 'cash', transaction_type: 'other' }))
    expect(next.business_date).toBe('2026-02-12')
  })

  it('when a payment and the closing race, the payment is either counted in the closing or refused', async () => {
    const w = await world()
    await sampleDay(w)
    const second = await t.secondInstance()
    const [closing, payment] = await Promise.all([
      t.app.inject({ method: 'POST', url: '/api/daily-closings', headers: { authorization: `Bearer ${w.accA.token}` }, payload: { branch_id: w.a.id, actual_cash: 0 } }),
      second.inject({ method: 'POST', url: '/api/payments/record', headers: { authorization: `Bearer ${w.deskA.token}` }, payload: { customer_id: w.m1.id, amount: 1_000, payment_method: 'cash', transaction_type: 'other' } }),
    ])
    expect(closing.statusCode).toBe(201)
    const expected = closing.json().data.expected_cash
    if (payment.statusCode === 201) expect(expected).toBe(37_500)
    else expect({ status: payment.statusCode, code: payment.json().code, expected }).toEqual({ status: 409, code: 'DAY_CLOSED', expected: 36_500 })
    const ledger = await ok(api('GET', `/api/payments?branch_id=${w.a.id}&payment_method=cash`, w.accA.token), 200)
    expect(ledger.totals.net).toBe(expected)
  })

  it('lists closings by branch and date range, scoped, and answers the same list as CSV', async () => {
    const w = await world()
    await sampleDay(w)
    const a = await ok(api('POST', '/api/daily-closings', w.deskA.token, { branch_id: w.a.id, actual_cash: 36_000 }))
    const b = await ok(api('POST', '/api/daily-closings', w.deskB.token, { branch_id: w.b.id, actual_cash: 50_000, notes: '=1+1' }))
    t.clock.set('2026-02-12T20:00:00Z')
    const a2 = await ok(api('POST', '/api/daily-closings', await w.accA.again(), { branch_id: w.a.id, actual_cash: 100 }))
    expect(a2).toMatchObject({ business_date: '2026-02-12', expected_cash: 0, difference: 100 })

    const owner = await w.owner.again()
    const all = await ok(api('GET', '/api/daily-closings', owner), 200)
    expect(all.items.map((c: { id: number }) => c.id)).toEqual([a2.id, a.id, b.id])
    expect((await ok(api('GET', `/api/daily-closings?branch_id=${w.a.id}&from=2026-02-11&to=2026-02-11`, owner), 200)).items.map((c: { id: number }) => c.id)).toEqual([a.id])
    expect((await ok(api('GET', '/api/daily-closings', await w.accB.again()), 200)).items.map((c: { id: number }) => c.id)).toEqual([b.id])
    expect((await api('GET', `/api/daily-closings?branch_id=${w.a.id}`, await w.accB.again())).statusCode).toBe(404)

    const csv = await api('GET', '/api/daily-closings?format=csv', owner)
    const rows = parseCsv(csv.body)
    expect(rows.map((r) => [r.id, r.business_date, r.expected_cash, r.actual_cash, r.difference, r.notes]))
      .toEqual(all.items.map((c: Record<string, unknown>) => [String(c.id), c.business_date, String(c.expected_cash), String(c.actual_cash), String(c.difference), c.notes === null ? '' : c.notes === '=1+1' ? "'=1+1" : c.notes]))
  })
})
