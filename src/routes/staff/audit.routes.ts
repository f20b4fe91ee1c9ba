// The owner reads the audit trail of staff writes.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { staff } from '../../http/access.ts'
import { apiInstant } from '../../lib/dates.ts'
import { ErrorEnvelope, success, SuccessEnvelope } from '../../lib/envelope.ts'
import { PageOf, PageQuery, pageOffset, pageResult } from '../../lib/pagination.ts'
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
  from: Type.Optional(Type.String({ format: 'date' })),
  to: Type.Optional(Type.String({ format: 'date', description: 'inclusive' })),
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
    let query = db.selectFrom('audit_log')
    if (q.entity_type) query = query.where('entity_type', '=', q.entity_type)
    if (q.entity_id) query = query.where('entity_id', '=', q.entity_id)
    if (q.actor_id) query = query.where('actor_id', '=', q.actor_id)
    if (q.from) query = query.where('created_at', '>=', `${q.from}T00:00:00.000Z`)
    if (q.to) query = query.where('created_at', '<', new Date(Date.parse(`${q.to}T00:00:00Z`) + 86_400_000).toISOString())
    const [rows, total] = await Promise.all([
      query.selectAll().orderBy('id', 'desc').limit(q.per_page).offset(pageOffset(q)).execute(),
      query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ])
    const items = rows.map((r) => ({ ...r, changes: JSON.parse(r.changes), created_at: apiInstant(r.created_at)! }))
    return success(pageResult(items, Number(total.n), q))
  })
}
