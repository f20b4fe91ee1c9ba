// Staff sign-in: login, refresh (rotation), logout, me, change-password.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
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

export const staffAuthRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const { sessions, database, clock, config } = services

  app.post('/login', {
    config: { access: 'public', rateLimit: authRateLimit(services.config) },
    schema: { tags, summary: 'Sign in with username and password', body: LoginBody, response: { 200: SuccessEnvelope(LoginData), ...errors } },
  }, async (request) =>
    success(await login({ db: database.db, sessions, clock, config }, request.body, { userAgent: request.headers['user-agent'], ip: request.ip }), 'Login successful'))

  app.post('/refresh', {
    config: { access: 'public', rateLimit: authRateLimit(services.config) },
    schema: { tags, summary: 'Rotate the refresh token', body: RefreshBody, response: { 200: SuccessEnvelope(TokenPairSchema), ...errors } },
  }, async (request) => {
    const token = request.body?.refresh_token ?? bearerToken(request)
    if (!token) throw new AppError('TOKEN_MISSING', 'Send the refresh token.')
    return success(await sessions.refresh(token, 'staff'))
  })

  app.post('/logout', {
    config: { access: staff() },
    schema: { tags, summary: 'End this session, or every session with ?all=true', querystring: LogoutQuery, body: RefreshBody, response: { 200: SuccessEnvelope(Type.Object({ sessions_ended: Type.Integer() })), ...errors } },
  }, async (request) => {
    const me = staffAuth(request)
    const ended = await sessions.logout(
      { subjectType: 'staff', subjectId: me.subjectId, sessionId: me.sessionId },
      { all: request.query.all, refreshToken: request.body?.refresh_token },
    )
    return success({ sessions_ended: ended }, request.query.all ? 'Signed out everywhere' : 'Signed out')
  })

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
