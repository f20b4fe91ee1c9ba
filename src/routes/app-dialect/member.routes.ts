// The members' Flutter app's calls (/flutter/api/client/…), as thin adapters over Spotter's
// services. Sessions started here do not rotate their refresh token (the app never stores a
// rotated one); while a member holds the temporary password reception issued, only
// change-password, refresh and logout answer.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { bearerToken, clientId } from '../../http/access.ts'
import { authRateLimit } from '../../http/rate-limit.ts'
import { ErrorEnvelope } from '../../lib/envelope.ts'
import { AppError } from '../../lib/errors.ts'
import { appClient, appEntryHistory, appPass, appPayments, appSubscription } from '../../modules/app-dialect/member-views.ts'
import * as passwords from '../../modules/member-passwords/member-passwords.service.ts'
import { memberSubscriptions } from '../../modules/subscriptions/member-subscriptions.ts'
import type { Services } from '../../services.ts'
import { today } from '../today.ts'
import { acceptEmptyJsonBodies, AppEnvelope, appSuccess } from './dialect.ts'

const tags = ["Flutter apps: members' app"]
const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope, 429: ErrorEnvelope }
const Empty = Type.Object({}, { additionalProperties: false })
const Text = (max = 200) => Type.String({ minLength: 1, maxLength: max })
const Anything = Type.Object({}, { additionalProperties: true })
const Tokens = Type.Object({ access_token: Type.String(), refresh_token: Type.String(), token_type: Type.String(), expires_in: Type.Integer() })
const SignedIn = Type.Object({ ...Tokens.properties, must_change_password: Type.Boolean(), client: Anything, customer: Anything })
/** Routes a member holding a temporary password may still call. */
const OPEN_BEFORE_CHANGE = new Set(['/change-password', '/auth/refresh', '/refresh', '/auth/logout'])

export const memberDialectRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const { sessions, activation, config, database, clock, qr } = services
  const { db } = database
  const deps = { db, clock, config, sessions }
  const rateLimit = authRateLimit(config)
  const meta = (request: { headers: Record<string, unknown>; ip: string }) =>
    ({ userAgent: request.headers['user-agent'] as string | undefined, ip: request.ip, rotating: false })
  acceptEmptyJsonBodies(app)

  app.addHook('preHandler', async (request) => {
    if (request.auth?.subjectType !== 'client') return
    const path = request.routeOptions.url!.slice(request.routeOptions.url!.indexOf('/client') + '/client'.length)
    if (!OPEN_BEFORE_CHANGE.has(path) && (await passwords.mustChangePassword(db, request.auth.subjectId))) throw new AppError('PASSWORD_CHANGE_REQUIRED')
  })

  const signedIn = async (tokens: { access_token: string; refresh_token: string; token_type: 'Bearer'; expires_in: number }, customerId: number, mustChange: boolean) => {
    const client = await appClient({ db, qr }, customerId, today(services))
    return { ...tokens, must_change_password: mustChange, client, customer: client }
  }

  app.post('/auth/login', {
    config: { access: 'public', rateLimit },
    schema: {
      tags, summary: 'Sign in with phone (or email) and the password reception issued or the member set',
      body: Type.Object({ phone: Text(254), password: Text(200) }, { additionalProperties: false }),
      response: { 200: AppEnvelope(SignedIn), ...errors },
    },
  }, async (request) => {
    const { tokens, customerId, mustChangePassword } = await passwords.signIn(deps, request.body, meta(request))
    return appSuccess(await signedIn(tokens, customerId, mustChangePassword), mustChangePassword ? 'Please change your temporary password' : 'Login successful')
  })

  const refresh = {
    config: { access: 'public' as const, rateLimit },
    schema: {
      tags, summary: 'A new access token; sessions started through the apps keep their refresh token',
      body: Type.Object({ refresh_token: Type.Optional(Text(4096)) }, { additionalProperties: false }),
      response: { 200: AppEnvelope(Tokens), ...errors },
    },
  }
  const doRefresh = async (request: { body: { refresh_token?: string } | undefined; headers: { authorization?: string } }) => {
    const token = request.body?.refresh_token ?? bearerToken(request as never)
    if (!token) throw new AppError('TOKEN_MISSING', 'Send the refresh token.')
    return appSuccess(await sessions.refresh(token, 'client'))
  }
  app.post('/auth/refresh', refresh, async (request) => doRefresh(request))
  app.post('/refresh', refresh, async (request) => doRefresh(request))

  app.post('/auth/logout', {
    config: { access: 'client' },
    schema: { tags, summary: 'End this session', body: Empty, response: { 200: AppEnvelope(Type.Object({ sessions_ended: Type.Integer() })), ...errors } },
  }, async (request) => appSuccess({ sessions_ended: await sessions.logout({ subjectType: 'client', subjectId: clientId(request), sessionId: request.auth!.sessionId }, {}) }, 'Signed out'))

  app.post('/auth/forgot-password', {
    config: { access: 'public', rateLimit },
    schema: {
      tags, summary: 'Send a 6-digit code to reset the password (the activation rules and limits apply)',
      body: Type.Object({ identifier: Text(254) }, { additionalProperties: false }),
      response: { 200: AppEnvelope(Type.Object({ expires_in: Type.Integer(), identifier_type: Type.String() })), ...errors, 500: ErrorEnvelope },
    },
  }, async (request) => appSuccess(await activation.requestCode(request.body.identifier), 'If this account exists, a code has been sent'))

  app.post('/auth/reset-password', {
    config: { access: 'public', rateLimit },
    schema: {
      tags, summary: 'Set a new password with the code; every session of the member ends',
      body: Type.Object({ identifier: Text(254), code: Text(16), new_password: Text(200) }, { additionalProperties: false }),
      response: { 200: AppEnvelope(Type.Null()), ...errors },
    },
  }, async (request) => {
    await passwords.resetPassword({ ...deps, activation }, request.body)
    return appSuccess(null, 'Password changed. Please sign in.')
  })

  app.post('/change-password', {
    config: { access: 'client', rateLimit },
    schema: {
      tags, summary: 'Change the password (first required after a temporary one); other sessions end',
      body: Type.Object({ current_password: Text(200), new_password: Text(200) }, { additionalProperties: false }),
      response: { 200: AppEnvelope(Type.Object({ sessions_ended: Type.Integer() })), ...errors },
    },
  }, async (request) => appSuccess(await passwords.changePassword(deps, { customerId: clientId(request), sessionId: request.auth!.sessionId }, request.body), 'Password changed'))

  app.patch('/language', {
    config: { access: 'client' },
    schema: {
      tags, summary: "The member's language (e.g. en, ar)",
      body: Type.Object({ preferred_language: Type.String({ pattern: '^[a-z]{2}(-[A-Z]{2})?$' }) }, { additionalProperties: false }),
      response: { 200: AppEnvelope(Type.Object({ preferred_language: Type.String() })), ...errors },
    },
  }, async (request) => {
    await passwords.setLanguage(deps, clientId(request), request.body.preferred_language)
    return appSuccess({ preferred_language: request.body.preferred_language }, 'Language updated')
  })

  app.post('/request-activation', {
    config: { access: 'public', rateLimit },
    schema: {
      tags, summary: 'Send a 6-digit sign-in code (as /api/clients/request-activation)',
      body: Type.Object({ identifier: Text(254) }, { additionalProperties: false }),
      response: { 200: AppEnvelope(Type.Object({ expires_in: Type.Integer(), identifier_type: Type.String() })), ...errors, 500: ErrorEnvelope },
    },
  }, async (request) => {
    const data = await activation.requestCode(request.body.identifier)
    return appSuccess(data, `Activation code sent to your ${data.identifier_type}`)
  })

  app.post('/verify-activation', {
    config: { access: 'public', rateLimit },
    schema: {
      tags, summary: 'Exchange the code for tokens (a session that keeps its refresh token)',
      body: Type.Object({ identifier: Text(254), activation_code: Text(16) }, { additionalProperties: false }),
      response: { 200: AppEnvelope(SignedIn), ...errors },
    },
  }, async (request) => {
    const { tokens, customerId } = await activation.verifyCode(request.body.identifier, request.body.activation_code, meta(request))
    return appSuccess(await signedIn(tokens, customerId, await passwords.mustChangePassword(db, customerId)), 'Login successful')
  })

  app.get('/me', {
    config: { access: 'client' },
    schema: { tags, summary: 'The member (ClientModel), qr_code being a fresh signed pass', response: { 200: AppEnvelope(Anything), ...errors } },
  }, async (request) => appSuccess(await appClient({ db, qr }, clientId(request), today(services))))

  app.get('/subscription', {
    config: { access: 'client' },
    schema: { tags, summary: 'Current plan and history', response: { 200: AppEnvelope(Anything), ...errors } },
  }, async (request) => {
    const day = today(services)
    const { current, history } = await memberSubscriptions(db, clientId(request), day)
    return appSuccess({ current_subscription: current && appSubscription(current, day), subscription_history: history.map((s) => appSubscription(s, day)) })
  })

  app.get('/payments', {
    config: { access: 'client' },
    schema: { tags, summary: "The member's payments by plan, in major units (refunds negative)", response: { 200: AppEnvelope(Anything), ...errors } },
  }, async (request) => appSuccess(await appPayments(db, clientId(request), today(services))))

  app.get('/entry-history', {
    config: { access: 'client' },
    schema: {
      tags, summary: 'Approved visits, newest first, as a bare list (gym-local date and time)',
      querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 100, default: 50 }), offset: Type.Integer({ minimum: 0, default: 0 }) }),
      response: { 200: AppEnvelope(Type.Array(Anything)), ...errors },
    },
  }, async (request) => appSuccess(await appEntryHistory(db, clientId(request), config.gymTimezone, request.query.limit, request.query.offset)))

  const qrRoute = {
    config: { access: 'client' as const },
    schema: {
      tags, summary: 'A fresh signed pass: qr_code is what the door verifies, expires_at its expiry', body: Empty,
      response: { 200: AppEnvelope(Type.Object({ qr_code: Type.String(), qr_token: Type.String(), expires_at: Type.String() })), ...errors },
    },
  }
  app.post('/refresh-qr', qrRoute, async (request) => appSuccess(await appPass(qr, clientId(request))))
  app.post('/qr/refresh', qrRoute, async (request) => appSuccess(await appPass(qr, clientId(request))))
}
