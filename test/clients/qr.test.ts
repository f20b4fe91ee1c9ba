// GET /api/clients/qr and POST /refresh-qr: the PNG holds the signed pass, the pass verifies
// offline against the published JWKS, and it expires after QR_TOKEN_TTL.
import { createLocalJWKSet, decodeProtectedHeader, errors, jwtVerify, type JSONWebKeySet } from 'jose'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createService, createSubscription, signInMember } from '../support/factories.ts'
import { expectError } from './helpers.ts'

function qrContent(base64: string): string | undefined {
  const png = PNG.sync.read(Buffer.from(base64, 'base64'))
  // jsqr is CommonJS: under nodenext its default import is the module, whose `default` is the decoder.
  return jsQR.default(new Uint8ClampedArray(png.data), png.width, png.height)?.data
}

describe('member QR pass', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  async function member(phone = '01888880000') {
    const row = await createCustomer(t.db, { phone, full_name: 'Mona Adel', qr_code: `GYM-${phone.slice(-4)}` })
    const { accessToken } = await signInMember(t.app, t.notifier, phone)
    return { row, token: accessToken }
  }

  async function jwks(app = t.app): Promise<JSONWebKeySet> {
    const res = await call(app, 'GET', '/api/entries/qr-keys')
    expect(res.statusCode).toBe(200)
    return res.json() as JSONWebKeySet
  }

  it('answers the pass: static card number, signed token, expiry, PNG, name and subscription flag', async () => {
    const { row, token } = await member()
    const res = await call(t.app, 'GET', '/api/clients/qr', { token })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.status).toBe('success')
    expect(Object.keys(body.data).sort()).toEqual(['customer_name', 'expires_at', 'has_active_subscription', 'qr_code', 'qr_image_base64', 'qr_token'])
    expect(body.data).toMatchObject({ qr_code: row.qr_code, customer_name: 'Mona Adel', has_active_subscription: false, expires_at: '2026-02-11T09:31:00Z' })
    // Compact enough for a QR that scans easily off a screen.
    expect(body.data.qr_token.length).toBeLessThan(300)
    expect(body.data.qr_image_base64).not.toMatch(/^data:/)
  })

  it('the PNG decodes back to exactly the qr_token', async () => {
    const { token } = await member()
    const data = (await call(t.app, 'GET', '/api/clients/qr', { token })).json().data
    const png = PNG.sync.read(Buffer.from(data.qr_image_base64, 'base64'))
    expect(png.width).toBeGreaterThan(100)
    expect(qrContent(data.qr_image_base64)).toBe(data.qr_token)
  })

  it('the token verifies offline against GET /api/entries/qr-keys (Ed25519, with a kid) and names the member', async () => {
    const { row, token } = await member()
    const data = (await call(t.app, 'GET', '/api/clients/qr', { token })).json().data
    const keySet = await jwks()
    expect(keySet.keys.length).toBeGreaterThanOrEqual(1)
    for (const key of keySet.keys) {
      expect(key).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', kid: expect.any(String) })
      expect(key).not.toHaveProperty('d')
    }
    const header = decodeProtectedHeader(data.qr_token)
    expect(header.alg).toBe('EdDSA')
    expect(keySet.keys.map((k) => k.kid)).toContain(header.kid)

    const { payload } = await jwtVerify(data.qr_token, createLocalJWKSet(keySet), { currentDate: t.clock.now(), algorithms: ['EdDSA'] })
    expect(payload.sub).toBe(String(row.id))
    expect(payload.exp).toBe(Date.parse(data.expires_at) / 1000)
    expect(payload.exp).toBe(Date.parse('2026-02-11T09:30:00Z') / 1000 + 60)
    // A nonce makes every pass unique.
    expect(Object.values(payload).some((v) => typeof v === 'string' && v !== payload.sub && v.length >= 16)).toBe(true)
  })

  it('after QR_TOKEN_TTL the pass no longer verifies', async () => {
    const { token } = await member()
    const data = (await call(t.app, 'GET', '/api/clients/qr', { token })).json().data
    const keys = createLocalJWKSet(await jwks())
    t.clock.advance(59)
    await expect(jwtVerify(data.qr_token, keys, { currentDate: t.clock.now() })).resolves.toBeDefined()
    t.clock.advance(1)
    await expect(jwtVerify(data.qr_token, keys, { currentDate: t.clock.now() })).rejects.toBeInstanceOf(errors.JWTExpired)
  })

  it('a pass altered by a friend no longer verifies', async () => {
    const { row, token } = await member()
    const data = (await call(t.app, 'GET', '/api/clients/qr', { token })).json().data
    const [header, payload, signature] = data.qr_token.split('.')
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString())
    const altered = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: String(row.id + 1) })).toString('base64url')}.${signature}`
    await expect(jwtVerify(altered, createLocalJWKSet(await jwks()), { currentDate: t.clock.now() })).rejects.toBeInstanceOf(errors.JWSSignatureVerificationFailed)
  })

  it('POST /refresh-qr gives a different token, also at the same instant, that verifies too', async () => {
    const { token } = await member()
    const first = (await call(t.app, 'GET', '/api/clients/qr', { token })).json().data
    const res = await call(t.app, 'POST', '/api/clients/refresh-qr', { token })
    expect(res.statusCode).toBe(200)
    const second = res.json().data
    expect(second.qr_token).not.toBe(first.qr_token)
    expect(second.qr_code).toBe(first.qr_code)
    expect(qrContent(second.qr_image_base64)).toBe(second.qr_token)
    await expect(jwtVerify(second.qr_token, createLocalJWKSet(await jwks()), { currentDate: t.clock.now() })).resolves.toBeDefined()

    t.clock.advance(45)
    const third = (await call(t.app, 'POST', '/api/clients/refresh-qr', { token, body: {} })).json().data
    expect(third.expires_at).toBe('2026-02-11T09:31:45Z')
  })

  it('POST /refresh-qr with unknown fields answers 400 VALIDATION_ERROR', async () => {
    const { token } = await member()
    expectError(await call(t.app, 'POST', '/api/clients/refresh-qr', { token, body: { customer_id: 1 } }), 400, 'VALIDATION_ERROR')
  })

  it('has_active_subscription follows the member\'s plans', async () => {
    const { row, token } = await member()
    const branch = await createBranch(t.db)
    const plan = await createService(t.db)
    await createSubscription(t.db, { customerId: row.id, serviceId: plan.id, branchId: branch.id, start: '2026-02-01', end: '2026-03-01' })
    expect((await call(t.app, 'GET', '/api/clients/qr', { token })).json().data.has_active_subscription).toBe(true)
    expect((await call(t.app, 'POST', '/api/clients/refresh-qr', { token })).json().data.has_active_subscription).toBe(true)
  })

  it('QR_TOKEN_TTL sets the lifetime', async () => {
    const custom = await createTestApp({ env: { QR_TOKEN_TTL: '300' } })
    try {
      await createCustomer(custom.db, { phone: '01888881111' })
      const { accessToken } = await signInMember(custom.app, custom.notifier, '01888881111')
      const data = (await call(custom.app, 'GET', '/api/clients/qr', { token: accessToken })).json().data
      expect(data.expires_at).toBe('2026-02-11T09:35:00Z')
    } finally {
      await custom.close()
    }
  })

  it('the pass is not a sign-in token: as a bearer token it answers 401 TOKEN_INVALID', async () => {
    const { token } = await member()
    const data = (await call(t.app, 'GET', '/api/clients/qr', { token })).json().data
    expectError(await call(t.app, 'GET', '/api/clients/profile', { token: data.qr_token }), 401, 'TOKEN_INVALID')
  })

  it('needs a client token', async () => {
    expectError(await call(t.app, 'GET', '/api/clients/qr'), 401, 'TOKEN_MISSING')
    expectError(await call(t.app, 'POST', '/api/clients/refresh-qr'), 401, 'TOKEN_MISSING')
  })

  it('a second instance publishes the same key, so its passes verify with either JWKS', async () => {
    const { token } = await member()
    const other = await t.secondInstance()
    const fromOther = (await call(other, 'GET', '/api/clients/qr', { token })).json().data
    await expect(jwtVerify(fromOther.qr_token, createLocalJWKSet(await jwks(t.app)), { currentDate: t.clock.now() })).resolves.toBeDefined()
  })
})
