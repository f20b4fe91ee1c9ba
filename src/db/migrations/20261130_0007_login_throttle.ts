// Staff (and later member) sign-in throttling: counters per username and source with exponential
// back-off, replacing 0003's per-username failure rows (which let anyone lock any account). The
// old rows are dropped: a back-off that starts afresh is the point of the change.
import type { Kysely } from 'kysely'
import { columnTypes, dialectOf } from '../schema-helpers.ts'

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(await dialectOf(db))
  await t.id(db.schema.createTable('login_throttle'))
    .addColumn('subject_kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('subject_key', 'varchar(64)', (c) => c.notNull())
    .addColumn('source', 'varchar(64)', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('blocked_until', t.instant)
    .addColumn('last_failure_at', t.instant)
    .addColumn('last_success_at', t.instant)
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('login_throttle_subject_source_key', ['subject_kind', 'subject_key', 'source'])
    .execute()
  await db.schema.createIndex('login_throttle_updated_idx').on('login_throttle').column('updated_at').execute()
  await db.schema.dropTable('staff_login_failures').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('login_throttle').execute()
}
