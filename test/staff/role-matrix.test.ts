// The role × route matrix: for every /api route, every staff role, a member and an anonymous
// caller get what SPEC's role table says (written out by hand in role-table.ts, independent of
// the routes' own declarations). A route missing from the table fails, and so does a line naming
// a route that no longer exists. Allowed callers may still be refused for their input
// (400/404/409/422), never with 401/403.
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StaffRole } from '../../src/db/types.ts'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createStaff, signInMember, staffToken } from '../support/factories.ts'
import { parseRoleTable, ROLE_TABLE, STAFF_CALLERS, type Caller } from './role-table.ts'

const MISSING_ID = '999999'
const concrete = (url: string) => url.replace(/:[a-zA-Z_]+/g, MISSING_ID)
const endsSession = (url: string) => /\/logout$|\/change-password$/.test(url)
const expected = parseRoleTable(ROLE_TABLE)

interface Route { method: string; url: string; key: string; callers: ReadonlySet<Caller> }

describe('role × route matrix (expectations from SPEC, in role-table.ts)', () => {
  let t: TestApp
  let routes: Route[]
  const usernames = new Map<StaffRole, string>()
  const tokens = new Map<StaffRole, string>()
  let memberToken: string
  let memberPhone: string

  beforeAll(async () => {
    t = await createTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '100000', ACTIVATION_MAX_REQUESTS: '1000' } })
    routes = t.app.accessTable.map((r) => {
      const key = `${r.method} ${r.url}`
      return { method: r.method, url: r.url, key, callers: expected.get(key) ?? new Set() }
    })
    const branch = await createBranch(t.db)
    for (const role of STAFF_CALLERS) {
      const user = await createStaff(t.db, role, role === 'owner' || role === 'central_accountant' ? null : branch.id)
      usernames.set(role, user.username)
      tokens.set(role, await staffToken(t.app, user.username))
    }
    const member = await createCustomer(t.db, { branch_id: branch.id })
    memberPhone = member.phone
    memberToken = (await signInMember(t.app, t.notifier, member.phone)).accessToken
  })
  afterAll(async () => t.close())

  const send = (app: FastifyInstance, route: Route, token?: string) =>
    call(app, route.method as 'GET', concrete(route.url), { token, ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { body: {} }) })

  it('every /api route is in the role table, and every line of the table is a route', () => {
    const served = new Set(routes.map((r) => r.key))
    expect(routes.length).toBeGreaterThan(10)
    expect(routes.filter((r) => !expected.has(r.key)).map((r) => r.key), 'routes missing from test/staff/role-table.ts').toEqual([])
    expect([...expected.keys()].filter((key) => !served.has(key)), 'lines of test/staff/role-table.ts naming no route').toEqual([])
  })

  it('an anonymous caller gets through exactly the public routes; elsewhere 401 TOKEN_MISSING', async () => {
    for (const route of routes) {
      const res = await send(t.app, route)
      if (route.callers.has('public')) {
        // The refresh routes take their token in the body: without one they answer 401 by design.
        const refused = /\/refresh$/.test(route.url) ? [403] : [401, 403]
        expect(refused.includes(res.statusCode), `${route.key} answered ${res.statusCode} ${res.body}`).toBe(false)
      } else {
        expect({ route: route.key, status: res.statusCode, code: res.json().code }).toEqual({ route: route.key, status: 401, code: 'TOKEN_MISSING' })
      }
    }
  })

  it('a member gets through exactly the member routes; staff get 403 UNAUTHORIZED there, and members on staff routes', async () => {
    for (const route of routes.filter((r) => !r.callers.has('public'))) {
      if (route.callers.has('member')) {
        const token = endsSession(route.url) ? (await signInMember(t.app, t.notifier, memberPhone)).accessToken : memberToken
        const res = await send(t.app, route, token)
        expect([401, 403].includes(res.statusCode), `${route.key} answered ${res.statusCode} ${res.body}`).toBe(false)
        const staffRes = await send(t.app, route, tokens.get('owner'))
        expect({ route: route.key, status: staffRes.statusCode, code: staffRes.json().code }).toEqual({ route: route.key, status: 403, code: 'UNAUTHORIZED' })
      } else {
        const res = await send(t.app, route, memberToken)
        expect({ route: route.key, status: res.statusCode, code: res.json().code }).toEqual({ route: route.key, status: 403, code: 'UNAUTHORIZED' })
      }
    }
  })

  for (const role of STAFF_CALLERS) {
    it(`a ${role} gets through exactly the staff routes the table gives ${role}; elsewhere 403 FORBIDDEN`, async () => {
      for (const route of routes.filter((r) => !r.callers.has('public') && !r.callers.has('member'))) {
        const allowed = route.callers.has(role)
        // Routes that end the caller's session get a session of their own.
        const token = allowed && endsSession(route.url) ? await staffToken(t.app, usernames.get(role)!) : tokens.get(role)
        const res = await send(t.app, route, token)
        const where = `${role} ${route.key}`
        if (allowed) {
          expect([401, 403].includes(res.statusCode), `${where} answered ${res.statusCode} ${res.body}`).toBe(false)
        } else {
          expect({ where, status: res.statusCode, code: res.json().code }).toEqual({ where, status: 403, code: 'FORBIDDEN' })
        }
      }
    })
  }
})
