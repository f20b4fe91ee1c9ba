// POST /api/clients/request-activation: identifiers, the answer that never tells who is a member,
// and what happens when sending fails. The limits are in activation-limits.test.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createCustomer } from '../support/factories.ts'
import { MemoryNotifier } from '../support/memory-notifier.ts'
import type { Recipient } from '../../src/modules/notifications/notifier.ts'
import { activationRows, expectError, requestCode, rowCounts, verifyCode } from './helpers.ts'

describe('request-activation', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it('when a member asks by phone, a 6-digit code goes to their phone and the seed answer comes back', async () => {
    const member = await createCustomer(t.db, { phone: '01011112222' })
    const res = await requestCode(t.app, '01011112222')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      status: 'success',
      message: 'Activation code sent to your phone',
      data: { expires_in: 600, identifier_type: 'phone' },
    })
    expect(t.notifier.sent).toHaveLength(1)
    expect(t.notifier.sent[0]).toMatchObject({ kind: 'code', to: { channel: 'sms', address: '01011112222', name: member.full_name } })
    expect(t.notifier.sent[0]?.code).toMatch(/^\d{6}$/)
    const rows = await activationRows(t.db)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ customer_id: member.id, channel: 'sms', status: 'active', attempts: 0 })
  })

  it('when a member asks by email in another letter case, the code goes to the stored address', async () => {
    const member = await createCustomer(t.db, { email: 'ahmed@example.com' })
    const res = await requestCode(t.app, '  AHMED@Example.COM ')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ status: 'success', message: 'Activation code sent to your email', data: { expires_in: 600, identifier_type: 'email' } })
    expect(t.notifier.sent).toMatchObject([{ kind: 'code', to: { channel: 'email', address: 'ahmed@example.com' } }])
    expect((await activationRows(t.db))[0]).toMatchObject({ customer_id: member.id, channel: 'email' })
  })

  it('codes are six digits and are stored only as hashes, never in any column', async () => {
    await createCustomer(t.db, { phone: '01022223333', email: 'hash@example.com' })
    await requestCode(t.app, '01022223333')
    await requestCode(t.app, 'hash@example.com')
    const codes = t.notifier.sent.map((m) => m.code!)
    expect(codes).toHaveLength(2)
    for (const code of codes) expect(code).toMatch(/^\d{6}$/)
    const rows = await activationRows(t.db)
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      expect(row.code_hash).toMatch(/^[0-9a-f]{64}$/)
      for (const value of Object.values(row)) {
        for (const code of codes) expect(String(value)).not.toContain(code)
      }
      // Not the plain identifier either.
      expect(row.identifier_hash).toMatch(/^[0-9a-f]{64}$/)
    }
  })

  describe('no enumeration', () => {
    it('unknown, inactive and existing members get the same status and body, by phone and by email', async () => {
      await createCustomer(t.db, { phone: '01033334444', email: 'live@example.com' })
      const inactive = await createCustomer(t.db, { phone: '01044445555', email: 'gone@example.com', is_active: false })
      const answers = []
      for (const identifier of ['01033334444', '01044445555', '01055556666']) answers.push(await requestCode(t.app, identifier))
      for (const identifier of ['live@example.com', 'gone@example.com', 'nobody@example.com']) answers.push(await requestCode(t.app, identifier))
      const [phone, email] = [answers.slice(0, 3), answers.slice(3)]
      for (const group of [phone, email]) {
        expect(group.map((r) => r.statusCode)).toEqual([200, 200, 200])
        expect(group[1]!.body).toBe(group[0]!.body)
        expect(group[2]!.body).toBe(group[0]!.body)
        expect(group[1]!.headers['content-type']).toBe(group[0]!.headers['content-type'])
      }
      // The inactive member is told to contact reception, twice, and never gets a code.
      const toInactive = t.notifier.sent.filter((m) => m.to.address === inactive.phone || m.to.address === inactive.email)
      expect(toInactive.map((m) => m.kind)).toEqual(['inactive-notice', 'inactive-notice'])
      expect(toInactive.every((m) => m.code === undefined)).toBe(true)
      // Only the live member got codes; nothing went to the unknown identifiers.
      expect(t.notifier.sent.filter((m) => m.kind === 'code').map((m) => m.to.address)).toEqual(['01033334444', 'live@example.com'])
      // No row for the inactive or unknown identifiers points at a member.
      const rows = await activationRows(t.db)
      expect(rows).toHaveLength(6)
      expect(rows.filter((r) => r.customer_id === inactive.id)).toEqual([])
    })

    it('when the inactive-account notice cannot be sent, the answer is still the ordinary success', async () => {
      await createCustomer(t.db, { phone: '01044440000', is_active: false })
      const failing = new (class extends MemoryNotifier {
        override async sendInactiveAccountNotice(): Promise<void> {
          throw new Error('provider down')
        }
      })()
      const other = await createTestApp({ notifier: failing })
      try {
        await createCustomer(other.db, { phone: '01044440000', is_active: false })
        const res = await requestCode(other.app, '01044440000')
        expect(res.statusCode).toBe(200)
        expect(res.json()).toEqual({ status: 'success', message: 'Activation code sent to your phone', data: { expires_in: 600, identifier_type: 'phone' } })
      } finally {
        await other.close()
      }
    })
  })

  it('once a real send has been timed, an unknown identifier is answered no faster than about that long', async () => {
    const slow = new (class extends MemoryNotifier {
      override async sendActivationCode(to: Recipient, code: string): Promise<void> {
        await new Promise((resolve) => setTimeout(resolve, 150))
        return super.sendActivationCode(to, code)
      }
    })()
    const other = await createTestApp({ notifier: slow })
    try {
      await createCustomer(other.db, { phone: '01044441111' })
      expect((await requestCode(other.app, '01044441111')).statusCode).toBe(200)
      const started = performance.now()
      const unknown = await requestCode(other.app, '01044442222')
      expect(unknown.statusCode).toBe(200)
      // The pause is 85–115 % of the typical send time.
      expect(performance.now() - started).toBeGreaterThanOrEqual(120)
      expect(slow.sent).toHaveLength(1)
    } finally {
      await other.close()
    }
  })

  describe('identifier validation', () => {
    it.each([
      ['an empty string', ''],
      ['only spaces', '    '],
    ])('when the identifier is %s, the answer is 400 MISSING_IDENTIFIER and nothing is written', async (_name, identifier) => {
      const before = await rowCounts(t.db)
      expectError(await requestCode(t.app, identifier), 400, 'MISSING_IDENTIFIER')
      expect(await rowCounts(t.db)).toEqual(before)
    })

    it('when the body has no identifier at all, the answer is 400 MISSING_IDENTIFIER', async () => {
      const res = await call(t.app, 'POST', '/api/clients/request-activation', { body: {} })
      expectError(res, 400, 'MISSING_IDENTIFIER')
      expect(await activationRows(t.db)).toEqual([])
    })

    it.each([
      ['letters', 'not-a-phone'],
      ['too few digits', '123456789'],
      ['too many digits', '1234567890123456'],
      ['an email without a domain', 'ahmed@example'],
      ['an email with two @', 'a@b@example.com'],
      ['a plus in the middle', '0101+2345678'],
    ])('when the identifier is %s, the answer is 400 INVALID_IDENTIFIER and nothing is written or sent', async (_name, identifier) => {
      const before = await rowCounts(t.db)
      const body = expectError(await requestCode(t.app, identifier), 400, 'INVALID_IDENTIFIER')
      expect(body.message).toBe('Invalid phone number or email address.')
      expect(await rowCounts(t.db)).toEqual(before)
      expect(t.notifier.sent).toEqual([])
    })
  })
})

describe('request-activation when sending fails', () => {
  // Keeps the code even when the send fails, so the test can prove that code is unusable.
  class RecordingNotifier extends MemoryNotifier {
    attempted: string[] = []
    override async sendActivationCode(to: Recipient, code: string): Promise<void> {
      this.attempted.push(code)
      return super.sendActivationCode(to, code)
    }
  }
  let t: TestApp
  let notifier: RecordingNotifier
  beforeEach(async () => {
    notifier = new RecordingNotifier()
    t = await createTestApp({ notifier })
  })
  afterEach(async () => t.close())

  it('answers 500 SEND_FAILED, the undelivered code is not usable, and a later request works', async () => {
    const member = await createCustomer(t.db, { phone: '01012340000' })
    notifier.failNext = true
    const failed = await requestCode(t.app, '01012340000')
    const body = expectError(failed, 500, 'SEND_FAILED')
    expect(body.message).toBe('Failed to send activation code. Please try again.')
    const undelivered = notifier.attempted[0]!
    expect(await activationRows(t.db)).toMatchObject([{ customer_id: member.id, status: 'failed' }])
    expectError(await verifyCode(t.app, '01012340000', undelivered), 401, 'INVALID_CODE')

    const again = await requestCode(t.app, '01012340000')
    expect(again.statusCode).toBe(200)
    const code = notifier.lastCodeFor('01012340000')!
    expect((await verifyCode(t.app, '01012340000', code)).statusCode).toBe(200)
  })

  it('when a new code cannot be sent, the code delivered before stays the usable one', async () => {
    await createCustomer(t.db, { phone: '01012341111' })
    await requestCode(t.app, '01012341111')
    const delivered = notifier.lastCodeFor('01012341111')!
    notifier.failNext = true
    expectError(await requestCode(t.app, '01012341111'), 500, 'SEND_FAILED')
    expect((await verifyCode(t.app, '01012341111', delivered)).statusCode).toBe(200)
  })
})
