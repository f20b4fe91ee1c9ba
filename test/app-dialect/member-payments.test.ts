// The members' app's payments history: the member's ledger rows by plan, in major units, a refund
// (transaction_type 'refund', refund_of set) counted as a negative line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createService, createStaff, staffToken } from '../support/factories.ts'

describe("members' app dialect: payments", () => {
  let t: TestApp
  beforeAll(async () => { t = await createTestApp() })
  afterAll(async () => t.close())

  it('groups payments by plan, subtracts discounts and refunds, and keeps other payments apart', async () => {
    const branch = await createBranch(t.db)
    const desk = await staffToken(t.app, (await createStaff(t.db, 'front_desk', branch.id)).username)
    const member = await createCustomer(t.db, { branch_id: branch.id })
    const stranger = await createCustomer(t.db, { branch_id: branch.id })
    const plan = await createService(t.db, { name: 'Monthly Gym', price: 50_000 })
    const sale = await call(t.app, 'POST', '/api/subscriptions/activate', { token: desk, body: { customer_id: member.id, service_id: plan.id, discount: 5_000, payment_method: 'cash' } })
    expect(sale.statusCode, sale.body).toBe(201)
    const paid = await t.db.selectFrom('payments').selectAll().where('customer_id', '=', member.id).executeTakeFirstOrThrow()
    const row = { branch_id: branch.id, discount: 0, payment_method: 'cash' as const, notes: null, created_by: null, business_date: '2026-02-11' }
    await t.db.insertInto('payments').values({ ...row, reference: 'PAY-R-1', customer_id: member.id, subscription_id: paid.subscription_id, amount: 10_000, transaction_type: 'refund', refund_of: paid.id, created_at: '2026-02-11T10:00:00Z' }).execute()
    await t.db.insertInto('payments').values({ ...row, reference: 'PAY-O-1', customer_id: member.id, subscription_id: null, amount: 2_550, transaction_type: 'other', created_at: '2026-02-11T11:00:00Z' }).execute()
    await t.db.insertInto('payments').values({ ...row, reference: 'PAY-S-1', customer_id: stranger.id, subscription_id: null, amount: 9_900, transaction_type: 'other', created_at: '2026-02-11T11:00:00Z' }).execute()

    await call(t.app, 'POST', '/flutter/api/client/request-activation', { body: { identifier: member.phone } })
    const signedIn = await call(t.app, 'POST', '/flutter/api/client/verify-activation', { body: { identifier: member.phone, activation_code: t.notifier.lastCodeFor(member.phone) } })
    const res = await call(t.app, 'GET', '/flutter/api/client/payments', { token: signedIn.json().data.access_token })
    expect(res.statusCode, res.body).toBe(200)
    const data = res.json().data
    expect(data.subscriptions).toHaveLength(1)
    expect(data.subscriptions[0]).toMatchObject({ service_name: 'Monthly Gym', status: 'active', total_paid: 350 })
    expect(data.subscriptions[0].payments.map((p: { amount: number; discount: number; transaction_type: string }) => [p.amount, p.discount, p.transaction_type]))
      .toEqual([[500, 50, 'subscription'], [-100, 0, 'refund']])
    expect(data.other_payments).toHaveLength(1)
    expect(data.other_total).toBe(25.5)
    expect(data.total_paid).toBe(375.5)
  })
})
