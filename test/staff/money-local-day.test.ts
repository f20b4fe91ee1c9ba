// The business day of money in a zone with daylight saving: in New York the clocks go forward on
// 2026-03-08, and a sale at 23:30 that evening (03:30 UTC on the 9th) belongs to the 8th in the
// ledger and in the closing; a quarter past midnight starts the 9th.
import { describe, expect, it } from 'vitest'
import { api, ok, t, useMoneyApp, world } from './support/money-world.ts'

useMoneyApp({ GYM_TIMEZONE: 'America/New_York' }, '2026-03-08T05:30:00Z')

describe('the gym-local business day across a DST change', () => {
  it('counts a sale at 23:30 local time on the day it was made, in the ledger and in the closing', async () => {
    const w = await world()
    // 00:30 EST on March 8.
    const early = await ok(api('POST', '/api/subscriptions/activate', w.deskA.token, { customer_id: w.m1.id, service_id: w.plan.id, payment_method: 'cash' }))
    expect(early.payment.business_date).toBe('2026-03-08')
    // 23:30 EDT on March 8 = 03:30 UTC on March 9.
    t.clock.set('2026-03-09T03:30:00Z')
    const desk = await w.deskA.again()
    const late = await ok(api('POST', '/api/subscriptions/activate', desk, { customer_id: w.m2.id, service_id: w.plan.id, amount: 30_000, payment_method: 'cash' }))
    expect(late.payment).toMatchObject({ business_date: '2026-03-08', reference: expect.stringMatching(/^PAY-20260308-/) })

    const acc = await w.accA.again()
    const day8 = await ok(api('GET', '/api/payments?from=2026-03-08&to=2026-03-08', acc), 200)
    expect(day8.items.map((i: { id: number }) => i.id)).toEqual([late.payment.id, early.payment.id])
    expect(day8.totals.net).toBe(80_000)
    expect((await ok(api('GET', '/api/payments?from=2026-03-09', acc), 200)).total).toBe(0)

    t.clock.set('2026-03-09T03:45:00Z')
    const today = await ok(api('GET', '/api/daily-closings/today', await w.deskA.again()), 200)
    expect(today).toMatchObject({ business_date: '2026-03-08', expected_cash: 80_000, payments_count: 2 })
    const closing = await ok(api('POST', '/api/daily-closings', await w.deskA.again(), { branch_id: w.a.id, date: '2026-03-08', actual_cash: 80_000 }))
    expect(closing).toMatchObject({ business_date: '2026-03-08', expected_cash: 80_000, difference: 0 })

    // 00:15 EDT on March 9: a new day, open again.
    t.clock.set('2026-03-09T04:15:00Z')
    const next = await ok(api('POST', '/api/payments/record', await w.deskA.again(), { customer_id: w.m1.id, amount: 1_000, payment_method: 'cash', transaction_type: 'other' }))
    expect(next.business_date).toBe('2026-03-09')
    expect(await ok(api('GET', '/api/daily-closings/today', await w.deskA.again()), 200)).toMatchObject({ business_date: '2026-03-09', expected_cash: 1_000, closed: false })
  })
})
