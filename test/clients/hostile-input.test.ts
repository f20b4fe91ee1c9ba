// Hostile input on the members' endpoints: wrong types, oversized bodies, SQL-looking and
// non-ASCII identifiers, odd content types. Each answers 4xx in the envelope and changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createCustomer, signInMember } from '../support/factories.ts'
import { activationRows, expectError, rowCounts } from './helpers.ts'

const ACTIVATION_ROUTES = ['/api/clients/request-activation', '/api/clients/verify-activation'] as const

describe('hostile input', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
    await createCustomer(t.db, { phone: '01234567890', email: 'ahmed@example.com' })
  })
  afterEach(async () => t.close())

  /** Sends the request and asserts the 4xx envelope and that no counted table changed. */
  async function rejectedWithoutTrace(send: () => ReturnType<typeof call>, status: number, code: string) {
    const before = await rowCounts(t.db)
    const res = await send()
    const body = expectError(res, status, code)
    expect(res.headers['content-type']).toMatch(/^application\/json/)
    expect(await rowCounts(t.db)).toEqual(before)
    expect(t.notifier.sent).toEqual([])
    return body
  }

  describe.each(ACTIVATION_ROUTES)('%s', (url) => {
    const withCode = (body: Record<string, unknown>) => (url.endsWith('verify-activation') ? { activation_code: '123456', ...body } : body)

    it.each([
      ['a number', 123],
      ['an array', []],
      ['an array of strings', ['01234567890']],
      ['an object', {}],
      ['null', null],
      ['a boolean', true],
      ['a string of 255 characters', `${'a'.repeat(243)}@example.com`],
    ])('an identifier that is %s answers 400 VALIDATION_ERROR naming identifier', async (_name, identifier) => {
      const body = await rejectedWithoutTrace(() => call(t.app, 'POST', url, { body: withCode({ identifier }) }), 400, 'VALIDATION_ERROR')
      expect(body.errors).toEqual([{ field: 'identifier', message: expect.any(String) }])
    })

    it.each([
      ["' OR 1=1 --"],
      ['1; drop table customers'],
      ["01234567890' --"],
      ['01234567890; DELETE FROM customers'],
      ["ahmed@example.com' OR '1'='1"],
      ['" OR ""="'],
      ['0123456789%'],
      ['٠١٢٣٤٥٦٧٨٩٠'],
      ['０１２３４５６７８９０'],
      ['📱📱📱📱📱📱📱📱📱📱'],
      ['ahmed@exämple.com'],
      ['أحمد@example.com'],
      ['ahmed\u0000@example.com'],
      ['01234567890\u202e'],
      ['<script>alert(1)</script>'],
      ['${jndi:ldap://x/a}'],
    ])('the identifier %j answers 400 INVALID_IDENTIFIER and leaves the database as it was', async (identifier) => {
      await rejectedWithoutTrace(() => call(t.app, 'POST', url, { body: withCode({ identifier }) }), 400, 'INVALID_IDENTIFIER')
    })

    it('an unknown field next to a valid identifier answers 400 VALIDATION_ERROR naming it', async () => {
      const body = await rejectedWithoutTrace(() => call(t.app, 'POST', url, { body: withCode({ identifier: '01234567890', is_admin: true }) }), 400, 'VALIDATION_ERROR')
      expect(body.errors).toEqual([{ field: 'is_admin', message: 'is not an accepted field' }])
    })

    it.each([
      ['an array', '["01234567890"]'],
      ['a bare string', '"01234567890"'],
      ['a number', '42'],
    ])('a JSON body that is %s answers 400 VALIDATION_ERROR', async (_name, payload) => {
      await rejectedWithoutTrace(() => t.app.inject({ method: 'POST', url, payload, headers: { 'content-type': 'application/json' } }), 400, 'VALIDATION_ERROR')
    })

    it('a JSON null body or no body at all counts as an empty body: 400, never a crash', async () => {
      // request-activation has no required field but the identifier; verify-activation also needs the code.
      const code = url.endsWith('verify-activation') ? 'VALIDATION_ERROR' : 'MISSING_IDENTIFIER'
      await rejectedWithoutTrace(() => t.app.inject({ method: 'POST', url, payload: 'null', headers: { 'content-type': 'application/json' } }), 400, code)
      await rejectedWithoutTrace(() => t.app.inject({ method: 'POST', url }), 400, code)
    })

    it('a body over 64 KiB answers 413 PAYLOAD_TOO_LARGE in the envelope', async () => {
      const payload = JSON.stringify(withCode({ identifier: '01234567890', padding: 'x'.repeat(70 * 1024) }))
      const body = await rejectedWithoutTrace(() => t.app.inject({ method: 'POST', url, payload, headers: { 'content-type': 'application/json' } }), 413, 'PAYLOAD_TOO_LARGE')
      expect(body.message).toBe('The request body is too large.')
    })

    it('text/plain answers 415 UNSUPPORTED_MEDIA_TYPE in the envelope', async () => {
      await rejectedWithoutTrace(() => t.app.inject({ method: 'POST', url, payload: 'identifier=01234567890', headers: { 'content-type': 'text/plain' } }), 415, 'UNSUPPORTED_MEDIA_TYPE')
      await rejectedWithoutTrace(() => t.app.inject({ method: 'POST', url, payload: 'identifier=01234567890', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'UNSUPPORTED_MEDIA_TYPE')
    })

    it('malformed JSON answers 400 INVALID_JSON', async () => {
      await rejectedWithoutTrace(() => t.app.inject({ method: 'POST', url, payload: '{"identifier": "0123', headers: { 'content-type': 'application/json' } }), 400, 'INVALID_JSON')
    })

    it('a __proto__ key is refused and pollutes nothing', async () => {
      const payload = `{"identifier":"01234567890",${url.endsWith('verify-activation') ? '"activation_code":"123456",' : ''}"__proto__":{"polluted":true}}`
      const res = await t.app.inject({ method: 'POST', url, payload, headers: { 'content-type': 'application/json' } })
      expect(res.statusCode).toBe(400)
      expect(res.json()).toMatchObject({ status: 'error', code: expect.stringMatching(/^(INVALID_JSON|VALIDATION_ERROR)$/) })
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(t.notifier.sent).toEqual([])
    })
  })

  it('a wildcard in a valid-shaped email matches nobody: no code goes to a member', async () => {
    const res = await call(t.app, 'POST', '/api/clients/request-activation', { body: { identifier: '%@example.com' } })
    expect(res.statusCode).toBe(200)
    expect(t.notifier.sent).toEqual([])
    // A valid-shaped unknown identifier legitimately leaves a row, tied to nobody.
    expect(await activationRows(t.db)).toMatchObject([{ customer_id: null }])
  })

  it('the customers table is intact after SQL-looking identifiers', async () => {
    for (const identifier of ['1; drop table customers', "'; DROP TABLE customers; --"]) {
      await call(t.app, 'POST', '/api/clients/request-activation', { body: { identifier } })
    }
    expect(await t.db.selectFrom('customers').select('phone').execute()).toEqual([{ phone: '01234567890' }])
  })

  it.each([
    ['a code that is an array', ['123456']],
    ['a code of 17 characters', '1'.repeat(17)],
    ['an empty code', ''],
  ])('verify-activation with %s answers 400 VALIDATION_ERROR and spends no attempt', async (_name, code) => {
    await call(t.app, 'POST', '/api/clients/request-activation', { body: { identifier: '01234567890' } })
    const before = await activationRows(t.db)
    const body = expectError(await call(t.app, 'POST', '/api/clients/verify-activation', { body: { identifier: '01234567890', activation_code: code } }), 400, 'VALIDATION_ERROR')
    expect(body.errors).toEqual([{ field: 'activation_code', message: expect.any(String) }])
    expect(await activationRows(t.db)).toEqual(before)
  })

  it('a very long user agent is stored cut to 300 characters', async () => {
    await call(t.app, 'POST', '/api/clients/request-activation', { body: { identifier: '01234567890' } })
    const res = await call(t.app, 'POST', '/api/clients/verify-activation', {
      body: { identifier: '01234567890', activation_code: t.notifier.lastCodeFor('01234567890') }, headers: { 'user-agent': 'A'.repeat(5000) },
    })
    expect(res.statusCode).toBe(200)
    const row = await t.db.selectFrom('auth_sessions').select('user_agent').executeTakeFirstOrThrow()
    expect(row.user_agent).toHaveLength(300)
  })

  it('an oversized or malformed bearer token answers 401 TOKEN_INVALID', async () => {
    for (const token of ['x'.repeat(8000), 'a.b.c', '..', '{}.{}.{}', 'eyJhbGciOiJub25lIn0.e30.']) {
      expectError(await call(t.app, 'GET', '/api/clients/profile', { token }), 401, 'TOKEN_INVALID')
    }
  })

  it('PATCH /profile with hostile values answers 400 and changes nothing', async () => {
    const { accessToken } = await signInMember(t.app, t.notifier, '01234567890')
    const before = await t.db.selectFrom('customers').selectAll().execute()
    for (const body of [{ weight: 1e308 }, { weight: 'NaN' }, { height: '180; drop table customers' }, { weight: [80] }, { weight: { $gt: 0 } }]) {
      expectError(await call(t.app, 'PATCH', '/api/clients/profile', { token: accessToken, body }), 400, 'VALIDATION_ERROR')
    }
    expectError(await t.app.inject({ method: 'PATCH', url: '/api/clients/profile', payload: 'weight=80', headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'text/plain' } }), 415, 'UNSUPPORTED_MEDIA_TYPE')
    expect(await t.db.selectFrom('customers').selectAll().execute()).toEqual(before)
  })
})
