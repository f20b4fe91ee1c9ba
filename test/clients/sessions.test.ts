// Members' sessions: logout (one or all), the list of signed-in devices, ending one device, and
// deactivation ending every session at once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createStaff, signInMember, staffToken } from '../support/factories.ts'
import { expectError, jwtPayload, newMemberSignedIn, profileCall as profile, refreshCall as refresh, sessionServiceOf, signInDevice } from './helpers.ts'

describe('client sessions', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  const signedIn = (phone = '01555550000', userAgent?: string) => newMemberSignedIn(t, phone, userAgent)
  const anotherDevice = (phone: string, userAgent: string) => signInDevice(t, phone, userAgent)

  describe('logout', () => {
    it('with the refresh token in the body ends this session: its access and refresh tokens answer 401 TOKEN_REVOKED', async () => {
      const { accessToken, refreshToken } = await signedIn('01555550004')
      const other = await anotherDevice('01555550004', 'Tablet')
      const res = await call(t.app, 'POST', '/api/clients/logout', { token: accessToken, body: { refresh_token: refreshToken } })
      expect(res.statusCode).toBe(200)
      expect(res.json()).toEqual({ status: 'success', message: 'Signed out', data: { sessions_ended: 1 } })
      expectError(await profile(t, accessToken), 401, 'TOKEN_REVOKED')
      expectError(await refresh(t, refreshToken), 401, 'TOKEN_REVOKED')
      expect((await profile(t, other.accessToken)).statusCode).toBe(200)
    })

    it('without a body ends the session of the access token', async () => {
      const { accessToken, refreshToken } = await signedIn()
      const res = await call(t.app, 'POST', '/api/clients/logout', { token: accessToken })
      expect(res.json().data).toEqual({ sessions_ended: 1 })
      expectError(await profile(t, accessToken), 401, 'TOKEN_REVOKED')
      expectError(await refresh(t, refreshToken), 401, 'TOKEN_REVOKED')
    })

    it('?all=true ends every session of the member, and no one else\'s', async () => {
      const { accessToken } = await signedIn('01555550005')
      const tablet = await anotherDevice('01555550005', 'Tablet')
      const stranger = await signedIn('01555550006')
      const res = await call(t.app, 'POST', '/api/clients/logout?all=true', { token: accessToken })
      expect(res.statusCode).toBe(200)
      expect(res.json()).toEqual({ status: 'success', message: 'Signed out everywhere', data: { sessions_ended: 2 } })
      expectError(await profile(t, accessToken), 401, 'TOKEN_REVOKED')
      expectError(await profile(t, tablet.accessToken), 401, 'TOKEN_REVOKED')
      expectError(await refresh(t, tablet.refreshToken), 401, 'TOKEN_REVOKED')
      expect((await profile(t, stranger.accessToken)).statusCode).toBe(200)
    })

    it("another member's refresh token is refused and ends nothing", async () => {
      const me = await signedIn('01555550007')
      const stranger = await signedIn('01555550008')
      expectError(await call(t.app, 'POST', '/api/clients/logout', { token: me.accessToken, body: { refresh_token: stranger.refreshToken } }), 401, 'TOKEN_INVALID')
      expect((await profile(t, stranger.accessToken)).statusCode).toBe(200)
      expect((await refresh(t, stranger.refreshToken)).statusCode).toBe(200)
    })

    it('needs a client access token', async () => {
      expectError(await call(t.app, 'POST', '/api/clients/logout'), 401, 'TOKEN_MISSING')
    })
  })

  describe('signed-in devices', () => {
    it('GET /sessions lists the devices with user agent, times and which one is current', async () => {
      const phone = await signedIn('01555550009', 'SpotterApp/1.0 (iPhone)')
      t.clock.advance(120)
      const tablet = await anotherDevice('01555550009', 'SpotterApp/1.0 (iPad)')
      const res = await call(t.app, 'GET', '/api/clients/sessions', { token: phone.accessToken })
      expect(res.statusCode).toBe(200)
      const sessions = res.json().data.sessions as Array<Record<string, unknown>>
      expect(sessions).toHaveLength(2)
      const byAgent = Object.fromEntries(sessions.map((s) => [s.user_agent, s]))
      expect(byAgent['SpotterApp/1.0 (iPhone)']).toMatchObject({ current: true, created_at: '2026-02-11T09:30:00Z' })
      expect(byAgent['SpotterApp/1.0 (iPad)']).toMatchObject({ current: false, created_at: '2026-02-11T09:32:00Z', last_used_at: '2026-02-11T09:32:00Z' })
      for (const s of sessions) expect(Object.keys(s).sort()).toEqual(['created_at', 'current', 'id', 'last_used_at', 'user_agent'])
      const fromTablet = await call(t.app, 'GET', '/api/clients/sessions', { token: tablet.accessToken })
      expect(fromTablet.json().data.sessions.find((s: { current: boolean }) => s.current).user_agent).toBe('SpotterApp/1.0 (iPad)')
    })

    it('DELETE /sessions/:id ends that device only', async () => {
      const phone = await signedIn('01555550010', 'Phone')
      const tablet = await anotherDevice('01555550010', 'Tablet')
      const list = (await call(t.app, 'GET', '/api/clients/sessions', { token: phone.accessToken })).json().data.sessions
      const tabletId = list.find((s: { user_agent: string }) => s.user_agent === 'Tablet').id
      const res = await call(t.app, 'DELETE', `/api/clients/sessions/${tabletId}`, { token: phone.accessToken })
      expect(res.statusCode).toBe(200)
      expect(res.json()).toEqual({ status: 'success', message: 'Session ended', data: null })
      expectError(await profile(t, tablet.accessToken), 401, 'TOKEN_REVOKED')
      expectError(await refresh(t, tablet.refreshToken), 401, 'TOKEN_REVOKED')
      expect((await profile(t, phone.accessToken)).statusCode).toBe(200)
      const after = (await call(t.app, 'GET', '/api/clients/sessions', { token: phone.accessToken })).json().data.sessions
      expect(after.map((s: { user_agent: string }) => s.user_agent)).toEqual(['Phone'])
      // Ending it again: it no longer exists for the member.
      expectError(await call(t.app, 'DELETE', `/api/clients/sessions/${tabletId}`, { token: phone.accessToken }), 404, 'NOT_FOUND')
    })

    it("another member's session id answers 404 NOT_FOUND and that session lives on", async () => {
      const me = await signedIn('01555550011')
      const stranger = await signedIn('01555550012')
      const strangerSession = Number(jwtPayload(stranger.accessToken).sid)
      expectError(await call(t.app, 'DELETE', `/api/clients/sessions/${strangerSession}`, { token: me.accessToken }), 404, 'NOT_FOUND')
      expectError(await call(t.app, 'DELETE', '/api/clients/sessions/999999', { token: me.accessToken }), 404, 'NOT_FOUND')
      expect((await profile(t, stranger.accessToken)).statusCode).toBe(200)
    })

    it('a session id that is not a positive integer answers 400 VALIDATION_ERROR', async () => {
      const me = await signedIn()
      for (const id of ['abc', '0', '-1', '1.5', '99999999999']) {
        expectError(await call(t.app, 'DELETE', `/api/clients/sessions/${id}`, { token: me.accessToken }), 400, 'VALIDATION_ERROR')
      }
    })
  })

  describe('deactivation', () => {
    it('deactivating a member and ending their sessions kills live access and refresh tokens at once', async () => {
      const { member, accessToken, refreshToken } = await signedIn('01555550013')
      const tablet = await anotherDevice('01555550013', 'Tablet')
      await t.db.updateTable('customers').set({ is_active: false }).where('id', '=', member.id).execute()
      expect(await sessionServiceOf(t).endAll('client', member.id, 'deactivated')).toBe(2)
      for (const token of [accessToken, tablet.accessToken]) expectError(await profile(t, token), 401, 'TOKEN_REVOKED')
      for (const token of [refreshToken, tablet.refreshToken]) expectError(await refresh(t, token), 401, 'TOKEN_REVOKED')
    })

    it('POST /api/customers/{id}/deactivate by the front desk ends every session of the member at once', async () => {
      const branch = await createBranch(t.db)
      const member = await createCustomer(t.db, { phone: '01555550014', branch_id: branch.id })
      const phone = await signInMember(t.app, t.notifier, '01555550014')
      const tablet = await anotherDevice('01555550014', 'Tablet')
      const desk = await createStaff(t.db, 'front_desk', branch.id)
      const res = await call(t.app, 'POST', `/api/customers/${member.id}/deactivate`, { token: await staffToken(t.app, desk.username), body: {} })
      expect(res.statusCode).toBe(200)
      for (const token of [phone.accessToken, tablet.accessToken]) expectError(await profile(t, token), 401, 'TOKEN_REVOKED')
      for (const token of [phone.refreshToken, tablet.refreshToken]) expectError(await refresh(t, token), 401, 'TOKEN_REVOKED')
      expect(await t.db.selectFrom('auth_sessions').select('revoked_reason').where('subject_type', '=', 'client').where('subject_id', '=', member.id).execute()).toEqual([
        { revoked_reason: 'deactivated' }, { revoked_reason: 'deactivated' },
      ])
      // Asking for a new code now only brings the contact-reception notice.
      t.notifier.sent = []
      expect((await call(t.app, 'POST', '/api/clients/request-activation', { body: { identifier: '01555550014' } })).statusCode).toBe(200)
      expect(t.notifier.sent.map((m) => m.kind)).toEqual(['inactive-notice'])
    })

    it('a member marked inactive loses access on the next request even before the sessions are ended', async () => {
      const { member, accessToken, refreshToken } = await signedIn()
      await t.db.updateTable('customers').set({ is_active: false }).where('id', '=', member.id).execute()
      expectError(await profile(t, accessToken), 403, 'ACCOUNT_INACTIVE')
      expectError(await refresh(t, refreshToken), 401, 'TOKEN_REVOKED')
    })
  })
})
