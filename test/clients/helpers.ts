// Small helpers shared by the members' API tests: the sign-in calls, JWT payload decoding, the
// session service over the test database, and row counts to prove a request changed nothing.
import { expect } from 'vitest'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import type { Db } from '../../src/db/database.ts'
import { createSessionService } from '../../src/modules/auth/session.service.ts'
import { createTokenSigner } from '../../src/modules/auth/tokens.ts'
import { call, type TestApp } from '../support/app.ts'
import { createCustomer } from '../support/factories.ts'

export const requestCode = (app: FastifyInstance, identifier: unknown, headers?: Record<string, string>) =>
  call(app, 'POST', '/api/clients/request-activation', { body: { identifier }, headers })

export const verifyCode = (app: FastifyInstance, identifier: unknown, code: unknown, headers?: Record<string, string>) =>
  call(app, 'POST', '/api/clients/verify-activation', { body: { identifier, activation_code: code }, headers })

/** Asserts the error envelope: status, code, a human message and nothing of the internals. */
export function expectError(res: LightMyRequestResponse, status: number, code: string): Record<string, unknown> {
  expect({ status: res.statusCode, body: res.json() }).toMatchObject({ status, body: { status: 'error', code } })
  const body = res.json() as Record<string, unknown>
  expect(typeof body.message).toBe('string')
  expect((body.message as string).length).toBeGreaterThan(0)
  expect(res.body).not.toMatch(/stack|node_modules|\bselect\b|\binsert\b|sqlite|postgres/i)
  return body
}

/** The payload of a JWT, without verifying it. */
export function jwtPayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1]
  if (!part) throw new Error(`not a JWT: ${token}`)
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>
}

/** The app's own session service over the same database and clock (for ending a member's sessions). */
export const sessionServiceOf = (t: TestApp) =>
  createSessionService({ db: t.db, config: t.config, clock: t.clock, signer: createTokenSigner(t.config, t.clock) })

const COUNTED = ['customers', 'activation_codes', 'auth_sessions', 'refresh_tokens'] as const

/** Row counts of the tables a sign-in request can touch. */
export async function rowCounts(db: Db): Promise<Record<(typeof COUNTED)[number], number>> {
  const counts = await Promise.all(
    COUNTED.map(async (table) => {
      const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
      return [table, Number(row.n)] as const
    }),
  )
  return Object.fromEntries(counts) as Record<(typeof COUNTED)[number], number>
}

export const activationRows = (db: Db) => db.selectFrom('activation_codes').selectAll().orderBy('id').execute()

export const refreshCall = (t: TestApp, token: string) => call(t.app, 'POST', '/api/clients/refresh', { body: { refresh_token: token } })
export const profileCall = (t: TestApp, token: string) => call(t.app, 'GET', '/api/clients/profile', { token })

/** Signs an existing member in on one more device, with that device's user agent. */
export async function signInDevice(t: TestApp, phone: string, userAgent = 'SpotterApp/1.0') {
  await call(t.app, 'POST', '/api/clients/request-activation', { body: { identifier: phone } })
  const res = await call(t.app, 'POST', '/api/clients/verify-activation', {
    body: { identifier: phone, activation_code: t.notifier.lastCodeFor(phone) }, headers: { 'user-agent': userAgent },
  })
  expect(res.statusCode).toBe(200)
  return { accessToken: res.json().data.access_token as string, refreshToken: res.json().data.refresh_token as string }
}

/** A new member, signed in on one device. */
export async function newMemberSignedIn(t: TestApp, phone: string, userAgent?: string) {
  const member = await createCustomer(t.db, { phone })
  return { member, ...(await signInDevice(t, phone, userAgent)) }
}
