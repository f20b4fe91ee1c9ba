// The staff app's dialect beyond field shapes: money in major units reaches the ledger exactly,
// the desk's trainer picker shows trainers only, and the login answer carries user and gym.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createService, createStaff, STAFF_PASSWORD } from '../support/factories.ts'

const B = '/flutter/api'

describe('staff app dialect', () => {
  let t: TestApp
  let desk: string
  let branchId: number
  beforeAll(async () => {
    t = await createTestApp()
    branchId = (await createBranch(t.db)).id
    const user = await createStaff(t.db, 'front_desk', branchId)
    const login = await call(t.app, 'POST', `${B}/auth/login`, { body: { username: user.username, password: STAFF_PASSWORD } })
    expect(login.json().data).toMatchObject({ user: { role: 'front_desk', branch_id: branchId, preferred_language: null }, gym: { name: expect.any(String) } })
    desk = login.json().data.access_token
  })
  afterAll(async () => t.close())

  it('sells at the amount typed in major units (450.50 → 45050 minor units in the ledger)', async () => {
    const member = await createCustomer(t.db, { branch_id: branchId })
    const plan = await createService(t.db, { price: 50_000 })
    const res = await call(t.app, 'POST', `${B}/subscriptions/activate`, { token: desk, body: { customer_id: member.id, service_id: plan.id, amount: 450.5, payment_method: 'card' } })
    expect(res.statusCode, res.body).toBe(201)
    const payment = await t.db.selectFrom('payments').selectAll().where('customer_id', '=', member.id).executeTakeFirstOrThrow()
    expect(payment).toMatchObject({ amount: 45_050, payment_method: 'network' })
    const plans = await call(t.app, 'GET', `${B}/services`, { token: desk })
    expect(plans.json().data.items.find((p: { id: number }) => p.id === plan.id).price).toBe(500)
  })

  it("shows the desk only its branch's trainers, by name, whatever role it asks for", async () => {
    const trainer = await createStaff(t.db, 'trainer', branchId)
    await createStaff(t.db, 'branch_manager', branchId)
    const res = await call(t.app, 'GET', `${B}/users?role=branch_manager`, { token: desk })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().data.items).toEqual([{ id: trainer.id, full_name: trainer.full_name, role: 'trainer', branch_id: branchId, is_active: true }])
  })

  it('keeps the staff API login answer as it was', async () => {
    const user = await createStaff(t.db, 'front_desk', branchId)
    const res = await call(t.app, 'POST', '/api/auth/login', { body: { username: user.username, password: STAFF_PASSWORD } })
    expect(res.json()).not.toHaveProperty('success')
    expect(res.json().data).not.toHaveProperty('gym')
  })
})
