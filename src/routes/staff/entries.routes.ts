// The door: check-in, the entry log, and the public keys turnstiles use to check QR passes offline.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { staff, staffAuth } from '../../http/access.ts'
import { ErrorEnvelope, success, SuccessEnvelope } from '../../lib/envelope.ts'
import { listEntriesFor } from '../../modules/entries/entry-list.service.ts'
import { CheckInBody, CheckInData, CheckInHeaders, EntryListData, EntryListQuery } from '../../modules/entries/entry.schemas.ts'
import { RETRY_WINDOW_SECONDS } from '../../modules/entries/scan-repeat.ts'
import type { Services } from '../../services.ts'

const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope }

export const entryRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  app.post('/check-in', {
    config: { access: staff('owner', 'branch_manager', 'front_desk') },
    schema: {
      tags: ['Staff: door'],
      summary: 'Check a member in by QR pass, static card number (ALLOW_STATIC_QR) or member id',
      description: 'Answers 200 for both allow and deny, with the reason. Every attempt is recorded. A QR pass is single-use: once '
        + 'it has let someone in, showing it again is denied ALREADY_CHECKED_IN, unless the same staff member resends it within '
        + `${RETRY_WINDOW_SECONDS} seconds (a network retry): that, like a resend with the same Idempotency-Key header, answers the `
        + 'first result with replayed true, recording and charging nothing. A member this desk may not see is answered with customer null.',
      body: CheckInBody,
      headers: CheckInHeaders,
      response: { 200: SuccessEnvelope(CheckInData), ...errors, 409: ErrorEnvelope },
    },
  }, async (request) => {
    const result = await services.checkIn.checkIn(request.body, staffAuth(request), {
      idempotencyKey: request.headers['idempotency-key'], requestId: request.id,
    })
    return success(result, result.allowed ? 'Entry allowed' : 'Entry denied')
  })

  app.get('/', {
    config: { access: staff('owner', 'branch_manager', 'front_desk', 'accountant', 'central_accountant') },
    schema: {
      tags: ['Staff: door'],
      summary: 'Check-in attempts, newest first, by branch, member, status and gym-local date range',
      querystring: EntryListQuery,
      response: { 200: SuccessEnvelope(EntryListData), ...errors },
    },
  }, async (request) => success(await listEntriesFor(services.database.db, staffAuth(request), request.query)))

  app.get('/qr-keys', {
    config: { access: 'public' },
    schema: {
      tags: ['Staff: door'],
      summary: 'JWKS with the Ed25519 public keys that sign QR passes (for offline verification)',
      response: { 200: Type.Object({ keys: Type.Array(Type.Object({}, { additionalProperties: true })) }) },
    },
  }, async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=300')
    return services.qr.jwks()
  })
}
