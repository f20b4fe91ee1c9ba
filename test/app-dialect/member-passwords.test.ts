// The behaviours behind the members' app dialect: the pass in qr_code opens the door, dialect
// sessions refresh without rotating (the brief's API still rotates and detects reuse), temporary
// passwords force a change, forgot/reset by code, and failed-password throttling.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createService, createStaff, createSubscription, signInMember, staffToken } from '../support/factories.ts'

const B = '/flutter/api/client'

describe("members' app dialect: passes, refresh, passwords", () => {
  let t: TestApp
  let desk: string
  let branchId: number

  beforeAll(async () => {
    t = await createTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '100000', ACTIVATION_MAX_REQUESTS: '1000', REFRESH_REUSE_INTERVAL: '10' } })
    const branch = await createBranch(t.db)
    branchId = branch.id
    desk = await staffToken(t.app, (await createStaff(t.db, 'front_desk', branch.id)).username)
  })
  afterAll(async () => t.close())

  async function memberWithPassword() {
    const member = await createCustomer(t.db, { branch_id: branchId })
    const issued = await call(t.app, 'POST', `/flutter/api/customers/${member.id}/reset-password`, { token: desk, body: {} })
    expect(issued.statusCode, issued.body).toBe(200)
    return { member, temporary: issued.json().data.temporary_password as string }
  }

  it('stores the temporary password only as argon2id and shows it once', async () => {
    const { member, temporary } = await memberWithPassword()
    expect(temporary).toMatch(/^[0-9A-Z]{10}$/)
    const row = await t.db.selectFrom('customers').select(['password_hash', 'is_password_temporary']).where('id', '=', member.id).executeTakeFirstOrThrow()
    expect(row.password_hash).toMatch(/^\$argon2id\$/)
    expect(row.is_password_temporary).toBe(true)
    const shown = await call(t.app, 'GET', `/flutter/api/customers/${member.id}`, { token: desk })
    expect(shown.body).not.toContain(temporary)
    expect(shown.body).not.toContain('argon2')
  })

  it("issues a temporary password through the staff API too, audited without the password, in the desk's scope only", async () => {
    const member = await createCustomer(t.db, { branch_id: branchId })
    const res = await call(t.app, 'POST', `/api/customers/${member.id}/reset-password`, { token: desk, body: {} })
    expect(res.statusCode, res.body).toBe(200)
    const password = res.json().data.temporary_password
    expect(password).toMatch(/^[0-9A-Z]{10}$/)
    const audit = await t.db.selectFrom('audit_log').selectAll().where('entity_id', '=', member.id).where('action', '=', 'customer.issue_temporary_password').execute()
    expect(audit).toHaveLength(1)
    expect(JSON.stringify(audit)).not.toContain(password)
    const elsewhere = await createCustomer(t.db, { branch_id: (await createBranch(t.db)).id })
    expect((await call(t.app, 'POST', `/api/customers/${elsewhere.id}/reset-password`, { token: desk, body: {} })).statusCode).toBe(404)
    const login = await call(t.app, 'POST', `${B}/auth/login`, { body: { phone: member.phone, password } })
    expect(login.statusCode).toBe(200)
  })

  it('forces a change after signing in with the temporary password, then admits', async () => {
    const { member, temporary } = await memberWithPassword()
    const login = await call(t.app, 'POST', `${B}/auth/login`, { body: { phone: member.phone, password: temporary } })
    expect(login.statusCode, login.body).toBe(200)
    expect(login.json().data.must_change_password).toBe(true)
    const token = login.json().data.access_token
    const otherDevice = (await call(t.app, 'POST', `${B}/auth/login`, { body: { phone: member.phone, password: temporary } })).json().data.access_token
    const blocked = await call(t.app, 'GET', `${B}/me`, { token })
    expect(blocked.statusCode).toBe(403)
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED')
    const changed = await call(t.app, 'POST', `${B}/change-password`, { token, body: { current_password: temporary, new_password: 'my-own-password' } })
    expect(changed.statusCode, changed.body).toBe(200)
    expect((await call(t.app, 'GET', `${B}/me`, { token })).statusCode).toBe(200)
    expect((await call(t.app, 'GET', `${B}/me`, { token: otherDevice })).json().code).toBe('TOKEN_REVOKED')
    const old = await call(t.app, 'POST', `${B}/auth/login`, { body: { phone: member.phone, password: temporary } })
    expect(old.statusCode).toBe(401)
  })

  it("draws a pass in qr_code that the door verifies and admits", async () => {
    const { member, temporary } = await memberWithPassword()
    const plan = await createService(t.db)
    await createSubscription(t.db, { customerId: member.id, serviceId: plan.id, branchId, start: '2026-02-01', end: '2026-03-01' })
    const token = (await call(t.app, 'POST', `${B}/auth/login`, { body: { phone: member.phone, password: temporary } })).json().data.access_token
    await call(t.app, 'POST', `${B}/change-password`, { token, body: { current_password: temporary, new_password: 'my-own-password' } })
    const me = await call(t.app, 'GET', `${B}/me`, { token })
    expect(me.json().data.qr_code).not.toBe(member.qr_code)
    const door = await call(t.app, 'POST', '/api/entries/check-in', { token: desk, body: { qr_token: me.json().data.qr_code } })
    expect(door.json().data).toMatchObject({ allowed: true, reason: 'OK' })
    const refreshed = await call(t.app, 'POST', `${B}/refresh-qr`, { token, headers: { 'content-type': 'application/json' } })
    expect(refreshed.statusCode, refreshed.body).toBe(200)
    expect(Date.parse(refreshed.json().data.expires_at) - t.clock.now().getTime()).toBe(t.config.qrTokenTtl * 1000)
    t.clock.advance(t.config.qrTokenTtl + 1)
    const late = await call(t.app, 'POST', '/api/entries/check-in', { token: desk, body: { qr_token: refreshed.json().data.qr_code } })
    expect(late.json().data).toMatchObject({ allowed: false, reason: 'QR_EXPIRED' })
  })

  it('refreshes a dialect session without rotating: the first refresh token keeps working until logout', async () => {
    const member = await createCustomer(t.db, { branch_id: branchId })
    await call(t.app, 'POST', `${B}/request-activation`, { body: { identifier: member.phone } })
    const verified = await call(t.app, 'POST', `${B}/verify-activation`, { body: { identifier: member.phone, activation_code: t.notifier.lastCodeFor(member.phone) } })
    const first = verified.json().data.refresh_token
    t.clock.advance(60)
    const a = await call(t.app, 'POST', `${B}/auth/refresh`, { body: { refresh_token: first } })
    expect(a.json()).toMatchObject({ success: true, data: { refresh_token: first } })
    t.clock.advance(3600)
    const b = await call(t.app, 'POST', `${B}/refresh`, { body: { refresh_token: first } })
    expect(b.statusCode, b.body).toBe(200)
    expect((await call(t.app, 'GET', `${B}/me`, { token: b.json().data.access_token })).statusCode).toBe(200)
    await call(t.app, 'POST', `${B}/auth/logout`, { token: b.json().data.access_token, headers: { 'content-type': 'application/json' } })
    const after = await call(t.app, 'POST', `${B}/auth/refresh`, { body: { refresh_token: first } })
    expect(after.statusCode).toBe(401)
    expect(after.json().code).toBe('TOKEN_REVOKED')
  })

  it('ends a dialect session on deactivation', async () => {
    const member = await createCustomer(t.db, { branch_id: branchId })
    await call(t.app, 'POST', `${B}/request-activation`, { body: { identifier: member.phone } })
    const verified = await call(t.app, 'POST', `${B}/verify-activation`, { body: { identifier: member.phone, activation_code: t.notifier.lastCodeFor(member.phone) } })
    await call(t.app, 'POST', `/api/customers/${member.id}/deactivate`, { token: desk, body: {} })
    const res = await call(t.app, 'POST', `${B}/auth/refresh`, { body: { refresh_token: verified.json().data.refresh_token } })
    expect(res.statusCode).toBe(401)
  })

  it("keeps rotation and reuse detection on the brief's /api/clients/refresh", async () => {
    const member = await createCustomer(t.db, { branch_id: branchId })
    const { refreshToken } = await signInMember(t.app, t.notifier, member.phone)
    const rotated = await call(t.app, 'POST', '/api/clients/refresh', { body: { refresh_token: refreshToken } })
    expect(rotated.json().data.refresh_token).not.toBe(refreshToken)
    t.clock.advance(11)
    const reused = await call(t.app, 'POST', '/api/clients/refresh', { body: { refresh_token: refreshToken } })
    expect(reused.json().code).toBe('TOKEN_REVOKED')
  })

  it('resets a forgotten password with a 6-digit code under the activation rules', async () => {
    const { member } = await memberWithPassword()
    await call(t.app, 'POST', `${B}/auth/forgot-password`, { body: { identifier: member.phone } })
    const code = t.notifier.lastCodeFor(member.phone)!
    expect(code).toMatch(/^\d{6}$/)
    const wrong = await call(t.app, 'POST', `${B}/auth/reset-password`, { body: { identifier: member.phone, code: code === '000000' ? '111111' : '000000', new_password: 'brand-new-pass' } })
    expect(wrong.json().code).toBe('INVALID_CODE')
    const ok = await call(t.app, 'POST', `${B}/auth/reset-password`, { body: { identifier: member.phone, code, new_password: 'brand-new-pass' } })
    expect(ok.statusCode, ok.body).toBe(200)
    const again = await call(t.app, 'POST', `${B}/auth/reset-password`, { body: { identifier: member.phone, code, new_password: 'other-new-pass' } })
    expect(again.json().code).toBe('INVALID_CODE')
    const login = await call(t.app, 'POST', `${B}/auth/login`, { body: { phone: member.phone, password: 'brand-new-pass' } })
    expect(login.statusCode).toBe(200)
    expect(login.json().data.must_change_password).toBe(false)
  })

  it('locks a phone after five failed passwords (429 with Retry-After), even for the right one', async () => {
    const { member, temporary } = await memberWithPassword()
    for (let i = 0; i < 5; i++) {
      expect((await call(t.app, 'POST', `${B}/auth/login`, { body: { phone: member.phone, password: `wrong-${i}-pass` } })).statusCode).toBe(401)
    }
    const locked = await call(t.app, 'POST', `${B}/auth/login`, { body: { phone: member.phone, password: temporary } })
    expect(locked.statusCode).toBe(429)
    expect(locked.headers['retry-after']).toBeDefined()
    t.clock.advance(15 * 60 + 1)
    expect((await call(t.app, 'POST', `${B}/auth/login`, { body: { phone: member.phone, password: temporary } })).statusCode).toBe(200)
  })
})
