// Members' passwords (issued at reception, changed on first sign-in), the member's language, and
// sessions that do not rotate their refresh token (the gym's Flutter apps never store a rotated
// one). Frozen once shipped.
import { sql, type Kysely } from 'kysely'
import { columnTypes, dialectOf } from '../schema-helpers.ts'

export async function up(db: Kysely<unknown>): Promise<void> {
  const dialect = await dialectOf(db)
  const t = columnTypes(dialect)
  const no = dialect === 'postgres' ? sql`false` : sql`0`
  await db.schema.alterTable('customers').addColumn('password_hash', 'varchar(255)').execute()
  await db.schema.alterTable('customers').addColumn('is_password_temporary', t.boolean, (c) => c.notNull().defaultTo(no)).execute()
  await db.schema.alterTable('customers').addColumn('preferred_language', 'varchar(8)').execute()
  await db.schema.alterTable('auth_sessions').addColumn('is_rotating', t.boolean, (c) => t.trueDefault(c)).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('auth_sessions').dropColumn('is_rotating').execute()
  await db.schema.alterTable('customers').dropColumn('preferred_language').execute()
  await db.schema.alterTable('customers').dropColumn('is_password_temporary').execute()
  await db.schema.alterTable('customers').dropColumn('password_hash').execute()
}
