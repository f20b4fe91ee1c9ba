// The role × route matrix, generated from the routes' own `config.access` declarations: for every
// /api route, every staff role, a member and an anonymous caller get what the declaration says.
// Allowed callers may still be refused for their input (400/404/409/422), never with 401/403.
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StaffRole } from '../../src/db/types.ts'
import { ALL_STAFF_ROLES, type RouteAccess } from '../../src/http/access.ts'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createStaff, signInMember, staffToken } from '../support/factories.ts'

const MISSING_ID = '999999'
const concrete = (url: string) => url.replace(/:[a-zA-Z_]+/g, MISSING_ID)
const endsSession = (route: RouteAccess) => /\/logout$|\/change-password$/.test(route.url)

describe('role × route matrix', () => {
  let t: TestApp
  let routes: RouteAccess[]
  const usernames = new Map<StaffRole, string>()
  const tokens = new Map<StaffRole, string>()
  let memberToken: string
  let memberPhone: string

  beforeAll(async () => {
    t = await createTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '100000', ACTIVATION_MAX_REQUESTS: '1000' } })
    routes = t.app.accessTable
    const branch = await createBranch(t.db)
    for (const role of ALL_STAFF_ROLES) {
      const user = await createStaff(t.db, role, role === 'owner' || role === 'central_accountant' ? null : branch.id)
      usernames.set(role, user.username)
      tokens.set(role, await staffToken(t.app, user.username))
    }
    const member = await createCustomer(t.db, { branch_id: branch.id })
    memberPhone = member.phone
    memberToken = (await signInMember(t.app, t.notifier, member.phone)).accessToken
  })
  afterAll(async () => t.close())

  const send = (app: FastifyInstance, route: RouteAccess, token?: string) =>
    call(app, route.method as 'GET', concrete(route.url), { token, ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { body: {} }) })

  it('declares access on every /api route, and the matrix covers them all', () => {
    expect(routes.length).toBeGreaterThan(10)
    for (const route of routes) expect(route.access).toBeDefined()
  })

  it('answers 401 TOKEN_MISSING to an anonymous caller on every protected route', async () => {
    for (const route of routes.filter((r) => r.access !== 'public')) {
      const res = await send(t.app, route)
      expect({ route: `${route.method} ${route.url}`, status: res.statusCode, code: res.json().code }).toEqual({
        route: `${route.method} ${route.url}`, status: 401, code: 'TOKEN_MISSING',
      })
    }
  })

  it('answers 403 UNAUTHORIZED to a member on staff routes and to staff on member routes', async () => {
    for (const route of routes.filter((r) => r.access !== 'public')) {
      const token = route.access === 'client' ? tokens.get('owner') : memberToken
      const res = await send(t.app, route, token)
      expect({ route: `${route.method} ${route.url}`, status: res.statusCode, code: res.json().code }).toEqual({
        route: `${route.method} ${route.url}`, status: 403, code: 'UNAUTHORIZED',
      })
    }
  })

  for (const role of ALL_STAFF_ROLES) {
    it(`gives a ${role} exactly the staff routes that admit ${role}`, async () => {
      for (const route of routes.filter((r) => typeof r.access === 'object')) {
        const allowed = (route.access as { staff: readonly StaffRole[] }).staff.includes(role)
        // Routes that end the caller's session get a session of their own.
        const token = allowed && endsSession(route) ? await staffToken(t.app, usernames.get(role)!) : tokens.get(role)
        const res = await send(t.app, route, token)
        const where = `${role} ${route.method} ${route.url}`
        if (allowed) {
          expect([401, 403].includes(res.statusCode), `${where} answered ${res.statusCode} ${res.body}`).toBe(false)
        } else {
          expect({ where, status: res.statusCode, code: res.json().code }).toEqual({ where, status: 403, code: 'FORBIDDEN' })
        }
        expect(res.json().status, where).toBeDefined()
      }
    })
  }

  it('lets a member through every member route (input aside)', async () => {
    for (const route of routes.filter((r) => r.access === 'client')) {
      const token = endsSession(route) ? (await signInMember(t.app, t.notifier, memberPhone)).accessToken : memberToken
      const res = await send(t.app, route, token)
      expect([401, 403].includes(res.statusCode), `${route.method} ${route.url} answered ${res.statusCode} ${res.body}`).toBe(false)
    }
  })
})
