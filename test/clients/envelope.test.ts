// The envelope everywhere (404, 400, 413, 415, 429, 500, 503), the probes, the OpenAPI document
// and its viewer, security headers, CORS from CORS_ORIGINS, and x-request-id.
import Fastify from 'fastify'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { frameworkErrors, registerErrorHandlers } from '../../src/http/error-handler.ts'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createCustomer, signInMember } from '../support/factories.ts'
import { expectError } from './helpers.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

describe('the envelope', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it.each([
    ['GET', '/api/clients/nothing-here'],
    ['POST', '/api/nope'],
    ['GET', '/api/clients/request-activation'],
    ['DELETE', '/api/clients/profile'],
    ['GET', '/no/such/page?x=1'],
  ] as const)('%s %s answers 404 NOT_FOUND with exactly status, message and code', async (method, url) => {
    const res = await call(t.app, method, url)
    expect(res.statusCode).toBe(404)
    const body = res.json()
    expect(Object.keys(body).sort()).toEqual(['code', 'message', 'status'])
    expect(body).toMatchObject({ status: 'error', code: 'NOT_FOUND' })
    expect(body.message).not.toContain('?')
  })

  it('malformed JSON answers 400 INVALID_JSON; a body of only spaces too', async () => {
    const broken = await t.app.inject({ method: 'POST', url: '/api/clients/request-activation', payload: '{identifier:', headers: { 'content-type': 'application/json' } })
    expect(broken.json()).toEqual({ status: 'error', code: 'INVALID_JSON', message: 'The request body is not valid JSON.' })
    expect(broken.statusCode).toBe(400)
    const spaces = await t.app.inject({ method: 'POST', url: '/api/clients/request-activation', payload: '  ', headers: { 'content-type': 'application/json' } })
    expectError(spaces, 400, 'INVALID_JSON')
  })

  it('an empty body sent as JSON (curl -H "Content-Type: application/json" without -d) counts as no body', async () => {
    const member = await createCustomer(t.db, { phone: '01020202021' })
    const { accessToken } = await signInMember(t.app, t.notifier, '01020202021')
    const bare = (method: 'POST', url: string, token?: string) => t.app.inject({
      method, url, payload: '', headers: { 'content-type': 'application/json; charset=utf-8', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    })
    // A route whose body is optional accepts it…
    const qr = await bare('POST', '/api/clients/refresh-qr', accessToken)
    expect(qr.statusCode, qr.body).toBe(200)
    const logout = await bare('POST', '/api/clients/logout', accessToken)
    expect(logout.statusCode, logout.body).toBe(200)
    expect(await t.db.selectFrom('auth_sessions').select('revoked_at').where('subject_id', '=', member.id).execute()).toEqual([{ revoked_at: expect.any(String) }])
    // …and one that needs a body names what is missing, in the envelope.
    expectError(await bare('POST', '/api/clients/request-activation'), 400, 'MISSING_IDENTIFIER')
    const login = await bare('POST', '/api/auth/login')
    expectError(login, 400, 'VALIDATION_ERROR')
    expect(login.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['password', 'username'])
  })

  it('a schema failure answers 400 VALIDATION_ERROR listing every offending field', async () => {
    const res = await call(t.app, 'POST', '/api/clients/verify-activation', { body: { identifier: 5, activation_code: 7, extra: 'x' } })
    expect(res.statusCode).toBe(400)
    const body = res.json()
    expect(body).toMatchObject({ status: 'error', code: 'VALIDATION_ERROR', message: 'The request is not valid.' })
    expect(body.errors).toEqual(expect.arrayContaining([
      { field: 'identifier', message: expect.any(String) },
      { field: 'activation_code', message: expect.any(String) },
      { field: 'extra', message: 'is not an accepted field' },
    ]))
    expect(body.errors).toHaveLength(3)
  })

  it('query and path failures name the parameter', async () => {
    await createCustomer(t.db, { phone: '01020202020' })
    const { accessToken } = await signInMember(t.app, t.notifier, '01020202020')
    const query = await call(t.app, 'GET', '/api/clients/entry-history?limit=101', { token: accessToken })
    expect(query.json()).toMatchObject({ code: 'VALIDATION_ERROR', errors: [{ field: 'limit' }] })
    const path = await call(t.app, 'DELETE', '/api/clients/sessions/abc', { token: accessToken })
    expect(path.json()).toMatchObject({ code: 'VALIDATION_ERROR', errors: [{ field: 'id' }] })
  })

  it('413 and 415 come in the envelope', async () => {
    const big = await t.app.inject({ method: 'POST', url: '/api/clients/refresh', payload: JSON.stringify({ refresh_token: 'x'.repeat(65 * 1024) }), headers: { 'content-type': 'application/json' } })
    expect(big.statusCode).toBe(413)
    expect(big.json()).toEqual({ status: 'error', code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' })
    const text = await t.app.inject({ method: 'POST', url: '/api/clients/refresh', payload: 'token', headers: { 'content-type': 'text/plain' } })
    expect(text.statusCode).toBe(415)
    expect(text.json()).toEqual({ status: 'error', code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the request body as application/json.' })
  })

  it('a 429 from the per-IP limit comes in the envelope with Retry-After', async () => {
    const limited = await createTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '1' } })
    try {
      await call(limited.app, 'POST', '/api/clients/refresh', { body: { refresh_token: 'x' } })
      const res = await call(limited.app, 'POST', '/api/clients/refresh', { body: { refresh_token: 'x' } })
      expect(res.statusCode).toBe(429)
      expect(res.json()).toEqual({ status: 'error', code: 'RATE_LIMIT_EXCEEDED', message: expect.stringMatching(/wait/) })
      expect(res.headers['retry-after']).toMatch(/^\d+$/)
    } finally {
      await limited.close()
    }
  })

  it('GET /health answers alive; GET /ready answers ready while the database is reachable', async () => {
    expect((await call(t.app, 'GET', '/health')).json()).toEqual({ status: 'success', data: { state: 'alive' } })
    const ready = await call(t.app, 'GET', '/ready')
    expect(ready.statusCode).toBe(200)
    expect(ready.json()).toEqual({ status: 'success', data: { state: 'ready' } })
  })

  it('with the database gone: /ready answers 503, a data route answers 500, both without internals; /health stays 200', async () => {
    await createCustomer(t.db, { phone: '01030303030' })
    const { accessToken } = await signInMember(t.app, t.notifier, '01030303030')
    await t.db.destroy()
    const ready = await call(t.app, 'GET', '/ready')
    expect(ready.statusCode).toBe(503)
    expect(ready.json()).toEqual({ status: 'error', code: 'DATABASE_UNAVAILABLE', message: 'The database is not reachable.' })
    const profile = await call(t.app, 'GET', '/api/clients/profile', { token: accessToken })
    expect(profile.statusCode).toBe(500)
    expect(profile.json()).toEqual({ status: 'error', code: 'INTERNAL_ERROR', message: 'Something went wrong on our side.' })
    const request = await call(t.app, 'POST', '/api/clients/request-activation', { body: { identifier: '01030303030' } })
    expect(request.json()).toEqual({ status: 'error', code: 'INTERNAL_ERROR', message: 'Something went wrong on our side.' })
    for (const res of [ready, profile, request]) expect(res.body).not.toMatch(/stack|at \w+ \(|kysely|sqlite|postgres|select|destroyed/i)
    expect((await call(t.app, 'GET', '/health')).statusCode).toBe(200)
  })
})

describe('errors the router answers before any handler runs', () => {
  // Malformed URLs never reach the error handler; `frameworkErrors` (a Fastify constructor option)
  // is what puts them in the envelope. Exercised on a bare instance with the app's handlers.
  it.each([
    ['a malformed percent-escape', '/api/clients/sessions/%E0%A4%A'],
    ['an over-long path parameter', `/api/clients/sessions/${'9'.repeat(40)}`],
  ])('%s answers 400 in the envelope with a request id', async (_name, url) => {
    const app = Fastify({ frameworkErrors, routerOptions: { maxParamLength: 20 } })
    registerErrorHandlers(app)
    app.delete('/api/clients/sessions/:id', async () => 'unreachable')
    try {
      const res = await app.inject({ method: 'DELETE', url })
      expect(res.statusCode).toBe(400)
      expect(res.json()).toEqual({ status: 'error', code: 'VALIDATION_ERROR', message: 'The URL is not valid.' })
      expect(res.headers['x-request-id']).toBeTruthy()
    } finally {
      await app.close()
    }
  })
})

describe('OpenAPI and the docs viewer', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it('/openapi.json documents every client endpoint with its schemas and bearer security', async () => {
    const res = await call(t.app, 'GET', '/openapi.json')
    expect(res.statusCode).toBe(200)
    const doc = res.json()
    expect(doc.openapi).toMatch(/^3\./)
    const expected: Record<string, string[]> = {
      '/api/clients/request-activation': ['post'], '/api/clients/verify-activation': ['post'], '/api/clients/refresh': ['post'],
      '/api/clients/logout': ['post'], '/api/clients/profile': ['get', 'patch'], '/api/clients/subscription': ['get'],
      '/api/clients/qr': ['get'], '/api/clients/refresh-qr': ['post'], '/api/clients/entry-history': ['get'],
      '/api/clients/sessions': ['get'], '/api/clients/sessions/{id}': ['delete'], '/api/entries/qr-keys': ['get'],
    }
    for (const [path, methods] of Object.entries(expected)) {
      for (const method of methods) expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined()
    }
    const request = doc.paths['/api/clients/request-activation'].post
    expect(request.security).toBeUndefined()
    expect(JSON.stringify(request.requestBody)).toContain('identifier')
    expect(request.responses['200']).toBeDefined()
    expect(request.responses['429']).toBeDefined()
    expect(doc.paths['/api/clients/profile'].get.security).toEqual([{ bearerAuth: [] }])
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' })
    const history = doc.paths['/api/clients/entry-history'].get
    expect(history.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['limit', 'offset'])
    // Nothing secret is documented as leaving the server.
    expect(JSON.stringify(doc)).not.toMatch(/code_hash|password_hash|jti_hash/)
  })

  it('/docs serves the interactive viewer', async () => {
    let res = await call(t.app, 'GET', '/docs')
    if (res.statusCode >= 300 && res.statusCode < 400) res = await call(t.app, 'GET', String(res.headers.location).replace(/^\.\//, '/docs/'))
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/text\/html/)
    expect(res.body).toMatch(/swagger/i)
  })
})

describe('headers', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp({ env: { CORS_ORIGINS: 'https://app.spotter.example, https://admin.spotter.example' } })
  })
  afterEach(async () => t.close())

  it('security headers are set on API answers, errors included', async () => {
    for (const res of [await call(t.app, 'GET', '/health'), await call(t.app, 'GET', '/api/clients/profile'), await call(t.app, 'GET', '/api/none')]) {
      expect(res.headers['x-content-type-options']).toBe('nosniff')
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN')
      expect(res.headers['content-security-policy']).toContain("default-src 'self'")
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/)
      expect(res.headers['referrer-policy']).toBe('no-referrer')
      expect(res.headers['x-powered-by']).toBeUndefined()
    }
  })

  it('CORS: a listed origin is allowed (preflight and actual request), another origin is not', async () => {
    const preflight = await t.app.inject({
      method: 'OPTIONS', url: '/api/clients/profile',
      headers: { origin: 'https://admin.spotter.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    })
    expect(preflight.statusCode).toBe(204)
    expect(preflight.headers['access-control-allow-origin']).toBe('https://admin.spotter.example')
    expect(String(preflight.headers['access-control-allow-methods'])).toContain('GET')

    const actual = await t.app.inject({ method: 'GET', url: '/health', headers: { origin: 'https://app.spotter.example' } })
    expect(actual.headers['access-control-allow-origin']).toBe('https://app.spotter.example')

    const evil = await t.app.inject({
      method: 'OPTIONS', url: '/api/clients/profile', headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    })
    expect(evil.headers['access-control-allow-origin']).toBeUndefined()
    const evilGet = await t.app.inject({ method: 'GET', url: '/health', headers: { origin: 'https://evil.example' } })
    expect(evilGet.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('CORS: without CORS_ORIGINS no origin is allowed', async () => {
    const plain = await createTestApp()
    try {
      const res = await plain.app.inject({ method: 'GET', url: '/health', headers: { origin: 'https://app.spotter.example' } })
      expect(res.headers['access-control-allow-origin']).toBeUndefined()
      const preflight = await plain.app.inject({
        method: 'OPTIONS', url: '/api/clients/profile', headers: { origin: 'https://app.spotter.example', 'access-control-request-method': 'GET' },
      })
      expect(preflight.statusCode).toBe(404)
      expect(preflight.json()).toMatchObject({ status: 'error', code: 'NOT_FOUND' })
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined()
    } finally {
      await plain.close()
    }
  })

  it('x-request-id: a fresh UUID per answer, a valid incoming id echoed, a hostile one replaced', async () => {
    const first = await call(t.app, 'GET', '/health')
    const second = await call(t.app, 'GET', '/api/none')
    expect(first.headers['x-request-id']).toMatch(UUID)
    expect(second.headers['x-request-id']).toMatch(UUID)
    expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id'])
    expect((await call(t.app, 'GET', '/health', { headers: { 'x-request-id': 'lb-7f3a.42_x' } })).headers['x-request-id']).toBe('lb-7f3a.42_x')
    for (const hostile of ['has spaces', 'x'.repeat(65), 'a\u00e9b', 'a;b']) {
      expect((await call(t.app, 'GET', '/health', { headers: { 'x-request-id': hostile } })).headers['x-request-id']).toMatch(UUID)
    }
    const error = await call(t.app, 'POST', '/api/clients/request-activation', { body: { identifier: 'x' }, headers: { 'x-request-id': 'trace-1' } })
    expect(error.statusCode).toBe(400)
    expect(error.headers['x-request-id']).toBe('trace-1')
  })
})
