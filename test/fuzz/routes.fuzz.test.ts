// Property-based fuzzing of every /api and /flutter/api route, generated from the routes' own schemas: bodies,
// path parameters and query strings with hostile values mixed into otherwise plausible input.
// Every answer must be below 500 and in the envelope (the contract check of test/support/app.ts
// also holds it to the route's declared response schemas), and a refused request (4xx) must
// leave every table as it was. Prototype pollution must never reach Object.prototype.
//
// `npm test` runs FUZZ_RUNS (default 12) cases per route with the fixed FUZZ_SEED; `npm run fuzz`
// runs many more. A failure prints the seed and the shrunk request to reproduce it.
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { call, createTestApp, type RegisteredRoute } from '../support/app.ts'
import { snapshotter } from '../support/db-snapshot.ts'
import { createBranch, createCustomer, createService, createStaff, createSubscription, signInMember, staffToken } from '../support/factories.ts'
import { UNSUPPORTED_CALLS } from '../../src/routes/app-dialect/unsupported.ts'
import { bodyText, concreteUrl, queryString } from './arbitraries.ts'

const RUNS = Number(process.env.FUZZ_RUNS ?? 12)
const SEED = Number(process.env.FUZZ_SEED ?? 20261130)

// Refusals that are themselves recorded: a failed staff sign-in counts against the account.
const REFUSAL_MAY_WRITE: Record<string, RegExp> = { 'POST /api/auth/login': /login/, 'POST /flutter/api/auth/login': /login/ }
const ENDS_SESSION = /\/logout$|\/change-password$|\/sessions\/:id$/
// The JWKS answers in the standard JWKS shape (RFC 7517) that verifiers read, not in the envelope.
const NOT_ENVELOPED = new Set(['GET /api/entries/qr-keys'])

const t = await createTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '100000', ACTIVATION_MAX_REQUESTS: '1000', DEFAULT_PHONE_REGION: 'EG' } })
afterAll(async () => t.close())

const branch = await createBranch(t.db, { name: 'Dragon Club' })
const owner = await createStaff(t.db, 'owner', null)
await createStaff(t.db, 'front_desk', branch.id)
const plan = await createService(t.db)
const member = await createCustomer(t.db, { branch_id: branch.id, phone: '+201000000001', email: 'fuzz@example.com' })
await createSubscription(t.db, { customerId: member.id, serviceId: plan.id, branchId: branch.id, start: '2026-02-01', end: '2026-03-02' })
const ownerToken = await staffToken(t.app, owner.username)
const memberToken = (await signInMember(t.app, t.notifier, member.phone)).accessToken
const snapshot = await snapshotter(t.db, t.dialect)

const accessOf = new Map(t.app.accessTable.map((r) => [`${r.method} ${r.url}`, r.access]))
// The Flutter apps' dialect (/flutter/api/…) too, but for the calls it answers 501 by design.
const unsupported = new Set(UNSUPPORTED_CALLS.map(([method, path]) => `${method} /flutter${path}`))
const apiRoutes = t.routes.filter((r) => (r.url.startsWith('/api/') || r.url.startsWith('/flutter/api/')) && !unsupported.has(`${r.method} ${r.url}`))

async function tokenFor(route: RegisteredRoute): Promise<string | undefined> {
  const access = accessOf.get(`${route.method} ${route.url}`)
  if (access === 'public') return undefined
  const fresh = ENDS_SESSION.test(route.url)
  if (access === 'client') return fresh ? (await signInMember(t.app, t.notifier, member.phone)).accessToken : memberToken
  return fresh ? staffToken(t.app, owner.username) : ownerToken
}

describe('fuzzing every /api route from its schemas', () => {
  it('covers every /api route', () => {
    expect(apiRoutes.length + unsupported.size).toBe(t.app.accessTable.length)
  })

  for (const route of apiRoutes) {
    const name = `${route.method} ${route.url}`
    it(`${name}: no 5xx, always the envelope, no write when refused`, async () => {
      const hasBody = !['GET', 'DELETE'].includes(route.method)
      const request = fc.record({
        url: concreteUrl(route.url),
        query: queryString(route.schema?.querystring),
        body: hasBody ? bodyText(route.schema?.body) : fc.constant(undefined),
      })
      await fc.assert(
        fc.asyncProperty(request, async ({ url, query, body }) => {
          const token = await tokenFor(route)
          t.clock.advance(1)
          const before = await snapshot()
          const res = await call(t.app, route.method as 'POST', url + query, {
            token,
            headers: body === undefined ? {} : { 'content-type': 'application/json' },
            ...(body === undefined ? {} : { body }),
          })
          const where = `${route.method} ${url}${query} ${body?.slice(0, 300) ?? ''} → ${res.statusCode} ${res.body.slice(0, 500)}`
          expect(res.statusCode, where).toBeLessThan(500)
          expect(res.headers['content-type'], where).toMatch(/^application\/json/)
          const answer = res.json()
          if (!NOT_ENVELOPED.has(name) || res.statusCode >= 400) expect(['success', 'error'], where).toContain(answer.status)
          if (res.statusCode >= 400) {
            expect(answer, where).toMatchObject({ status: 'error', code: expect.stringMatching(/^[A-Z_]+$/), message: expect.any(String) })
            const after = await snapshot()
            const mayWrite = REFUSAL_MAY_WRITE[name]
            const changed = Object.keys(after).filter((k) => after[k] !== before[k] && !mayWrite?.test(k))
            expect(changed, `${where}\nchanged: ${changed.join(', ')}`).toEqual([])
          }
          expect(({} as Record<string, unknown>).polluted, where).toBeUndefined()
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      )
    }, 120_000)
  }
})
