// Every staff write is recorded: who, when, what, and the before/after of the fields that changed.
// Call recordAudit inside the same transaction as the write, so neither exists without the other.
import type { Insertable } from 'kysely'
import type { Db } from '../../db/database.ts'
import { prepared } from '../../db/prepared.ts'
import type { Database, StaffRole } from '../../db/types.ts'
import type { Clock } from '../../lib/clock.ts'

export interface Actor {
  staffId: number
  role: string
  requestId?: string
}

/** The staff member behind a request, as services see them: who, with what role, in which branch. */
export interface StaffActor extends Actor {
  role: StaffRole
  branchId: number | null
}

/** Fields never copied into the audit trail. */
const SECRET_FIELDS = new Set(['password_hash', 'code_hash', 'private_key'])

export function diff(before: object | undefined, after: object | undefined): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {}
  const b = (before ?? {}) as Record<string, unknown>
  const a = (after ?? {}) as Record<string, unknown>
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (SECRET_FIELDS.has(key) || key === 'updated_at') continue
    const was = b[key] ?? null
    const now = a[key] ?? null
    if (JSON.stringify(was) !== JSON.stringify(now)) changes[key] = { before: was, after: now }
  }
  return changes
}

type AuditValues = { [K in Exclude<keyof Insertable<Database['audit_log']>, 'id'>]-?: Exclude<Insertable<Database['audit_log']>[K], undefined> }

// Every write records one row, so the statement is built once.
const insertAudit = prepared((db, a: AuditValues) => db.insertInto('audit_log').values({
  actor_id: a.actor_id, actor_role: a.actor_role, action: a.action, entity_type: a.entity_type, entity_id: a.entity_id,
  branch_id: a.branch_id, changes: a.changes, request_id: a.request_id, created_at: a.created_at,
}))

export async function recordAudit(
  tx: Db,
  clock: Clock,
  // 'system': an operator's command (npm run admin), recorded with actor_id null and role "system".
  entry: { actor: Actor | 'system'; action: string; entityType: string; entityId: number | null; branchId?: number | null; before?: object; after?: object },
): Promise<void> {
  const actor = entry.actor === 'system' ? { staffId: null, role: 'system', requestId: undefined } : entry.actor
  await insertAudit(tx, {
    actor_id: actor.staffId,
    actor_role: actor.role,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    branch_id: entry.branchId ?? null,
    changes: JSON.stringify(diff(entry.before, entry.after)),
    request_id: actor.requestId ?? null,
    created_at: clock.now().toISOString(),
  })
}
