// The limits on asking for codes: per member (ACTIVATION_MAX_REQUESTS per ACTIVATION_WINDOW, counted
// across the member's phone and email, and the same for unknown identifiers) and per IP address.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/app.ts'
import { createCustomer } from '../support/factories.ts'
import { activationRows, expectError, requestCode, verifyCode } from './helpers.ts'

describe('request-activation limits', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  describe('per-member limit', () => {
    it('the fourth request in the window answers 429 RATE_LIMIT_EXCEEDED with Retry-After, sends nothing and writes nothing', async () => {
      await createCustomer(t.db, { phone: '01066667777' })
      for (let i = 0; i < 3; i++) {
        expect((await requestCode(t.app, '01066667777')).statusCode).toBe(200)
        t.clock.advance(60)
      }
      const rowsBefore = (await activationRows(t.db)).length
      const res = await requestCode(t.app, '01066667777')
      expectError(res, 429, 'RATE_LIMIT_EXCEEDED')
      // The oldest request was 180 s ago in a 600 s window.
      expect(res.headers['retry-after']).toBe('420')
      expect(t.notifier.sent).toHaveLength(3)
      expect((await activationRows(t.db)).length).toBe(rowsBefore)
    })

    it('once the oldest request leaves the window, the member may ask again', async () => {
      await createCustomer(t.db, { phone: '01066668888' })
      for (let i = 0; i < 3; i++) await requestCode(t.app, '01066668888')
      t.clock.advance(599)
      const limited = await requestCode(t.app, '01066668888')
      expectError(limited, 429, 'RATE_LIMIT_EXCEEDED')
      expect(limited.headers['retry-after']).toBe('1')
      t.clock.advance(1)
      expect((await requestCode(t.app, '01066668888')).statusCode).toBe(200)
    })

    it("counts the member's phone and email together", async () => {
      await createCustomer(t.db, { phone: '01077778888', email: 'both@example.com' })
      await requestCode(t.app, '01077778888')
      await requestCode(t.app, '01077778888')
      await requestCode(t.app, 'BOTH@example.com')
      expectError(await requestCode(t.app, 'both@example.com'), 429, 'RATE_LIMIT_EXCEEDED')
      expectError(await requestCode(t.app, '01077778888'), 429, 'RATE_LIMIT_EXCEEDED')
      expect(t.notifier.sent).toHaveLength(3)
    })

    it('limits unknown and inactive identifiers the same way, with the same answer as for a member', async () => {
      await createCustomer(t.db, { phone: '01088889999' })
      await createCustomer(t.db, { phone: '01088880000', is_active: false })
      const fourth = []
      for (const identifier of ['01088889999', '01088880000', '01088881111']) {
        for (let i = 0; i < 3; i++) expect((await requestCode(t.app, identifier)).statusCode).toBe(200)
        fourth.push(await requestCode(t.app, identifier))
      }
      for (const res of fourth) {
        expectError(res, 429, 'RATE_LIMIT_EXCEEDED')
        expect(res.headers['retry-after']).toBe('600')
        expect(res.body).toBe(fourth[0]!.body)
      }
    })

    it('ACTIVATION_MAX_REQUESTS and ACTIVATION_WINDOW set the limit', async () => {
      const custom = await createTestApp({ env: { ACTIVATION_MAX_REQUESTS: '1', ACTIVATION_WINDOW: '120' } })
      try {
        await createCustomer(custom.db, { phone: '01088882222' })
        expect((await requestCode(custom.app, '01088882222')).statusCode).toBe(200)
        const limited = await requestCode(custom.app, '01088882222')
        expectError(limited, 429, 'RATE_LIMIT_EXCEEDED')
        expect(limited.headers['retry-after']).toBe('120')
        custom.clock.advance(120)
        expect((await requestCode(custom.app, '01088882222')).statusCode).toBe(200)
      } finally {
        await custom.close()
      }
    })
  })

  describe('per-IP limit', () => {
    let limited: TestApp
    beforeEach(async () => {
      limited = await createTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '3' } })
    })
    afterEach(async () => limited.close())

    it('the fourth request-activation from one address in a minute answers 429 in the envelope, with Retry-After', async () => {
      for (const n of [1, 2, 3]) expect((await requestCode(limited.app, `0109999000${n}`)).statusCode).toBe(200)
      const res = await requestCode(limited.app, '01099990004')
      expectError(res, 429, 'RATE_LIMIT_EXCEEDED')
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
      expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60)
      // Another address is not held back by the first one's requests.
      const elsewhere = await limited.app.inject({ method: 'POST', url: '/api/clients/request-activation', payload: { identifier: '01099990005' }, remoteAddress: '10.0.0.9' })
      expect(elsewhere.statusCode).toBe(200)
    })

    it('verify-activation is limited per address the same way', async () => {
      for (let i = 0; i < 3; i++) expectError(await verifyCode(limited.app, '01099991111', '000000'), 401, 'INVALID_CODE')
      const res = await verifyCode(limited.app, '01099991111', '000000')
      expectError(res, 429, 'RATE_LIMIT_EXCEEDED')
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
    })
  })
})
