// The owner reads the audit trail of staff writes.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { staff } from '../../http/access.ts'
import { addDays, apiInstant, startOfLocalDay } from '../../lib/dates.ts'
import { ErrorEnvelope, success, SuccessEnvelope } from '../../lib/envelope.ts'
import { PageOf, PageQuery, pageOffset, pageResult } from '../../lib/pagination.ts'
import { listAudit } from '../../modules/audit/audit.repository.ts'
import type { Services } from '../../services.ts'

const AuditEntry = Type.Object({
  id: Type.Integer(),
  actor_id: Type.Union([Type.Integer(), Type.Null()]),
  actor_role: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  entity_type: Type.String(),
  entity_id: Type.Union([Type.Integer(), Type.Null()]),
  branch_id: Type.Union([Type.Integer(), Type.Null()]),
  changes: Type.Record(Type.String(), Type.Object({ before: Type.Unknown(), after: Type.Unknown() })),
  request_id: Type.Union([Type.String(), Type.Null()]),
  created_at: Type.String({ format: 'date-time' }),
})

const AuditQuery = Type.Object({
  ...PageQuery,
  entity_type: Type.Optional(Type.String({ maxLength: 32 })),
  entity_id: Type.Optional(Type.Integer({ minimum: 1 })),
  actor_id: Type.Optional(Type.Integer({ minimum: 1 })),
  from: Type.Optional(Type.String({ format: 'date', description: "first day, in the gym's time zone" })),
  to: Type.Optional(Type.String({ format: 'date', description: "last day (inclusive), in the gym's time zone" })),
})

export const auditRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const { db } = services.database
  app.get('/', {
    config: { access: staff('owner') },
    schema: {
      tags: ['Staff: audit'], summary: 'Who changed what, newest first', querystring: AuditQuery,
      response: { 200: SuccessEnvelope(PageOf(AuditEntry)), 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope },
    },
  }, async (request) => {
    const q = request.query
    const tz = services.config.gymTimezone
    const { rows, total } = await listAudit(db, {
      entity_type: q.entity_type, entity_id: q.entity_id, actor_id: q.actor_id,
      from: q.from ? startOfLocalDay(q.from, tz) : undefined,
      until: q.to ? startOfLocalDay(addDays(q.to, 1), tz) : undefined,
    }, { limit: q.per_page, offset: pageOffset(q) })
    const items = rows.map((r) => ({ ...r, changes: JSON.parse(r.changes), created_at: apiInstant(r.created_at)! }))
    return success(pageResult(items, total, q))
  })
}
