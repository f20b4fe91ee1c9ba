// Gym-wide settings as key/value rows. A missing key means "the default", so adding a setting later
// needs no migration, only a default in modules/settings/settings.service.ts.
import type { Kysely } from 'kysely'
import { columnTypes, dialectOf } from '../schema-helpers.ts'

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(await dialectOf(db))
  await db.schema.createTable('gym_settings')
    .addColumn('key', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('staff_users.id'))
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('gym_settings').execute()
}
