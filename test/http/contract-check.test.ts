// The suite's response contract check (test/support/contract.ts) catches drift: a body outside
// the declared schema, a status the route does not declare, an error outside the envelope.
import Fastify from 'fastify'
import Type from 'typebox'
import { describe, expect, it } from 'vitest'
import { registerErrorHandlers } from '../../src/http/error-handler.ts'
import { ErrorEnvelope, success, SuccessEnvelope } from '../../src/lib/envelope.ts'
import { installContractCheck, type ContractViolation } from '../support/contract.ts'

async function appWith(violations: ContractViolation[]) {
  const app = Fastify()
  registerErrorHandlers(app)
  installContractCheck(app, violations)
  const response: Record<number, object> = { 200: SuccessEnvelope(Type.Object({ n: Type.Integer() })), 404: ErrorEnvelope }
  app.get('/api/good', { schema: { response } }, async () => success({ n: 1 }))
  app.get('/api/wrong-type', { schema: { response } }, async () => success({ n: 'one' }))
  // The serializer would print null as 0: the check reads the object before serialization.
  app.get('/api/null', { schema: { response } }, async () => success({ n: null }))
  app.get('/api/undeclared', { schema: { response } }, async (_request, reply) => reply.status(409).send({ status: 'error', code: 'X', message: 'x' }))
  app.get('/api/bare-error', { schema: { response: { ...response, 400: Type.Any() } } }, async (_request, reply) => reply.status(400).send({ error: 'nope' }))
  await app.ready()
  return app
}

describe('the response contract check', () => {
  it('passes an answer that matches its schema and flags every kind of drift', async () => {
    const violations: ContractViolation[] = []
    const app = await appWith(violations)
    expect((await app.inject('/api/good')).statusCode).toBe(200)
    expect((await app.inject('/api/nowhere')).statusCode).toBe(404)
    expect(violations).toEqual([])
    for (const url of ['/api/wrong-type', '/api/null', '/api/undeclared', '/api/bare-error']) {
      const res = await app.inject(url)
      expect(res.statusCode, url).toBe(500)
      expect(res.json(), url).toMatchObject({ status: 'error', code: 'CONTRACT_VIOLATION' })
    }
    expect(violations.map((v) => [v.route, v.status])).toEqual([
      ['GET /api/wrong-type', 200], ['GET /api/null', 200], ['GET /api/undeclared', 409], ['GET /api/bare-error', 400],
    ])
    expect(violations[2]!.problems).toEqual(["status 409 is not declared in the route's response schemas"])
    expect(violations[3]!.problems.join()).toMatch(/error envelope/)
    await app.close()
  })
})
