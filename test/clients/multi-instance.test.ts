// Two app instances over one database (on PostgreSQL, separate pools, as two servers would have):
// codes, attempt counts, rate windows and sessions are shared, never kept in one process.
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createCustomer } from '../support/factories.ts'
import { expectError, requestCode, verifyCode } from './helpers.ts'

describe('two instances over one database', () => {
  let t: TestApp
  let a: FastifyInstance
  let b: FastifyInstance
  beforeEach(async () => {
    t = await createTestApp()
    a = t.app
    b = await t.secondInstance()
  })
  afterEach(async () => t.close())

  it('a code requested through one instance verifies through the other', async () => {
    const member = await createCustomer(t.db, { phone: '01101010101' })
    expect((await requestCode(a, '01101010101')).statusCode).toBe(200)
    const res = await verifyCode(b, '01101010101', t.notifier.lastCodeFor('01101010101'))
    expect(res.statusCode).toBe(200)
    expect(res.json().data.client.id).toBe(member.id)
    // ...and is then spent on both.
    expectError(await verifyCode(a, '01101010101', t.notifier.lastCodeFor('01101010101')), 401, 'INVALID_CODE')
  })

  it('the per-member limit counts across both: 2 on A and 1 on B, then the 4th on either answers 429', async () => {
    await createCustomer(t.db, { phone: '01102020202', email: 'shared@example.com' })
    expect((await requestCode(a, '01102020202')).statusCode).toBe(200)
    expect((await requestCode(a, 'shared@example.com')).statusCode).toBe(200)
    expect((await requestCode(b, '01102020202')).statusCode).toBe(200)
    const onA = await requestCode(a, '01102020202')
    const onB = await requestCode(b, 'shared@example.com')
    for (const res of [onA, onB]) {
      expectError(res, 429, 'RATE_LIMIT_EXCEEDED')
      expect(res.headers['retry-after']).toBe('600')
    }
    expect(t.notifier.sent).toHaveLength(3)
  })

  it('requests racing on both instances still send at most ACTIVATION_MAX_REQUESTS codes', async () => {
    await createCustomer(t.db, { phone: '01103030303' })
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => requestCode(i % 2 ? a : b, '01103030303')))
    expect(answers.filter((r) => r.statusCode === 200)).toHaveLength(3)
    expect(answers.filter((r) => r.statusCode === 429)).toHaveLength(5)
    expect(t.notifier.sent).toHaveLength(3)
    expect(await t.db.selectFrom('activation_codes').selectAll().execute()).toHaveLength(3)
  })

  it('wrong attempts count across both: 3 on A and 2 on B exhaust the code for both', async () => {
    await createCustomer(t.db, { phone: '01104040404' })
    await requestCode(a, '01104040404')
    const code = t.notifier.lastCodeFor('01104040404')!
    const wrong = code === '555555' ? '555556' : '555555'
    for (const app of [a, a, a, b, b]) expectError(await verifyCode(app, '01104040404', wrong), 401, 'INVALID_CODE')
    expectError(await verifyCode(a, '01104040404', code), 429, 'TOO_MANY_ATTEMPTS')
    expectError(await verifyCode(b, '01104040404', code), 429, 'TOO_MANY_ATTEMPTS')
  })

  it('concurrent verifications of one code spread over both instances: exactly one succeeds, one session', async () => {
    await createCustomer(t.db, { phone: '01105050505' })
    await requestCode(a, '01105050505')
    const code = t.notifier.lastCodeFor('01105050505')!
    const answers = await Promise.all(Array.from({ length: 16 }, (_, i) => verifyCode(i % 2 ? a : b, '01105050505', code)))
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, ...Array<number>(15).fill(401)])
    expect(await t.db.selectFrom('auth_sessions').selectAll().execute()).toHaveLength(1)
  })

  it('a session started on A works on B, and ending it on B ends it on A', async () => {
    await createCustomer(t.db, { phone: '01106060606' })
    await requestCode(a, '01106060606')
    const tokens = (await verifyCode(a, '01106060606', t.notifier.lastCodeFor('01106060606'))).json().data
    expect((await call(b, 'GET', '/api/clients/profile', { token: tokens.access_token })).statusCode).toBe(200)
    expect((await call(b, 'POST', '/api/clients/logout', { token: tokens.access_token, body: { refresh_token: tokens.refresh_token } })).statusCode).toBe(200)
    expectError(await call(a, 'GET', '/api/clients/profile', { token: tokens.access_token }), 401, 'TOKEN_REVOKED')
  })

  it('refresh rotation is shared: a replay on B within the interval gets the same successor, later it ends the session', async () => {
    await createCustomer(t.db, { phone: '01107070707' })
    await requestCode(a, '01107070707')
    const tokens = (await verifyCode(a, '01107070707', t.notifier.lastCodeFor('01107070707'))).json().data
    const onA = (await call(a, 'POST', '/api/clients/refresh', { body: { refresh_token: tokens.refresh_token } })).json().data
    t.clock.advance(5)
    const onB = await call(b, 'POST', '/api/clients/refresh', { body: { refresh_token: tokens.refresh_token } })
    expect(onB.statusCode).toBe(200)
    expect(onB.json().data.refresh_token).toBe(onA.refresh_token)
    t.clock.advance(30)
    expectError(await call(b, 'POST', '/api/clients/refresh', { body: { refresh_token: tokens.refresh_token } }), 401, 'TOKEN_REVOKED')
    expectError(await call(a, 'POST', '/api/clients/refresh', { body: { refresh_token: onA.refresh_token } }), 401, 'TOKEN_REVOKED')
  })

  it('both instances publish the same QR signing key', async () => {
    const fromA = (await call(a, 'GET', '/api/entries/qr-keys')).json()
    const fromB = (await call(b, 'GET', '/api/entries/qr-keys')).json()
    expect(fromB).toEqual(fromA)
  })
})
