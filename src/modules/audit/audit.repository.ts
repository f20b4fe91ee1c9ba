// SQL for reading the audit trail.
import type { Db } from '../../db/database.ts'

export interface AuditFilters {
  entity_type?: string
  entity_id?: number
  actor_id?: number
  /** Instants bounding the gym-local days asked for: [from, until). */
  from?: Date
  until?: Date
}

export async function listAudit(db: Db, filters: AuditFilters, page: { limit: number; offset: number }) {
  let query = db.selectFrom('audit_log')
  if (filters.entity_type) query = query.where('entity_type', '=', filters.entity_type)
  if (filters.entity_id) query = query.where('entity_id', '=', filters.entity_id)
  if (filters.actor_id) query = query.where('actor_id', '=', filters.actor_id)
  if (filters.from) query = query.where('created_at', '>=', filters.from.toISOString())
  if (filters.until) query = query.where('created_at', '<', filters.until.toISOString())
  const [rows, total] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows, total: Number(total.n) }
}
