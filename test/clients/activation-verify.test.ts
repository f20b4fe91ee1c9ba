// POST /api/clients/verify-activation: the code's life (expiry, one use, replacement, attempt cap)
// and the answers that never reveal who is a member. Identifier forms: identifiers.test.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer } from '../support/factories.ts'
import { activationRows, expectError, requestCode, rowCounts, verifyCode } from './helpers.ts'

describe('verify-activation', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  async function codeFor(identifier: string, address = identifier): Promise<string> {
    const res = await requestCode(t.app, identifier)
    expect(res.statusCode).toBe(200)
    return t.notifier.lastCodeFor(address)!
  }

  it('the right code signs the member in: seed answer, one session with the device, and the code is spent', async () => {
    const branch = await createBranch(t.db, { name: 'Dragon Club' })
    const member = await createCustomer(t.db, { full_name: 'Ahmed Hassan', phone: '01234567890', email: 'ahmed@example.com', qr_code: 'GYM-123', branch_id: branch.id })
    const code = await codeFor('01234567890')
    const res = await verifyCode(t.app, '01234567890', code, { 'user-agent': 'SpotterApp/1.0 (Android 14)' })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ status: 'success', message: 'Login successful' })
    expect(body.data).toMatchObject({ token_type: 'Bearer', expires_in: 86400 })
    expect(body.data.access_token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
    expect(body.data.refresh_token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
    expect(body.data.client).toMatchObject({
      id: member.id, full_name: 'Ahmed Hassan', phone: '01234567890', email: 'ahmed@example.com',
      qr_code: 'GYM-123', branch_name: 'Dragon Club', has_active_subscription: false,
    })
    const sessions = await t.db.selectFrom('auth_sessions').selectAll().execute()
    expect(sessions).toMatchObject([{ subject_type: 'client', subject_id: member.id, user_agent: 'SpotterApp/1.0 (Android 14)', revoked_at: null }])
    expect(await activationRows(t.db)).toMatchObject([{ status: 'used', consumed_at: expect.any(String) }])
  })

  it('a code with spaces around it is accepted', async () => {
    await createCustomer(t.db, { phone: '01234560001' })
    const code = await codeFor('01234560001')
    expect((await verifyCode(t.app, '01234560001', ` ${code} `)).statusCode).toBe(200)
  })

  describe('INVALID_CODE', () => {
    it('a wrong code answers 401 INVALID_CODE and counts one attempt', async () => {
      await createCustomer(t.db, { phone: '01234560002' })
      const code = await codeFor('01234560002')
      const wrong = code === '000000' ? '000001' : '000000'
      const body = expectError(await verifyCode(t.app, '01234560002', wrong), 401, 'INVALID_CODE')
      expect(body.message).toBe('Invalid or expired activation code.')
      expect(await activationRows(t.db)).toMatchObject([{ attempts: 1, status: 'active' }])
      expect(await t.db.selectFrom('auth_sessions').selectAll().execute()).toEqual([])
    })

    it.each(['12345', '1234567', 'abcdef', '12 456', '١٢٣٤٥٦'])('a code shaped like %j is simply wrong (401 INVALID_CODE)', async (shape) => {
      await createCustomer(t.db, { phone: '01234560003' })
      await codeFor('01234560003')
      expectError(await verifyCode(t.app, '01234560003', shape), 401, 'INVALID_CODE')
    })

    it('an identifier that is not a member answers exactly as a member with a wrong code does (never 404)', async () => {
      await createCustomer(t.db, { phone: '01234560004', email: 'real@example.com' })
      await codeFor('01234560004')
      const member = await verifyCode(t.app, '01234560004', '000000')
      const neverAsked = await verifyCode(t.app, '01299999999', '000000')
      await requestCode(t.app, 'ghost@example.com')
      const askedButUnknown = await verifyCode(t.app, 'ghost@example.com', '123456')
      for (const res of [member, neverAsked, askedButUnknown]) {
        expectError(res, 401, 'INVALID_CODE')
        expect(res.body).toBe(member.body)
      }
      expect(await t.db.selectFrom('auth_sessions').selectAll().execute()).toEqual([])
    })

    it('a code presented after ACTIVATION_CODE_TTL has passed answers 401 INVALID_CODE', async () => {
      await createCustomer(t.db, { phone: '01234560005' })
      const code = await codeFor('01234560005')
      t.clock.advance(600)
      expectError(await verifyCode(t.app, '01234560005', code), 401, 'INVALID_CODE')
    })

    it('a code presented just before ACTIVATION_CODE_TTL passes still works', async () => {
      await createCustomer(t.db, { phone: '01234560006' })
      const code = await codeFor('01234560006')
      t.clock.advance(599)
      expect((await verifyCode(t.app, '01234560006', code)).statusCode).toBe(200)
    })

    it('a used code answers 401 INVALID_CODE the second time', async () => {
      await createCustomer(t.db, { phone: '01234560007' })
      const code = await codeFor('01234560007')
      expect((await verifyCode(t.app, '01234560007', code)).statusCode).toBe(200)
      expectError(await verifyCode(t.app, '01234560007', code), 401, 'INVALID_CODE')
      expect(await t.db.selectFrom('auth_sessions').selectAll().execute()).toHaveLength(1)
    })

    it('a code replaced by a newer request answers 401 INVALID_CODE; the newer one works', async () => {
      await createCustomer(t.db, { phone: '01234560008', email: 'replaced@example.com' })
      const first = await codeFor('01234560008')
      const second = await codeFor('01234560008')
      if (first !== second) expectError(await verifyCode(t.app, '01234560008', first), 401, 'INVALID_CODE')
      expect((await activationRows(t.db)).map((r) => r.status)).toEqual(['superseded', 'active'])
      expect((await verifyCode(t.app, '01234560008', second)).statusCode).toBe(200)
    })

    it('a code sent by email is replaced by one later sent by SMS, and the reverse', async () => {
      await createCustomer(t.db, { phone: '01234560009', email: 'switch@example.com' })
      const byEmail = await codeFor('switch@example.com')
      const bySms = await codeFor('01234560009')
      expectError(await verifyCode(t.app, 'switch@example.com', byEmail), 401, 'INVALID_CODE')
      expect((await activationRows(t.db)).map((r) => r.status)).toEqual(['superseded', 'active'])
      expect((await verifyCode(t.app, '01234560009', bySms)).statusCode).toBe(200)
    })

    it('ACTIVATION_CODE_TTL sets the lifetime, and request-activation reports it', async () => {
      const short = await createTestApp({ env: { ACTIVATION_CODE_TTL: '60' } })
      try {
        await createCustomer(short.db, { phone: '01234560010' })
        const res = await requestCode(short.app, '01234560010')
        expect(res.json().data.expires_in).toBe(60)
        const code = short.notifier.lastCodeFor('01234560010')!
        short.clock.advance(61)
        expectError(await verifyCode(short.app, '01234560010', code), 401, 'INVALID_CODE')
      } finally {
        await short.close()
      }
    })
  })

  describe('TOO_MANY_ATTEMPTS', () => {
    it('after 5 wrong codes even the right code answers 429 TOO_MANY_ATTEMPTS; a new code then works', async () => {
      await createCustomer(t.db, { phone: '01234560011' })
      const code = await codeFor('01234560011')
      const wrong = code === '999999' ? '999998' : '999999'
      for (let i = 0; i < 5; i++) expectError(await verifyCode(t.app, '01234560011', wrong), 401, 'INVALID_CODE')
      expect(await activationRows(t.db)).toMatchObject([{ attempts: 5, status: 'exhausted' }])
      expectError(await verifyCode(t.app, '01234560011', code), 429, 'TOO_MANY_ATTEMPTS')
      expectError(await verifyCode(t.app, '01234560011', wrong), 429, 'TOO_MANY_ATTEMPTS')
      expect(await t.db.selectFrom('auth_sessions').selectAll().execute()).toEqual([])

      const fresh = await codeFor('01234560011')
      expect((await verifyCode(t.app, '01234560011', fresh)).statusCode).toBe(200)
    })

    it('a spent code presented again answers 401 INVALID_CODE, not 429, while an older capped code is still within its lifetime', async () => {
      await createCustomer(t.db, { phone: '01234560012' })
      const capped = await codeFor('01234560012')
      const wrong = capped === '999999' ? '999998' : '999999'
      for (let i = 0; i < 5; i++) expectError(await verifyCode(t.app, '01234560012', wrong), 401, 'INVALID_CODE')
      const fresh = await codeFor('01234560012')
      expect((await verifyCode(t.app, '01234560012', fresh)).statusCode).toBe(200)
      expectError(await verifyCode(t.app, '01234560012', fresh), 401, 'INVALID_CODE')
      expectError(await verifyCode(t.app, '01234560012', capped), 401, 'INVALID_CODE')
      expect(await t.db.selectFrom('auth_sessions').selectAll().execute()).toHaveLength(1)
    })

    it('an identifier that is not a member runs out of attempts the same way', async () => {
      await requestCode(t.app, '01299990000')
      const answers = []
      for (let i = 0; i < 6; i++) answers.push((await verifyCode(t.app, '01299990000', '123456')).statusCode)
      expect(answers).toEqual([401, 401, 401, 401, 401, 429])
    })

    it('ACTIVATION_MAX_ATTEMPTS sets the cap', async () => {
      const strict = await createTestApp({ env: { ACTIVATION_MAX_ATTEMPTS: '2' } })
      try {
        await createCustomer(strict.db, { phone: '01234560012' })
        await requestCode(strict.app, '01234560012')
        const code = strict.notifier.lastCodeFor('01234560012')!
        const wrong = code === '111111' ? '111112' : '111111'
        expectError(await verifyCode(strict.app, '01234560012', wrong), 401, 'INVALID_CODE')
        expectError(await verifyCode(strict.app, '01234560012', wrong), 401, 'INVALID_CODE')
        expectError(await verifyCode(strict.app, '01234560012', code), 429, 'TOO_MANY_ATTEMPTS')
      } finally {
        await strict.close()
      }
    })
  })

  describe('ACCOUNT_INACTIVE', () => {
    it('a member deactivated after asking gets 403 only with the right code, and no session', async () => {
      const member = await createCustomer(t.db, { phone: '01234560013' })
      const code = await codeFor('01234560013')
      await t.db.updateTable('customers').set({ is_active: false }).where('id', '=', member.id).execute()
      const wrong = code === '222222' ? '222223' : '222222'
      expectError(await verifyCode(t.app, '01234560013', wrong), 401, 'INVALID_CODE')
      const body = expectError(await verifyCode(t.app, '01234560013', code), 403, 'ACCOUNT_INACTIVE')
      expect(body.message).toBe('Your account has been deactivated. Please contact reception.')
      expect(await t.db.selectFrom('auth_sessions').selectAll().execute()).toEqual([])
    })

    it('a member who was already inactive when asking receives no code, so any code is simply wrong', async () => {
      await createCustomer(t.db, { phone: '01234560014', is_active: false })
      await requestCode(t.app, '01234560014')
      expect(t.notifier.sent.map((m) => m.kind)).toEqual(['inactive-notice'])
      expectError(await verifyCode(t.app, '01234560014', '123456'), 401, 'INVALID_CODE')
    })
  })

  describe('input', () => {
    it('a missing identifier answers 400 MISSING_IDENTIFIER, an empty one too', async () => {
      expectError(await call(t.app, 'POST', '/api/clients/verify-activation', { body: { activation_code: '123456' } }), 400, 'MISSING_IDENTIFIER')
      expectError(await verifyCode(t.app, ' ', '123456'), 400, 'MISSING_IDENTIFIER')
    })

    it('a malformed identifier answers 400 INVALID_IDENTIFIER', async () => {
      expectError(await verifyCode(t.app, 'hello', '123456'), 400, 'INVALID_IDENTIFIER')
    })

    it('a missing code answers 400 VALIDATION_ERROR naming activation_code', async () => {
      const body = expectError(await call(t.app, 'POST', '/api/clients/verify-activation', { body: { identifier: '01234567890' } }), 400, 'VALIDATION_ERROR')
      expect(body.errors).toEqual([{ field: 'activation_code', message: expect.any(String) }])
    })

    it('a code sent as a number answers 400 VALIDATION_ERROR and writes nothing', async () => {
      await createCustomer(t.db, { phone: '01234560015' })
      await codeFor('01234560015')
      const before = await rowCounts(t.db)
      const body = expectError(await verifyCode(t.app, '01234560015', 123456), 400, 'VALIDATION_ERROR')
      expect(body.errors).toEqual([{ field: 'activation_code', message: expect.any(String) }])
      expect(await rowCounts(t.db)).toEqual(before)
      expect(await activationRows(t.db)).toMatchObject([{ attempts: 0 }])
    })
  })

  it('16 concurrent verifications of one code: exactly one 200, the rest 401, exactly one session', async () => {
    const member = await createCustomer(t.db, { phone: '01234560016' })
    const code = await codeFor('01234560016')
    const answers = await Promise.all(Array.from({ length: 16 }, () => verifyCode(t.app, '01234560016', code)))
    const statuses = answers.map((r) => r.statusCode).sort()
    expect(statuses).toEqual([200, ...Array<number>(15).fill(401)])
    for (const res of answers.filter((r) => r.statusCode === 401)) expect(res.json().code).toBe('INVALID_CODE')
    const sessions = await t.db.selectFrom('auth_sessions').selectAll().execute()
    expect(sessions).toHaveLength(1)
    expect(sessions[0]?.subject_id).toBe(member.id)
    expect(await t.db.selectFrom('refresh_tokens').selectAll().execute()).toHaveLength(1)
  })
})
