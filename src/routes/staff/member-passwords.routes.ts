// POST /api/customers/{id}/reset-password: staff give a member a temporary password for the gym's
// members' app (sign-in with phone + password). Shown once, in this answer; stored only as argon2id.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { staff, staffActor } from '../../http/access.ts'
import { ErrorEnvelope, success, SuccessEnvelope } from '../../lib/envelope.ts'
import { CustomerParams } from '../../modules/customers/customers.staff-schemas.ts'
import { issueTemporaryPassword } from '../../modules/member-passwords/member-passwords.service.ts'
import type { Services } from '../../services.ts'

export const memberPasswordRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const deps = { db: services.database.db, clock: services.clock, config: services.config, sessions: services.sessions }

  app.post('/:id/reset-password', {
    config: { access: staff('owner', 'branch_manager', 'front_desk') },
    schema: {
      tags: ['Staff: members'],
      summary: "Issue a temporary password for the members' app (shown only in this answer); the member must change it at first sign-in",
      description: "Ends the member's signed-in sessions. The password is ten characters of an unambiguous alphabet.",
      params: CustomerParams, body: Type.Object({}, { additionalProperties: false }),
      response: {
        200: SuccessEnvelope(Type.Object({ customer_id: Type.Integer(), temporary_password: Type.String() })),
        400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope,
      },
    },
  }, async (request) => success(await issueTemporaryPassword(deps, staffActor(request), request.params.id), 'Temporary password issued'))
}
