// Failed staff sign-ins, counted per account name in the database so the per-account limit holds
// across instances. The name is kept only as a keyed hash: people sometimes type their password
// into the username field, and that must not sit in a table in clear text.
import type { Kysely } from 'kysely'
import { columnTypes, dialectOf } from '../schema-helpers.ts'

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(await dialectOf(db))
  await t.id(db.schema.createTable('staff_login_failures'))
    .addColumn('username_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('failed_at', t.instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('staff_login_failures_user_idx').on('staff_login_failures').columns(['username_hash', 'failed_at']).execute()
  await db.schema.createIndex('staff_login_failures_time_idx').on('staff_login_failures').column('failed_at').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('staff_login_failures').execute()
}
