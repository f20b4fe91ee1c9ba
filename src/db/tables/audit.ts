import type { ColumnType, Generated } from 'kysely'

export interface AuditLogTable {
  id: Generated<number>
  actor_id: number | null
  actor_role: string | null
  action: string
  entity_type: string
  entity_id: number | null
  branch_id: number | null
  /** JSON: { field: { before, after } } for the fields that changed. */
  changes: string
  request_id: string | null
  created_at: ColumnType<string, string, never>
}

export interface AuditTables {
  audit_log: AuditLogTable
}
