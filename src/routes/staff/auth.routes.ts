// Staff sign-in: login, refresh (rotation), logout, me, change-password, and the gym's locale
// facts a console needs (time zone, currency).
//
// Browsers (the desk) keep the refresh token out of JavaScript: login and refresh called with
// `?refresh_cookie=true` put it in an HttpOnly, SameSite=Strict cookie scoped to the refresh route
// (Secure outside development) instead of the body. Refresh then takes the cookie when no token is
// sent, but only with the `X-Spotter-Desk: 1` header: a cross-site page cannot set a custom header
// without a CORS preflight (which this API refuses), and SameSite=Strict keeps the cookie off
// cross-site requests anyway. Logout clears the cookie.
import cookie from '@fastify/cookie'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply } from 'fastify'
import Type from 'typebox'
import { bearerToken, staff, staffAuth } from '../../http/access.ts'
import { authRateLimit } from '../../http/rate-limit.ts'
import { AppError } from '../../lib/errors.ts'
import { ErrorEnvelope, success, SuccessEnvelope } from '../../lib/envelope.ts'
import { LogoutQuery, RefreshBody, TokenPairSchema } from '../../modules/auth/auth.schemas.ts'
import { changePassword, login, presentStaff } from '../../modules/staff/staff-auth.service.ts'
import { LoginBody, LoginData, StaffUserSchema } from '../../modules/staff/staff.schemas.ts'
import { findById } from '../../modules/staff/staff.repository.ts'
import { ChangePasswordBody } from '../../modules/staff/users.schemas.ts'
import type { Services } from '../../services.ts'

const tags = ['Staff: auth']
const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 429: ErrorEnvelope }

export const REFRESH_COOKIE = 'spotter_staff_refresh'
/** The header a browser sends to refresh with the cookie (the CSRF guard). */
export const DESK_HEADER = 'x-spotter-desk'
const REFRESH_PATH = '/api/auth/refresh'

const CookieQuery = Type.Object({
  refresh_cookie: Type.Optional(Type.Boolean({ description: 'true (browsers): the refresh token is set as an HttpOnly cookie scoped to /api/auth/refresh and left out of the body' })),
})
const cookieNote = 'With `?refresh_cookie=true` the refresh token is set in the HttpOnly, SameSite=Strict cookie `' + REFRESH_COOKIE + '` (path /api/auth/refresh) and `refresh_token` is absent from the body.'
const BrowserTokenPair = Type.Object({
  ...TokenPairSchema.properties,
  refresh_token: Type.Optional(Type.String({ description: 'absent when the refresh token was set as a cookie (refresh_cookie=true)' })),
})
const BrowserLoginData = Type.Object({ ...LoginData.properties, refresh_token: BrowserTokenPair.properties.refresh_token })
const GymData = Type.Object({
  timezone: Type.String({ description: 'IANA time zone that defines the gym\'s days (GYM_TIMEZONE)' }),
  currency: Type.String({ description: 'ISO 4217 code money is shown in (GYM_CURRENCY); amounts are minor units' }),
})

export const staffAuthRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const { sessions, database, clock, config } = services
  // Cookies are read and set on these routes only: the plugin's hooks stay off every other request.
  await app.register(cookie)
  const cookieOptions = {
    httpOnly: true, sameSite: 'strict' as const, path: REFRESH_PATH, secure: config.nodeEnv !== 'development',
  }
  /** Moves the refresh token from the body into the cookie when the client asked for it. */
  const deliver = <T extends { refresh_token: string }>(reply: FastifyReply, asCookie: boolean | undefined, tokens: T) => {
    if (!asCookie) return tokens
    reply.setCookie(REFRESH_COOKIE, tokens.refresh_token, { ...cookieOptions, maxAge: config.jwtRefreshTokenExpires })
    const { refresh_token: _inCookie, ...rest } = tokens
    return rest
  }

  app.post('/login', {
    config: { access: 'public', rateLimit: authRateLimit(services.config) },
    schema: { tags, summary: 'Sign in with username and password', description: cookieNote, querystring: CookieQuery, body: LoginBody, response: { 200: SuccessEnvelope(BrowserLoginData), ...errors } },
  }, async (request, reply) => {
    const result = await login({ db: database.db, sessions, clock, config }, request.body, { userAgent: request.headers['user-agent'], ip: request.ip })
    return success(deliver(reply, request.query.refresh_cookie, result), 'Login successful')
  })

  app.post('/refresh', {
    config: { access: 'public', rateLimit: authRateLimit(services.config) },
    schema: {
      tags, summary: 'Rotate the refresh token',
      description: `Send the token in the body (or as a bearer token). A browser holding the \`${REFRESH_COOKIE}\` cookie sends no token and the header \`X-Spotter-Desk: 1\` instead (CSRF guard); the new token then replaces the cookie. ${cookieNote}`,
      querystring: CookieQuery, body: RefreshBody, response: { 200: SuccessEnvelope(BrowserTokenPair), ...errors },
    },
  }, async (request, reply) => {
    const sent = request.body?.refresh_token ?? bearerToken(request)
    const cookie = sent ? undefined : request.cookies[REFRESH_COOKIE]
    if (!sent && !cookie) throw new AppError('TOKEN_MISSING', 'Send the refresh token.')
    if (cookie && request.headers[DESK_HEADER] !== '1') {
      throw new AppError('FORBIDDEN', 'Refreshing with the session cookie needs the X-Spotter-Desk: 1 header.')
    }
    try {
      const tokens = await sessions.refresh((sent ?? cookie)!, 'staff')
      return success(deliver(reply, cookie ? true : request.query.refresh_cookie, tokens))
    } catch (error) {
      // A spent, expired or revoked cookie is removed, so the browser stops sending it.
      if (cookie) reply.clearCookie(REFRESH_COOKIE, cookieOptions)
      throw error
    }
  })

  app.post('/logout', {
    config: { access: staff() },
    schema: { tags, summary: 'End this session, or every session with ?all=true', querystring: LogoutQuery, body: RefreshBody, response: { 200: SuccessEnvelope(Type.Object({ sessions_ended: Type.Integer() })), ...errors } },
  }, async (request, reply) => {
    const me = staffAuth(request)
    // The cookie is scoped to the refresh route, so it never arrives here; clearing it is harmless for other clients.
    reply.clearCookie(REFRESH_COOKIE, cookieOptions)
    const ended = await sessions.logout(
      { subjectType: 'staff', subjectId: me.subjectId, sessionId: me.sessionId },
      { all: request.query.all, refreshToken: request.body?.refresh_token },
    )
    return success({ sessions_ended: ended }, request.query.all ? 'Signed out everywhere' : 'Signed out')
  })

  app.get('/gym', {
    config: { access: staff() },
    schema: { tags, summary: 'The gym\'s time zone and currency, for showing dates and money', response: { 200: SuccessEnvelope(GymData), ...errors } },
  }, async () => success({ timezone: config.gymTimezone, currency: config.gymCurrency }))

  app.get('/me', {
    config: { access: staff() },
    schema: { tags, summary: 'The signed-in staff account', response: { 200: SuccessEnvelope(StaffUserSchema), ...errors } },
  }, async (request) => {
    const user = await findById(database.db, staffAuth(request).subjectId)
    if (!user) throw new AppError('TOKEN_REVOKED')
    return success(presentStaff(user))
  })

  app.post('/change-password', {
    config: { access: staff(), rateLimit: authRateLimit(config) },
    schema: {
      tags, summary: 'Change your own password; your other sessions end, this one stays',
      body: ChangePasswordBody,
      response: { 200: SuccessEnvelope(Type.Object({ sessions_ended: Type.Integer({ description: 'other sessions signed out' }) })), ...errors },
    },
  }, async (request) => {
    const me = staffAuth(request)
    const actor = { staffId: me.subjectId, role: me.role, sessionId: me.sessionId, requestId: request.id }
    return success(await changePassword({ db: database.db, clock }, actor, request.body), 'Password changed')
  })
}
