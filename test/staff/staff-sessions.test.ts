// Staff sessions through HTTP: /api/auth/refresh rotates (a new pair, the old refresh token
// spent), hands the same successor back within REFRESH_REUSE_INTERVAL, and ends the whole session
// when a spent token comes back later; /api/auth/logout ends this session, a named one, or all.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createStaff, signInMember, STAFF_PASSWORD } from '../support/factories.ts'
import { expectError } from '../clients/helpers.ts'

describe('staff sessions: refresh and logout', () => {
  let t: TestApp
  let username: string
  beforeEach(async () => {
    t = await createTestApp()
    username = (await createStaff(t.db, 'front_desk', (await createBranch(t.db)).id)).username
  })
  afterEach(async () => t.close())

  const signIn = async (userAgent = 'Desk PC') => {
    const res = await call(t.app, 'POST', '/api/auth/login', { body: { username, password: STAFF_PASSWORD }, headers: { 'user-agent': userAgent } })
    expect(res.statusCode).toBe(200)
    return { access: res.json().data.access_token as string, refresh: res.json().data.refresh_token as string }
  }
  const refresh = (token: string) => call(t.app, 'POST', '/api/auth/refresh', { body: { refresh_token: token } })
  const me = (token: string) => call(t.app, 'GET', '/api/auth/me', { token })
  const logout = (token: string, body?: object, query = '') => call(t.app, 'POST', `/api/auth/logout${query}`, { token, ...(body ? { body } : {}) })
  const sessionRows = () => t.db.selectFrom('auth_sessions').select(['id', 'revoked_reason']).where('subject_type', '=', 'staff').orderBy('id').execute()

  describe('POST /api/auth/refresh', () => {
    it('rotates: a new access and refresh token that work, in the same session; the old refresh token is spent', async () => {
      const first = await signIn()
      t.clock.advance(30)
      const res = await refresh(first.refresh)
      expect(res.statusCode).toBe(200)
      const next = res.json().data
      expect(next).toMatchObject({ token_type: 'Bearer', expires_in: 86400 })
      expect(next.refresh_token).not.toBe(first.refresh)
      expect(next.access_token).not.toBe(first.access)
      expect((await me(next.access_token)).json().data).toMatchObject({ username })
      expect((await refresh(next.refresh_token)).statusCode).toBe(200)
      expect(await sessionRows()).toEqual([{ id: expect.any(Number), revoked_reason: null }])
      const rows = await t.db.selectFrom('refresh_tokens').select('rotated_at').orderBy('id').execute()
      expect(rows.map((r) => r.rotated_at !== null)).toEqual([true, true, false])
    })

    it('takes the refresh token as Authorization: Bearer too; a member refresh token answers 403, an access token 401', async () => {
      const { access, refresh: token } = await signIn()
      expect((await call(t.app, 'POST', '/api/auth/refresh', { token })).statusCode).toBe(200)
      expectError(await refresh(access), 401, 'TOKEN_INVALID')
      expectError(await call(t.app, 'POST', '/api/auth/refresh'), 401, 'TOKEN_MISSING')
      await createCustomer(t.db, { phone: '01555550009' })
      const member = await signInMember(t.app, t.notifier, '01555550009')
      expectError(await refresh(member.refreshToken), 403, 'UNAUTHORIZED')
    })

    it('within REFRESH_REUSE_INTERVAL (10 s) a spent token gets the very same successor back and the session lives on', async () => {
      const { refresh: token } = await signIn()
      const successor = (await refresh(token)).json().data
      t.clock.advance(10)
      const again = await refresh(token)
      expect(again.statusCode).toBe(200)
      expect(again.json().data.refresh_token).toBe(successor.refresh_token)
      expect((await me(again.json().data.access_token)).statusCode).toBe(200)
      expect((await refresh(successor.refresh_token)).statusCode).toBe(200)
      expect(await sessionRows()).toEqual([{ id: expect.any(Number), revoked_reason: null }])
    })

    it('after the interval a spent token answers 401 TOKEN_REVOKED and ends that whole session, and only that one', async () => {
      const stolen = await signIn('Desk PC')
      const other = await signIn('Phone')
      const successor = (await refresh(stolen.refresh)).json().data
      t.clock.advance(11)
      expectError(await refresh(stolen.refresh), 401, 'TOKEN_REVOKED')
      expectError(await refresh(successor.refresh_token), 401, 'TOKEN_REVOKED')
      expectError(await me(successor.access_token), 401, 'TOKEN_REVOKED')
      expectError(await me(stolen.access), 401, 'TOKEN_REVOKED')
      expect((await me(other.access)).statusCode).toBe(200)
      expect((await sessionRows()).map((s) => s.revoked_reason)).toEqual(['refresh_reuse', null])
    })

    it('a refresh token of a deactivated account answers 401 and issues nothing', async () => {
      const { refresh: token } = await signIn()
      await t.db.updateTable('staff_users').set({ is_active: false }).where('username', '=', username).execute()
      expect((await refresh(token)).statusCode).toBe(401)
      expect(await t.db.selectFrom('refresh_tokens').select('id').execute()).toHaveLength(1)
    })
  })

  describe('POST /api/auth/logout', () => {
    it('ends the session of the access token used: its access and refresh tokens stop working, other sessions go on', async () => {
      const desk = await signIn('Desk PC')
      const phone = await signIn('Phone')
      const res = await logout(desk.access)
      expect(res.statusCode).toBe(200)
      expect(res.json()).toMatchObject({ status: 'success', data: { sessions_ended: 1 } })
      expectError(await me(desk.access), 401, 'TOKEN_REVOKED')
      expectError(await refresh(desk.refresh), 401, 'TOKEN_REVOKED')
      expect((await me(phone.access)).statusCode).toBe(200)
      expect((await sessionRows()).map((s) => s.revoked_reason)).toEqual(['logout', null])
    })

    it('with refresh_token ends that session of the same account; another account\'s token answers 401 and ends nothing', async () => {
      const desk = await signIn('Desk PC')
      const phone = await signIn('Phone')
      expect((await logout(desk.access, { refresh_token: phone.refresh })).json().data).toEqual({ sessions_ended: 1 })
      expectError(await me(phone.access), 401, 'TOKEN_REVOKED')
      expect((await me(desk.access)).statusCode).toBe(200)

      const stranger = await createStaff(t.db, 'front_desk', null)
      const theirs = (await call(t.app, 'POST', '/api/auth/login', { body: { username: stranger.username, password: STAFF_PASSWORD } })).json().data
      expectError(await logout(desk.access, { refresh_token: theirs.refresh_token }), 401, 'TOKEN_INVALID')
      expect((await me(theirs.access_token)).statusCode).toBe(200)
    })

    it('?all=true ends every session of the account', async () => {
      const desk = await signIn('Desk PC')
      const phone = await signIn('Phone')
      expect((await logout(desk.access, undefined, '?all=true')).json().data).toEqual({ sessions_ended: 2 })
      expectError(await me(desk.access), 401, 'TOKEN_REVOKED')
      expectError(await me(phone.access), 401, 'TOKEN_REVOKED')
      expectError(await refresh(phone.refresh), 401, 'TOKEN_REVOKED')
    })

    it('a second logout with the ended token answers 401 TOKEN_REVOKED', async () => {
      const desk = await signIn()
      expect((await logout(desk.access)).statusCode).toBe(200)
      expectError(await logout(desk.access), 401, 'TOKEN_REVOKED')
    })
  })
})
