// Browser sessions of the staff API: the refresh token in an HttpOnly, SameSite=Strict cookie scoped
// to the refresh route, refresh by cookie only with the X-Spotter-Desk header (the CSRF guard),
// logout clearing it; and the gym's locale facts the desk reads.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createStaff, STAFF_PASSWORD } from '../support/factories.ts'

const COOKIE = 'spotter_staff_refresh'

/** The named Set-Cookie header of a response, parsed into value and attributes. */
function setCookie(res: { headers: Record<string, unknown> }, name = COOKIE) {
  const raw = [res.headers['set-cookie'] ?? []].flat() as string[]
  const line = raw.find((c) => c.startsWith(`${name}=`))
  if (!line) return undefined
  const [pair, ...attrs] = line.split(';').map((s) => s.trim())
  return { value: pair!.slice(name.length + 1), attrs: attrs.map((a) => a.toLowerCase()), line }
}

describe('staff auth: the refresh cookie for browsers', () => {
  let t: TestApp
  let username: string
  beforeEach(async () => {
    t = await createTestApp()
    const branch = await createBranch(t.db)
    username = (await createStaff(t.db, 'front_desk', branch.id)).username
  })
  afterEach(async () => t.close())

  const loginWithCookie = () => call(t.app, 'POST', '/api/auth/login?refresh_cookie=true', { body: { username, password: STAFF_PASSWORD } })
  const refreshWithCookie = (value: string, headers: Record<string, string> = { 'x-spotter-desk': '1' }) =>
    t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers, cookies: { [COOKIE]: value } })

  it('login with refresh_cookie=true sets an HttpOnly, SameSite=Strict, Secure cookie on the refresh path and leaves the token out of the body', async () => {
    const res = await loginWithCookie()
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.data.access_token).toEqual(expect.any(String))
    expect(body.data).not.toHaveProperty('refresh_token')
    expect(body.data.user).toMatchObject({ username, role: 'front_desk' })
    const cookie = setCookie(res)!
    expect(cookie.value.length).toBeGreaterThan(20)
    expect(cookie.attrs).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'secure', 'path=/api/auth/refresh', `max-age=${t.config.jwtRefreshTokenExpires}`]))
  })

  it('a plain login is unchanged: the refresh token in the body and no cookie', async () => {
    const res = await call(t.app, 'POST', '/api/auth/login', { body: { username, password: STAFF_PASSWORD } })
    expect(res.statusCode).toBe(200)
    expect(res.json().data.refresh_token).toEqual(expect.any(String))
    expect(setCookie(res)).toBeUndefined()
  })

  it('refresh with the cookie and the desk header rotates: a new access token, a new cookie, and the old cookie is spent', async () => {
    const first = setCookie(await loginWithCookie())!.value
    const res = await refreshWithCookie(first)
    expect(res.statusCode).toBe(200)
    expect(res.json().data.access_token).toEqual(expect.any(String))
    expect(res.json().data).not.toHaveProperty('refresh_token')
    const second = setCookie(res)!
    expect(second.value).not.toBe(first)
    expect(second.attrs).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/api/auth/refresh']))
    expect((await call(t.app, 'GET', '/api/auth/me', { token: res.json().data.access_token })).statusCode).toBe(200)
    // The rotated-out token, presented again after the reuse interval, is refused and the cookie removed.
    t.clock.advance(t.config.refreshReuseInterval + 1)
    const replay = await refreshWithCookie(first)
    expect(replay.statusCode).toBe(401)
    expect(setCookie(replay)!.attrs).toEqual(expect.arrayContaining(['path=/api/auth/refresh']))
    expect(setCookie(replay)!.value).toBe('')
  })

  it('refresh with the cookie but without the X-Spotter-Desk header is refused (CSRF guard) and the session is not rotated', async () => {
    const value = setCookie(await loginWithCookie())!.value
    const res = await refreshWithCookie(value, {})
    expect(res.statusCode).toBe(403)
    expect(res.json()).toMatchObject({ status: 'error', code: 'FORBIDDEN' })
    expect((await refreshWithCookie(value)).statusCode).toBe(200)
  })

  it('refresh with neither a token nor a cookie answers 401 TOKEN_MISSING', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: { 'x-spotter-desk': '1' } })
    expect(res.statusCode).toBe(401)
    expect(res.json()).toMatchObject({ code: 'TOKEN_MISSING' })
  })

  it('a body token still wins over a cookie, and refresh_cookie=true moves a body-token refresh into the cookie', async () => {
    const plain = (await call(t.app, 'POST', '/api/auth/login', { body: { username, password: STAFF_PASSWORD } })).json().data.refresh_token
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/refresh?refresh_cookie=true', payload: { refresh_token: plain }, cookies: { [COOKIE]: 'garbage' } })
    expect(res.statusCode).toBe(200)
    expect(res.json().data).not.toHaveProperty('refresh_token')
    expect(setCookie(res)!.value.length).toBeGreaterThan(20)
  })

  it('logout ends the session and clears the cookie; the cookie no longer refreshes', async () => {
    const login = await loginWithCookie()
    const value = setCookie(login)!.value
    const res = await call(t.app, 'POST', '/api/auth/logout', { token: login.json().data.access_token, headers: { 'x-spotter-desk': '1' } })
    expect(res.statusCode).toBe(200)
    const cleared = setCookie(res)!
    expect(cleared.value).toBe('')
    expect(cleared.attrs).toEqual(expect.arrayContaining(['path=/api/auth/refresh']))
    expect((await refreshWithCookie(value)).statusCode).toBe(401)
  })

  it('a deactivated account is refused on its next request and cannot refresh with its cookie', async () => {
    const login = await loginWithCookie()
    const value = setCookie(login)!.value
    await t.db.updateTable('staff_users').set({ is_active: false }).where('username', '=', username).execute()
    const me = await call(t.app, 'GET', '/api/auth/me', { token: login.json().data.access_token })
    expect(me.statusCode).toBe(403)
    expect(me.json()).toMatchObject({ code: 'ACCOUNT_INACTIVE' })
    expect((await refreshWithCookie(value)).statusCode).toBeGreaterThanOrEqual(401)
  })

  it('in development the cookie is not Secure (plain http://localhost)', async () => {
    const dev = await createTestApp({ env: { NODE_ENV: 'development' } })
    try {
      const branch = await createBranch(dev.db)
      const user = await createStaff(dev.db, 'front_desk', branch.id)
      const res = await call(dev.app, 'POST', '/api/auth/login?refresh_cookie=true', { body: { username: user.username, password: STAFF_PASSWORD } })
      expect(setCookie(res)!.attrs).not.toContain('secure')
      expect(setCookie(res)!.attrs).toContain('httponly')
    } finally {
      await dev.close()
    }
  })

  it('GET /api/auth/gym gives any staff member the time zone and currency', async () => {
    const gym = await createTestApp({ env: { GYM_TIMEZONE: 'Africa/Cairo', GYM_CURRENCY: 'egp' } })
    try {
      const user = await createStaff(gym.db, 'owner', null)
      const token = (await call(gym.app, 'POST', '/api/auth/login', { body: { username: user.username, password: STAFF_PASSWORD } })).json().data.access_token
      const res = await call(gym.app, 'GET', '/api/auth/gym', { token })
      expect(res.statusCode).toBe(200)
      expect(res.json()).toEqual({ status: 'success', data: { timezone: 'Africa/Cairo', currency: 'EGP' } })
      expect((await call(gym.app, 'GET', '/api/auth/gym')).statusCode).toBe(401)
    } finally {
      await gym.close()
    }
  })
})
