// The ledger through /api/payments: the sample day's rows, filters and totals (computed by hand),
// scope, paging, the receipt, a payment taken outside a sale, and the CSV answer.
import { describe, expect, it } from 'vitest'
import { api, count, ok, parseCsv, sampleDay, t, useMoneyApp, world } from './support/money-world.ts'

useMoneyApp()

const sums = (gross: number, discount: number, refunds: number, payments: number, refundsCount: number) =>
  ({ gross, discount, refunds, net: gross - discount - refunds, payments_count: payments, refunds_count: refundsCount })

describe('the ledger', () => {
  it("lists branch A's sample day with totals gross 137 000, discount 15 500, refunds 15 000, net 106 500, by method", async () => {
    const w = await world()
    const day = await sampleDay(w)
    const data = await ok(api('GET', `/api/payments?branch_id=${w.a.id}`, w.accA.token), 200)
    expect(data.total).toBe(6)
    expect(data.totals).toEqual({
      ...sums(137_000, 15_500, 15_000, 5, 1),
      by_method: { cash: sums(57_000, 5_500, 15_000, 3, 1), network: sums(30_000, 0, 0, 1, 0), transfer: sums(50_000, 10_000, 0, 1, 0) },
    })
    // Newest first; every kind of row is there once, each on the gym's local day.
    expect(data.items.map((i: { id: number }) => i.id)).toEqual([day.ids.refund, day.ids.towel, day.ids.freeze, day.ids.renewal, day.ids.sale2, day.ids.sale1])
    expect(data.items.map((i: { transaction_type: string }) => i.transaction_type)).toEqual(['refund', 'other', 'freeze', 'renewal', 'subscription', 'subscription'])
    expect(data.items.map((i: { net: number }) => i.net)).toEqual([-15_000, 1_500, 5_000, 40_000, 30_000, 45_000])
    expect(data.items[0]).toMatchObject({
      branch_name: 'Alpha', customer_name: 'Karim Nabil', plan_name: 'Monthly Gym', payment_method: 'cash', amount: 15_000, discount: 0,
      refund_of: day.ids.sale1, refund_of_reference: day.sale1.payment.reference, notes: 'Charged twice for the locker',
      staff_id: w.accA.user.id, business_date: '2026-02-11', created_at: '2026-02-11T09:30:00Z',
    })
  })

  it('filters by member, staff, method, type and local date range, with totals of what is selected', async () => {
    const w = await world()
    const day = await sampleDay(w)
    const get = async (query: string) => ok(api('GET', `/api/payments?${query}`, w.owner.token), 200)

    const all = await get('')
    expect(all.total).toBe(7)
    expect(all.totals).toMatchObject(sums(187_000, 15_500, 15_000, 6, 1))

    const m1 = await get(`customer_id=${w.m1.id}`)
    expect(m1.items.map((i: { id: number }) => i.id).sort()).toEqual([day.ids.sale1, day.ids.renewal, day.ids.towel, day.ids.refund].sort())
    expect(m1.totals).toMatchObject(sums(102_000, 15_500, 15_000, 3, 1))

    const byAccountant = await get(`staff_id=${w.accA.user.id}`)
    expect(byAccountant.items.map((i: { id: number }) => i.id)).toEqual([day.ids.refund])
    expect(byAccountant.totals).toMatchObject(sums(0, 0, 15_000, 0, 1))

    const cashA = await get(`branch_id=${w.a.id}&payment_method=cash`)
    expect(cashA.total).toBe(4)
    expect(cashA.totals).toMatchObject(sums(57_000, 5_500, 15_000, 3, 1))
    expect(cashA.totals.by_method.network).toEqual(sums(0, 0, 0, 0, 0))

    const refunds = await get('transaction_type=refund')
    expect(refunds.totals).toMatchObject({ gross: 0, refunds: 15_000, net: -15_000 })
    expect((await get('transaction_type=renewal')).items.map((i: { id: number }) => i.id)).toEqual([day.ids.renewal])

    expect((await get('from=2026-02-11&to=2026-02-11')).total).toBe(7)
    expect((await get('from=2026-02-12')).totals).toMatchObject(sums(0, 0, 0, 0, 0))
    expect((await get('to=2026-02-10')).total).toBe(0)
    const backwards = await api('GET', '/api/payments?from=2026-02-12&to=2026-02-11', w.owner.token)
    expect(backwards.statusCode).toBe(400)
    expect(backwards.json()).toMatchObject({ code: 'VALIDATION_ERROR', errors: [{ field: 'from' }] })
  })

  it('pages the rows while the totals cover every page', async () => {
    const w = await world()
    await sampleDay(w)
    const page2 = await ok(api('GET', `/api/payments?branch_id=${w.a.id}&per_page=4&page=2`, w.accA.token), 200)
    expect(page2).toMatchObject({ total: 6, page: 2, per_page: 4, pages: 2 })
    expect(page2.items).toHaveLength(2)
    expect(page2.totals.net).toBe(106_500)
  })

  it("shows branch-scoped staff their own branch only: another branch's ledger and receipts answer 404", async () => {
    const w = await world()
    const day = await sampleDay(w)
    const deskB = await ok(api('GET', '/api/payments', w.deskB.token), 200)
    expect(deskB.items.map((i: { id: number }) => i.id)).toEqual([day.ids.saleB])
    expect(deskB.totals.net).toBe(50_000)
    expect((await api('GET', `/api/payments?branch_id=${w.a.id}`, w.deskB.token)).statusCode).toBe(404)
    expect((await api('GET', `/api/payments/${day.ids.sale1}`, w.accB.token)).statusCode).toBe(404)
    const central = await ok(api('GET', `/api/payments?branch_id=${w.b.id}`, w.central.token), 200)
    expect(central.totals.net).toBe(50_000)
  })

  it('answers a receipt: reference, branch, member, staff, method, plan, amounts, refunds and what is left', async () => {
    const w = await world()
    const day = await sampleDay(w)
    const receipt = await ok(api('GET', `/api/payments/${day.ids.sale1}`, w.deskA.token), 200)
    expect(receipt).toMatchObject({
      id: day.ids.sale1, reference: expect.stringMatching(/^PAY-20260211-[0-9A-Z]{8}$/), branch_id: w.a.id, branch_name: 'Alpha',
      customer_id: w.m1.id, customer_name: 'Karim Nabil', customer_phone: w.m1.phone, staff_id: w.deskA.user.id, staff_name: 'Test front_desk',
      payment_method: 'cash', transaction_type: 'subscription', subscription_id: day.sale1.id, plan_id: w.plan.id, plan_name: 'Monthly Gym',
      amount: 50_000, discount: 5_000, net: 45_000, refunded: 15_000, refundable: 30_000,
    })
    expect(receipt.refunds).toEqual([expect.objectContaining({ id: day.ids.refund, amount: 15_000, transaction_type: 'refund', notes: 'Charged twice for the locker', staff_name: 'Test accountant' })])
    const ofRefund = await ok(api('GET', `/api/payments/${day.ids.refund}`, w.deskA.token), 200)
    expect(ofRefund).toMatchObject({ refund_of: day.ids.sale1, refunds: [], refunded: 0, refundable: 0 })
    expect((await api('GET', '/api/payments/999999', w.owner.token)).statusCode).toBe(404)
  })

  it("records an 'other' payment at the member's branch, audited; plan kinds need the member's own plan", async () => {
    const w = await world()
    const res = await ok(api('POST', '/api/payments/record', w.deskA.token, { customer_id: w.m1.id, amount: 3_000, payment_method: 'network', transaction_type: 'other', notes: ' Protein bar ' }))
    expect(res).toMatchObject({ branch_id: w.a.id, amount: 3_000, discount: 0, net: 3_000, transaction_type: 'other', notes: 'Protein bar', subscription_id: null, refundable: 3_000 })
    const audit = await t.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'payment').execute()
    expect(audit).toEqual([expect.objectContaining({ action: 'payment.record', entity_id: res.id, actor_id: w.deskA.user.id, branch_id: w.a.id })])

    const noPlan = await api('POST', '/api/payments/record', w.deskA.token, { customer_id: w.m1.id, amount: 3_000, payment_method: 'cash', transaction_type: 'renewal' })
    expect(noPlan.statusCode).toBe(400)
    expect(noPlan.json()).toMatchObject({ code: 'VALIDATION_ERROR', errors: [{ field: 'subscription_id' }] })
    const sale = await ok(api('POST', '/api/subscriptions/activate', w.deskA.token, { customer_id: w.m2.id, service_id: w.plan.id, payment_method: 'cash' }))
    const notTheirs = await api('POST', '/api/payments/record', w.deskA.token, { customer_id: w.m1.id, subscription_id: sale.id, amount: 3_000, payment_method: 'cash', transaction_type: 'subscription' })
    expect(notTheirs.statusCode).toBe(404)
    const instalment = await ok(api('POST', '/api/payments/record', w.deskA.token, { customer_id: w.m2.id, subscription_id: sale.id, amount: 10_000, payment_method: 'cash', transaction_type: 'subscription' }))
    expect(instalment).toMatchObject({ subscription_id: sale.id, plan_name: 'Monthly Gym' })

    const tooMuchDiscount = await api('POST', '/api/payments/record', w.deskA.token, { customer_id: w.m1.id, amount: 1_000, discount: 1_001, payment_method: 'cash', transaction_type: 'other' })
    expect(tooMuchDiscount.statusCode).toBe(400)
    const refundByHand = await api('POST', '/api/payments/record', w.deskA.token, { customer_id: w.m1.id, amount: 1_000, payment_method: 'cash', transaction_type: 'refund' })
    expect(refundByHand.statusCode).toBe(400)
    const otherBranch = await api('POST', '/api/payments/record', w.deskA.token, { customer_id: w.m3.id, amount: 1_000, payment_method: 'cash', transaction_type: 'other' })
    expect(otherBranch.statusCode).toBe(404)
    expect(await count('payments')).toBe(3)
  })

  it('answers the same rows as CSV, one flat line per ledger row', async () => {
    const w = await world()
    await sampleDay(w)
    const json = await ok(api('GET', `/api/payments?branch_id=${w.a.id}`, w.accA.token), 200)
    const res = await api('GET', `/api/payments?branch_id=${w.a.id}&format=csv`, w.accA.token)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    const rows = parseCsv(res.body)
    expect(rows).toHaveLength(json.items.length)
    json.items.forEach((item: Record<string, unknown>, i: number) => {
      for (const key of ['id', 'reference', 'business_date', 'transaction_type', 'payment_method', 'amount', 'discount', 'net', 'customer_name', 'staff_name']) {
        expect(rows[i]![key], key).toBe(String(item[key]))
      }
    })
    expect(rows.reduce((sum, r) => sum + Number(r.net), 0)).toBe(json.totals.net)
  })

  it('documents the money routes in OpenAPI with the roles each admits', async () => {
    const doc = (await api('GET', '/openapi.json', '')).json()
    expect(doc.paths['/api/payments/{id}/refund'].post['x-allowed-roles']).toEqual(['owner', 'branch_manager', 'accountant'])
    expect(doc.paths['/api/payments/record'].post['x-allowed-roles']).toEqual(['owner', 'branch_manager', 'accountant', 'front_desk'])
    expect(doc.paths['/api/daily-closings'].post['x-allowed-roles']).toEqual(['owner', 'branch_manager', 'accountant', 'front_desk'])
    expect(doc.paths['/api/expenses/{id}/review'].post['x-allowed-roles']).toEqual(['owner', 'branch_manager', 'central_accountant', 'accountant'])
    expect(doc.paths['/api/payments'].get.responses['200']).toBeDefined()
  })
})
