// Who may call a route is declared on the route (`config.access`) and enforced here, in one
// place: no role checks inside handlers. The same declaration documents the route in OpenAPI and
// drives the role × route test matrix.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { StaffRole } from '../db/types.ts'
import { AppError } from '../lib/errors.ts'
import type { StaffActor } from '../modules/audit/audit.ts'
import { STAFF_ROLES } from '../modules/staff/roles.ts'
import type { AuthContext, SessionService } from '../modules/auth/session.service.ts'

export type Access = 'public' | 'client' | { staff: readonly StaffRole[] }

export const ALL_STAFF_ROLES: readonly StaffRole[] = STAFF_ROLES

export const staff = (...roles: StaffRole[]): Access => ({ staff: roles.length ? roles : ALL_STAFF_ROLES })

export interface RouteAccess {
  method: string
  url: string
  access: Access
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access
  }
  interface FastifyRequest {
    auth: AuthContext | null
  }
  interface FastifyInstance {
    /** Every /api (and /flutter/api) route with what it admits: the source of the OpenAPI notes and the role × route test matrix. */
    accessTable: RouteAccess[]
  }
}

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization
  if (!header) return undefined
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  return match?.[1]
}

/** The authenticated member's id on a route declared `access: 'client'`. */
export function clientId(request: FastifyRequest): number {
  if (request.auth?.subjectType !== 'client') throw new AppError('UNAUTHORIZED')
  return request.auth.subjectId
}

/** The authenticated staff context on a route declared `access: staff(...)`. */
export function staffAuth(request: FastifyRequest): AuthContext & { role: StaffRole } {
  const auth = request.auth
  if (auth?.subjectType !== 'staff' || !auth.role) throw new AppError('UNAUTHORIZED')
  return auth as AuthContext & { role: StaffRole }
}

/** The staff member behind a request, in the shape services and the audit trail take. */
export function staffActor(request: FastifyRequest): StaffActor {
  const auth = staffAuth(request)
  return { staffId: auth.subjectId, role: auth.role, branchId: auth.branchId, requestId: request.id }
}

export function registerAccessControl(app: FastifyInstance, sessions: SessionService): void {
  app.decorateRequest('auth', null)
  const table: RouteAccess[] = []
  app.decorate('accessTable', table)

  app.addHook('onRoute', (route) => {
    // The Flutter apps' dialect (/flutter/api/…) is declared and checked like the API itself.
    if (!/^(\/flutter)?\/api\//.test(route.url)) return
    const access = route.config?.access
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no config.access`)
    for (const method of [route.method].flat()) if (method !== 'HEAD') table.push({ method, url: route.url, access })
    if (access === 'public') return
    const roles = access === 'client' ? ['client'] : access.staff
    route.schema = {
      ...route.schema,
      security: [{ bearerAuth: [] }],
      description: [route.schema?.description, `Allowed: ${access === 'client' ? 'members (client token)' : `staff roles ${roles.join(', ')}`}.`]
        .filter(Boolean).join('\n\n'),
      'x-allowed-roles': roles,
    } as typeof route.schema
  })

  // In callback style, so that a public route costs no promise.
  app.addHook('onRequest', (request, _reply, done) => {
    const access = request.routeOptions.config?.access
    if (!access || access === 'public') return done()
    const token = bearerToken(request)
    if (!token) return done(new AppError('TOKEN_MISSING'))
    sessions.authenticate(token, access === 'client' ? 'client' : 'staff').then((auth) => {
      if (access !== 'client' && !access.staff.includes(auth.role as StaffRole)) return done(new AppError('FORBIDDEN'))
      request.auth = auth
      done()
    }, done)
  })
}
