// Members' tokens: the claims, every 401/403 the guard answers, and refresh rotation with reuse
// detection and its grace interval.
import { SignJWT } from 'jose'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, createTestApp, TEST_SECRET, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createStaff, signInMember, staffToken } from '../support/factories.ts'
import { expectError, jwtPayload, newMemberSignedIn, profileCall as profile, refreshCall as refresh, signInDevice } from './helpers.ts'

describe('client tokens', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  const signedIn = (phone = '01555550000', userAgent?: string) => newMemberSignedIn(t, phone, userAgent)
  const anotherDevice = (phone: string, userAgent: string) => signInDevice(t, phone, userAgent)

  describe('claims', () => {
    it('the access token carries type client, customer_id and sub as a string, and lives JWT_ACCESS_TOKEN_EXPIRES', async () => {
      const { member, accessToken, refreshToken } = await signedIn()
      const access = jwtPayload(accessToken)
      expect(access).toMatchObject({ type: 'client', customer_id: member.id, sub: String(member.id) })
      expect(typeof access.sub).toBe('string')
      expect(access.iat).toBe(Date.parse('2026-02-11T09:30:00Z') / 1000)
      expect(Number(access.exp) - Number(access.iat)).toBe(86400)
      const refreshClaims = jwtPayload(refreshToken)
      expect(refreshClaims).toMatchObject({ type: 'client', customer_id: member.id, sub: String(member.id) })
      expect(Number(refreshClaims.exp) - Number(refreshClaims.iat)).toBe(2592000)
    })

    it('JWT_ACCESS_TOKEN_EXPIRES and JWT_REFRESH_TOKEN_EXPIRES set the lifetimes', async () => {
      const custom = await createTestApp({ env: { JWT_ACCESS_TOKEN_EXPIRES: '3600', JWT_REFRESH_TOKEN_EXPIRES: '7200' } })
      try {
        await createCustomer(custom.db, { phone: '01555550001' })
        await call(custom.app, 'POST', '/api/clients/request-activation', { body: { identifier: '01555550001' } })
        const res = await call(custom.app, 'POST', '/api/clients/verify-activation', { body: { identifier: '01555550001', activation_code: custom.notifier.lastCodeFor('01555550001') } })
        const data = res.json().data
        expect(data.expires_in).toBe(3600)
        expect(Number(jwtPayload(data.access_token).exp) - Number(jwtPayload(data.access_token).iat)).toBe(3600)
        custom.clock.advance(3601)
        expectError(await call(custom.app, 'GET', '/api/clients/profile', { token: data.access_token }), 401, 'TOKEN_EXPIRED')
        const rotated = await call(custom.app, 'POST', '/api/clients/refresh', { body: { refresh_token: data.refresh_token } })
        expect(rotated.statusCode).toBe(200)
        expect(rotated.json().data.expires_in).toBe(3600)
        custom.clock.advance(7201)
        expectError(await call(custom.app, 'POST', '/api/clients/refresh', { body: { refresh_token: rotated.json().data.refresh_token } }), 401, 'TOKEN_EXPIRED')
      } finally {
        await custom.close()
      }
    })
  })

  describe('the guard on client routes', () => {
    it('no token answers 401 TOKEN_MISSING, also with a non-Bearer scheme', async () => {
      expectError(await call(t.app, 'GET', '/api/clients/profile'), 401, 'TOKEN_MISSING')
      expectError(await call(t.app, 'GET', '/api/clients/profile', { headers: { authorization: 'Basic dXNlcjpwYXNz' } }), 401, 'TOKEN_MISSING')
      expectError(await call(t.app, 'GET', '/api/clients/profile', { headers: { authorization: 'Bearer ' } }), 401, 'TOKEN_MISSING')
    })

    it('a garbage, tampered, foreign-signed or unsigned token answers 401 TOKEN_INVALID', async () => {
      const { member, accessToken } = await signedIn()
      const [header, payload, signature] = accessToken.split('.') as [string, string, string]
      const forgedPayload = Buffer.from(JSON.stringify({ ...jwtPayload(accessToken), customer_id: member.id + 1, sub: String(member.id + 1) })).toString('base64url')
      const now = Math.floor(t.clock.now().getTime() / 1000)
      const claims = { type: 'client', customer_id: member.id, token_use: 'access', sid: jwtPayload(accessToken).sid }
      const foreign = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(String(member.id)).setIssuedAt(now).setExpirationTime(now + 60)
        .sign(new TextEncoder().encode('another-secret-key-that-is-long-enough-000'))
      const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`
      // The genuine token first, so that its verified signature is remembered: a near copy must not pass for it.
      expect((await profile(t, accessToken)).statusCode).toBe(200)
      for (const token of ['garbage', `${header}.${forgedPayload}.${signature}`, `${header}.${payload}.${signature.slice(0, -4)}AAAA`, foreign, unsigned]) {
        expectError(await profile(t, token), 401, 'TOKEN_INVALID')
      }
    })

    it('a token past JWT_ACCESS_TOKEN_EXPIRES answers 401 TOKEN_EXPIRED', async () => {
      const { accessToken } = await signedIn()
      t.clock.advance(86399)
      expect((await profile(t, accessToken)).statusCode).toBe(200)
      t.clock.advance(1)
      expectError(await profile(t, accessToken), 401, 'TOKEN_EXPIRED')
    })

    it('a refresh token used as an access token answers 401 TOKEN_INVALID', async () => {
      const { refreshToken } = await signedIn()
      expectError(await profile(t, refreshToken), 401, 'TOKEN_INVALID')
    })

    it('a well-signed token naming a session that does not exist answers 401 TOKEN_REVOKED', async () => {
      const { member } = await signedIn()
      const now = Math.floor(t.clock.now().getTime() / 1000)
      const token = await new SignJWT({ type: 'client', customer_id: member.id, token_use: 'access', sid: 999_999 })
        .setProtectedHeader({ alg: 'HS256' }).setSubject(String(member.id)).setIssuedAt(now).setExpirationTime(now + 60)
        .sign(new TextEncoder().encode(TEST_SECRET))
      expectError(await profile(t, token), 401, 'TOKEN_REVOKED')
    })

    it('a staff token on a client route answers 403 UNAUTHORIZED; a client token on /api/auth/me answers 403 UNAUTHORIZED', async () => {
      const branch = await createBranch(t.db)
      const desk = await createStaff(t.db, 'front_desk', branch.id)
      const staff = await staffToken(t.app, desk.username)
      for (const [method, url] of [['GET', '/api/clients/profile'], ['GET', '/api/clients/subscription'], ['GET', '/api/clients/qr'], ['GET', '/api/clients/entry-history'], ['GET', '/api/clients/sessions']] as const) {
        expectError(await call(t.app, method, url, { token: staff }), 403, 'UNAUTHORIZED')
      }
      const { accessToken } = await signedIn()
      expectError(await call(t.app, 'GET', '/api/auth/me', { token: accessToken }), 403, 'UNAUTHORIZED')
      expect((await call(t.app, 'GET', '/api/auth/me', { token: staff })).statusCode).toBe(200)
    })

    it('a staff refresh token on the client refresh answers 403 UNAUTHORIZED', async () => {
      const branch = await createBranch(t.db)
      const desk = await createStaff(t.db, 'front_desk', branch.id)
      const login = await call(t.app, 'POST', '/api/auth/login', { body: { username: desk.username, password: 'correct-horse-battery' } })
      expectError(await refresh(t, login.json().data.refresh_token), 403, 'UNAUTHORIZED')
    })
  })

  describe('refresh', () => {
    it('rotates: a new access token and a new refresh token, both working', async () => {
      const { accessToken, refreshToken } = await signedIn()
      t.clock.advance(30)
      const res = await refresh(t, refreshToken)
      expect(res.statusCode).toBe(200)
      const data = res.json().data
      expect(res.json().status).toBe('success')
      expect(Object.keys(data).sort()).toEqual(['access_token', 'expires_in', 'refresh_token', 'token_type'])
      expect(data).toMatchObject({ token_type: 'Bearer', expires_in: 86400 })
      expect(data.refresh_token).not.toBe(refreshToken)
      expect(data.access_token).not.toBe(accessToken)
      expect(jwtPayload(data.access_token)).toMatchObject({ type: 'client', sub: jwtPayload(accessToken).sub })
      expect((await profile(t, data.access_token)).statusCode).toBe(200)
      t.clock.advance(30)
      expect((await refresh(t, data.refresh_token)).statusCode).toBe(200)
    })

    it('accepts the refresh token as Authorization: Bearer', async () => {
      const { refreshToken } = await signedIn()
      const res = await call(t.app, 'POST', '/api/clients/refresh', { token: refreshToken })
      expect(res.statusCode).toBe(200)
      expect(res.json().data.refresh_token).not.toBe(refreshToken)
    })

    it('without any refresh token answers 401 TOKEN_MISSING; with an access token 401 TOKEN_INVALID', async () => {
      const { accessToken } = await signedIn()
      expectError(await call(t.app, 'POST', '/api/clients/refresh'), 401, 'TOKEN_MISSING')
      expectError(await call(t.app, 'POST', '/api/clients/refresh', { body: {} }), 401, 'TOKEN_MISSING')
      expectError(await refresh(t, accessToken), 401, 'TOKEN_INVALID')
      expectError(await refresh(t, 'not-a-token'), 401, 'TOKEN_INVALID')
    })

    it('within REFRESH_REUSE_INTERVAL the spent token gets the very same successor back', async () => {
      const { refreshToken } = await signedIn()
      const first = (await refresh(t, refreshToken)).json().data
      t.clock.advance(10)
      const again = await refresh(t, refreshToken)
      expect(again.statusCode).toBe(200)
      expect(again.json().data.refresh_token).toBe(first.refresh_token)
      expect((await profile(t, again.json().data.access_token)).statusCode).toBe(200)
      // The session is intact: the successor rotates normally.
      expect((await refresh(t, first.refresh_token)).statusCode).toBe(200)
      expect(await t.db.selectFrom('auth_sessions').select('revoked_at').execute()).toEqual([{ revoked_at: null }])
    })

    it('after REFRESH_REUSE_INTERVAL a spent token answers 401 TOKEN_REVOKED and ends the whole session', async () => {
      const { accessToken, refreshToken } = await signedIn()
      const successor = (await refresh(t, refreshToken)).json().data
      t.clock.advance(11)
      expectError(await refresh(t, refreshToken), 401, 'TOKEN_REVOKED')
      expectError(await refresh(t, successor.refresh_token), 401, 'TOKEN_REVOKED')
      expectError(await profile(t, successor.access_token), 401, 'TOKEN_REVOKED')
      expectError(await profile(t, accessToken), 401, 'TOKEN_REVOKED')
      expect(await t.db.selectFrom('auth_sessions').select('revoked_reason').execute()).toEqual([{ revoked_reason: 'refresh_reuse' }])
    })

    it('reuse ends only that session: the member\'s other device keeps working', async () => {
      const { refreshToken } = await signedIn('01555550002')
      const other = await anotherDevice('01555550002', 'Tablet')
      await refresh(t, refreshToken)
      t.clock.advance(60)
      expectError(await refresh(t, refreshToken), 401, 'TOKEN_REVOKED')
      expect((await profile(t, other.accessToken)).statusCode).toBe(200)
      expect((await refresh(t, other.refreshToken)).statusCode).toBe(200)
    })

    it('REFRESH_REUSE_INTERVAL=0 treats any later replay as reuse', async () => {
      const strict = await createTestApp({ env: { REFRESH_REUSE_INTERVAL: '0' } })
      try {
        await createCustomer(strict.db, { phone: '01555550003' })
        const { refreshToken } = await signInMember(strict.app, strict.notifier, '01555550003')
        expect((await call(strict.app, 'POST', '/api/clients/refresh', { body: { refresh_token: refreshToken } })).statusCode).toBe(200)
        strict.clock.advance(1)
        expectError(await call(strict.app, 'POST', '/api/clients/refresh', { body: { refresh_token: refreshToken } }), 401, 'TOKEN_REVOKED')
      } finally {
        await strict.close()
      }
    })

    it('stores no usable refresh token: only hashes of their ids', async () => {
      const { refreshToken } = await signedIn()
      const rows = await t.db.selectFrom('refresh_tokens').selectAll().execute()
      const jti = String(jwtPayload(refreshToken).jti)
      for (const row of rows) {
        for (const value of Object.values(row)) {
          expect(String(value)).not.toContain(refreshToken)
          expect(String(value)).not.toContain(jti)
        }
      }
    })
  })
})
