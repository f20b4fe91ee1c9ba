// The door: check-in, and the public keys turnstiles use to check QR passes offline.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { staff, staffAuth } from '../../http/access.ts'
import { ErrorEnvelope, success, SuccessEnvelope } from '../../lib/envelope.ts'
import { CheckInBody, CheckInData, CheckInHeaders } from '../../modules/entries/entry.schemas.ts'
import type { Services } from '../../services.ts'

export const entryRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  app.post('/check-in', {
    config: { access: staff('owner', 'branch_manager', 'front_desk') },
    schema: {
      tags: ['Staff: door'],
      summary: 'Check a member in by QR pass, static card number (ALLOW_STATIC_QR) or member id',
      description: 'Answers 200 for both allow and deny, with the reason. Every attempt is recorded; a retried scan counts once.',
      body: CheckInBody,
      headers: CheckInHeaders,
      response: { 200: SuccessEnvelope(CheckInData), 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope },
    },
  }, async (request) => {
    const result = await services.checkIn.checkIn(request.body, staffAuth(request), request.headers['idempotency-key'])
    return success(result, result.allowed ? 'Entry allowed' : 'Entry denied')
  })

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
