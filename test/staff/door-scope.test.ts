// The door through HTTP, on SQLite and PostgreSQL: branch isolation, who may use the door, and bad input.
import { describe, expect, it } from 'vitest'
import { call } from '../support/app.ts'
import { createBranch, createCustomer, createService, createStaff, createSubscription, staffToken } from '../support/factories.ts'
import { CHECK_IN, closeAppAfterEach, door } from './support/door-world.ts'

closeAppAfterEach()

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
