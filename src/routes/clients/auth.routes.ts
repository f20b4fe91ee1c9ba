// Members' sign-in: request a code, verify it, refresh, sign out, and the signed-in devices.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { bearerToken, clientId } from '../../http/access.ts'
import { authRateLimit } from '../../http/rate-limit.ts'
import { AppError } from '../../lib/errors.ts'
import { ErrorEnvelope, success, SuccessEnvelope } from '../../lib/envelope.ts'
import { RequestActivationBody, RequestActivationData, VerifyActivationBody, VerifyActivationData } from '../../modules/activation/activation.schemas.ts'
import { LogoutQuery, RefreshBody, SessionIdParams, SessionSchema, TokenPairSchema } from '../../modules/auth/auth.schemas.ts'
import { memberProfile } from '../../modules/customers/member-profile.ts'
import type { Services } from '../../services.ts'
import { today } from '../today.ts'

const tags = ['Members: sign-in']
const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 429: ErrorEnvelope }

export const clientAuthRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const { activation, sessions, config, database } = services
  const rateLimit = authRateLimit(config)

  app.post('/request-activation', {
    config: { access: 'public', rateLimit },
    schema: {
      tags, summary: 'Send a 6-digit sign-in code by SMS (phone) or email',
      description: 'Answers the same for unknown, inactive and existing members.',
      body: RequestActivationBody,
      response: { 200: SuccessEnvelope(RequestActivationData), ...errors, 500: ErrorEnvelope },
    },
  }, async (request) => {
    // A request without a body (or a JSON null) passes validation as {}, so the body may be absent.
    const data = await activation.requestCode(request.body?.identifier)
    return success(data, `Activation code sent to your ${data.identifier_type}`)
  })

  app.post('/verify-activation', {
    config: { access: 'public', rateLimit },
    schema: {
      tags, summary: 'Exchange the code for tokens',
      body: VerifyActivationBody,
      response: { 200: SuccessEnvelope(VerifyActivationData), ...errors },
    },
  }, async (request) => {
    const { tokens, customerId } = await activation.verifyCode(request.body.identifier, request.body.activation_code, {
      userAgent: request.headers['user-agent'], ip: request.ip,
    })
    const profile = await memberProfile(database.db, customerId, today(services))
    return success({ ...tokens, client: profile }, 'Login successful')
  })

  app.post('/refresh', {
    config: { access: 'public', rateLimit },
    schema: {
      tags, summary: 'Rotate the refresh token: a new access token and a new refresh token',
      description: 'Send the refresh token in the body or as `Authorization: Bearer <refresh>`. A spent refresh token presented again ends the session, except within REFRESH_REUSE_INTERVAL seconds of its rotation.',
      body: RefreshBody,
      response: { 200: SuccessEnvelope(TokenPairSchema), ...errors },
    },
  }, async (request) => {
    const token = request.body?.refresh_token ?? bearerToken(request)
    if (!token) throw new AppError('TOKEN_MISSING', 'Send the refresh token.')
    return success(await sessions.refresh(token, 'client'))
  })

  app.post('/logout', {
    config: { access: 'client' },
    schema: {
      tags, summary: 'End this session (the presented refresh token), or every session with ?all=true',
      querystring: LogoutQuery,
      body: RefreshBody,
      response: { 200: SuccessEnvelope(Type.Object({ sessions_ended: Type.Integer() })), ...errors },
    },
  }, async (request) => {
    const ended = await sessions.logout(
      { subjectType: 'client', subjectId: clientId(request), sessionId: request.auth!.sessionId },
      { all: request.query.all, refreshToken: request.body?.refresh_token },
    )
    return success({ sessions_ended: ended }, request.query.all ? 'Signed out everywhere' : 'Signed out')
  })

  app.get('/sessions', {
    config: { access: 'client' },
    schema: { tags, summary: "The member's signed-in devices", response: { 200: SuccessEnvelope(Type.Object({ sessions: Type.Array(SessionSchema) })), ...errors } },
  }, async (request) => success({ sessions: await sessions.list('client', clientId(request), request.auth!.sessionId) }))

  app.delete('/sessions/:id', {
    config: { access: 'client' },
    schema: { tags, summary: 'End one signed-in device', params: SessionIdParams, response: { 200: SuccessEnvelope(Type.Null()), ...errors, 404: ErrorEnvelope } },
  }, async (request) => {
    if (!(await sessions.end('client', clientId(request), request.params.id))) throw new AppError('NOT_FOUND', 'Session not found.')
    return success(null, 'Session ended')
  })
}
