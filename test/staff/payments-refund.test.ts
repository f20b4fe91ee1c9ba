// Refunds through /api/payments/{id}/refund: new ledger rows that never exceed what is left of a
// payment, also when several arrive at once; a refund is never refunded; who may refund.
import { describe, expect, it } from 'vitest'
import { api, count, ok, t, useMoneyApp, world } from './support/money-world.ts'

useMoneyApp()

async function towel(w: Awaited<ReturnType<typeof world>>, amount = 10_000, discount = 0) {
  return ok(api('POST', '/api/payments/record', w.deskA.token, { customer_id: w.m1.id, amount, discount, payment_method: 'network', transaction_type: 'other' }))
}

describe('refunds', () => {
  it('refunds up to amount − discount − earlier refunds, as new rows with the same method, and refuses a cent more', async () => {
    const w = await world()
    const paid = await towel(w, 10_000, 2_000)
    const before = await t.db.selectFrom('payments').selectAll().where('id', '=', paid.id).executeTakeFirstOrThrow()

    const first = await ok(api('POST', `/api/payments/${paid.id}/refund`, w.accA.token, { amount: 3_000, reason: 'Wrong size' }))
    expect(first).toMatchObject({ refunded: 3_000, refundable: 5_000 })
    expect(first.refunds[0]).toMatchObject({ transaction_type: 'refund', amount: 3_000, discount: 0, payment_method: 'network', refund_of: paid.id, notes: 'Wrong size', customer_id: w.m1.id, branch_id: w.a.id })

    const tooMuch = await api('POST', `/api/payments/${paid.id}/refund`, w.mgrA.token, { amount: 5_001, reason: 'Everything' })
    expect(tooMuch.statusCode).toBe(422)
    expect(tooMuch.json()).toMatchObject({ code: 'BUSINESS_RULE', message: 'At most 5000 of this payment is left to refund; 5001 was asked for.', field: 'amount' })

    expect(await ok(api('POST', `/api/payments/${paid.id}/refund`, w.owner.token, { amount: 5_000, reason: 'The rest' }))).toMatchObject({ refunded: 8_000, refundable: 0 })
    expect((await api('POST', `/api/payments/${paid.id}/refund`, w.accA.token, { amount: 1, reason: 'One more' })).statusCode).toBe(422)

    // Nothing was changed in place: the payment row is as it was, the refunds are rows of their own, each audited.
    expect(await t.db.selectFrom('payments').selectAll().where('id', '=', paid.id).executeTakeFirstOrThrow()).toEqual(before)
    expect(await count('payments', "where transaction_type = 'refund'")).toBe(2)
    const audit = await t.db.selectFrom('audit_log').select(['action', 'actor_id']).where('action', '=', 'payment.refund').orderBy('id').execute()
    expect(audit).toEqual([{ action: 'payment.refund', actor_id: w.accA.user.id }, { action: 'payment.refund', actor_id: w.owner.user.id }])
  })

  it('refuses to refund a refund, a payment with nothing left, and a zero or blank refund', async () => {
    const w = await world()
    const paid = await towel(w)
    const refunded = await ok(api('POST', `/api/payments/${paid.id}/refund`, w.accA.token, { amount: 1_000, reason: 'Part' }))
    const ofRefund = await api('POST', `/api/payments/${refunded.refunds[0].id}/refund`, w.accA.token, { amount: 500, reason: 'Undo' })
    expect(ofRefund.statusCode).toBe(422)
    expect(ofRefund.json()).toMatchObject({ code: 'BUSINESS_RULE', message: 'A refund cannot be refunded.' })
    const free = await towel(w, 1_000, 1_000)
    expect((await api('POST', `/api/payments/${free.id}/refund`, w.accA.token, { amount: 1, reason: 'Free' })).json()).toMatchObject({ code: 'BUSINESS_RULE' })
    expect((await api('POST', `/api/payments/${paid.id}/refund`, w.accA.token, { amount: 0, reason: 'Zero' })).statusCode).toBe(400)
    expect((await api('POST', `/api/payments/${paid.id}/refund`, w.accA.token, { amount: 10, reason: '   ' })).statusCode).toBe(400)
    expect(await count('payments', "where transaction_type = 'refund'")).toBe(1)
  })

  it("lets only the branch's money people refund: the front desk and the central accountant get 403, another branch 404", async () => {
    const w = await world()
    const paid = await towel(w)
    expect((await api('POST', `/api/payments/${paid.id}/refund`, w.deskA.token, { amount: 100, reason: 'Desk' })).json()).toMatchObject({ code: 'FORBIDDEN' })
    expect((await api('POST', `/api/payments/${paid.id}/refund`, w.central.token, { amount: 100, reason: 'Central' })).json()).toMatchObject({ code: 'FORBIDDEN' })
    expect((await api('POST', `/api/payments/${paid.id}/refund`, w.accB.token, { amount: 100, reason: 'Other branch' })).statusCode).toBe(404)
    expect(await count('payments', "where transaction_type = 'refund'")).toBe(0)
  })

  it('when five refunds of 3 000 of a 10 000 payment arrive at once, exactly three pass and 9 000 is refunded', async () => {
    const w = await world()
    const paid = await towel(w)
    const second = await t.secondInstance()
    const results = await Promise.all([0, 1, 2, 3, 4].map((i) =>
      (i % 2 ? second : t.app).inject({ method: 'POST', url: `/api/payments/${paid.id}/refund`, headers: { authorization: `Bearer ${w.accA.token}` }, payload: { amount: 3_000, reason: `Refund ${i}` } })))
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 201, 201, 422, 422])
    const rows = await t.db.selectFrom('payments').select('amount').where('refund_of', '=', paid.id).execute()
    expect(rows.reduce((s, r) => s + r.amount, 0)).toBe(9_000)
    expect((await ok(api('GET', `/api/payments/${paid.id}`, w.accA.token), 200)).refundable).toBe(1_000)
  })
})
