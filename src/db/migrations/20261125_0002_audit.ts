// The audit trail of staff writes.
import type { Kysely } from 'kysely'
import { columnTypes, dialectOf } from '../schema-helpers.ts'

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(await dialectOf(db))
  await t.id(db.schema.createTable('audit_log'))
    .addColumn('actor_id', 'integer', (c) => c.references('staff_users.id'))
    .addColumn('actor_role', 'varchar(32)')
    .addColumn('action', 'varchar(64)', (c) => c.notNull())
    .addColumn('entity_type', 'varchar(32)', (c) => c.notNull())
    .addColumn('entity_id', 'integer')
    .addColumn('branch_id', 'integer')
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('request_id', 'varchar(64)')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('audit_log_entity_idx').on('audit_log').columns(['entity_type', 'entity_id']).execute()
  await db.schema.createIndex('audit_log_time_idx').on('audit_log').column('created_at').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_log').execute()
}
