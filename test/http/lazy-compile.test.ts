// Schemas are compiled on a route's first request (src/http/lazy-compile.ts), not at start. The
// first request and every later one must still be validated and serialized by the route's schemas,
// exactly as if they had been compiled eagerly.
import type { FastifyInstance } from 'fastify'
import pino from 'pino'
import Type from 'typebox'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/app.ts'
import { ErrorEnvelope, success, SuccessEnvelope } from '../../src/lib/envelope.ts'
import { AppError } from '../../src/lib/errors.ts'
import { createTestApp, type TestApp } from '../support/app.ts'

const Probe = SuccessEnvelope(Type.Object({ name: Type.String(), count: Type.Integer(), given: Type.Optional(Type.Integer()) }))

describe('schemas compiled on first use', () => {
  let t: TestApp
  let app: FastifyInstance
  beforeAll(async () => {
    t = await createTestApp()
    // A second app over the same database, with probe routes (as test/http/csv.test.ts does).
    app = await buildApp(t.config, { clock: t.clock, database: t.database.handle, notifier: t.notifier, logger: pino({ level: 'silent' }), beforeReady: (a) => {
      const config = { access: 'public' as const }
      a.get('/probe/:id', {
        config,
        schema: {
          params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
          querystring: Type.Object({ n: Type.Optional(Type.Integer()), missing: Type.Optional(Type.Boolean()) }),
          response: { 200: Probe, 404: ErrorEnvelope },
        },
      }, async (request) => {
        const { id } = request.params as { id: number }
        const { n, missing } = request.query as { n?: number; missing?: boolean }
        if (missing) throw new AppError('NOT_FOUND')
        // Fields outside the schema, and a count given as text: the serializer decides what leaves.
        return success({ name: `probe ${typeof id} ${typeof n}`, count: '7', given: n, password_hash: 'never' })
      })
      a.post('/probe', {
        config,
        schema: { body: Type.Object({ name: Type.String({ minLength: 1 }), count: Type.Integer() }, { additionalProperties: false }), response: { 200: Probe } },
      }, async (request) => success(request.body as { name: string; count: number }))
    } })
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('the first answer of a route is serialized by its response schema: unknown fields dropped, types coerced', async () => {
    const res = await app.inject({ method: 'GET', url: '/probe/3?n=5' })
    expect(res.statusCode).toBe(200)
    expect(res.body).toBe('{"status":"success","data":{"name":"probe number number","count":7,"given":5}}')
    const again = await app.inject({ method: 'GET', url: '/probe/4' })
    expect(again.body).toBe('{"status":"success","data":{"name":"probe number undefined","count":7}}')
  })

  it('path and query are coerced and validated from the first request on', async () => {
    const bad = await app.inject({ method: 'GET', url: '/probe/0?n=x' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json()).toMatchObject({ status: 'error', code: 'VALIDATION_ERROR' })
    const missing = await app.inject({ method: 'GET', url: '/probe/2?missing=true' })
    expect(missing.statusCode).toBe(404)
    expect(missing.json()).toEqual({ status: 'error', code: 'NOT_FOUND', message: expect.any(String) })
  })

  it('each invalid body names its own fields, on the first request and after a valid one', async () => {
    const first = await app.inject({ method: 'POST', url: '/probe', payload: { name: '', count: 1 } })
    expect(first.statusCode).toBe(400)
    expect(first.json().errors.map((e: { field: string }) => e.field)).toEqual(['name'])
    const valid = await app.inject({ method: 'POST', url: '/probe', payload: { name: 'x', count: 2 } })
    expect(valid.statusCode).toBe(200)
    expect(valid.json()).toEqual({ status: 'success', data: { name: 'x', count: 2 } })
    const second = await app.inject({ method: 'POST', url: '/probe', payload: { name: 'y', count: 'two' } })
    expect(second.statusCode).toBe(400)
    expect(second.json().errors.map((e: { field: string }) => e.field)).toEqual(['count'])
    const empty = await app.inject({ method: 'POST', url: '/probe' })
    expect(empty.statusCode).toBe(400)
    expect(empty.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['count', 'name'])
  })

  it('a HEAD request of a GET route is validated and answered without a body', async () => {
    expect((await app.inject({ method: 'HEAD', url: '/probe/0' })).statusCode).toBe(400)
    const head = await app.inject({ method: 'HEAD', url: '/probe/3' })
    expect(head.statusCode).toBe(200)
    expect(head.body).toBe('')
  })

  it('a real route of the app validates and serializes on its first request', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody' } })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ status: 'error', code: 'VALIDATION_ERROR' })
    const health = await app.inject({ method: 'GET', url: '/health' })
    expect(health.json()).toEqual({ status: 'success', data: { state: 'alive' } })
  })
})
