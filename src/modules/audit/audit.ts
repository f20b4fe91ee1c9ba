// Every staff write is recorded: who, when, what, and the before/after of the fields that changed.
// Call recordAudit inside the same transaction as the write, so neither exists without the other.
import type { Db } from '../../db/database.ts'
import type { StaffRole } from '../../db/types.ts'
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

export async function recordAudit(
  tx: Db,
  clock: Clock,
  // 'system': an operator's command (npm run admin), recorded with actor_id null and role "system".
  entry: { actor: Actor | 'system'; action: string; entityType: string; entityId: number | null; branchId?: number | null; before?: object; after?: object },
): Promise<void> {
  const actor = entry.actor === 'system' ? { staffId: null, role: 'system', requestId: undefined } : entry.actor
  await tx
    .insertInto('audit_log')
    .values({
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
    .execute()
}
