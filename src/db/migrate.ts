// Migrations are listed here explicitly (no directory scan), in timestamp order.
import { sql } from 'kysely'
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration'
import type { Db } from './database.ts'
import * as initial from './migrations/20261124_0001_initial.ts'
import * as audit from './migrations/20261125_0002_audit.ts'

const migrations: Record<string, Migration> = {
  '20261124_0001_initial': initial,
  '20261125_0002_audit': audit,
}

const provider: MigrationProvider = { getMigrations: async () => migrations }

export async function migrateToLatest(db: Db): Promise<string[]> {
  // On PostgreSQL the migrator must look for its own tables in the schema we work in: left to
  // itself it finds them in any schema of the database and then fails to use them here.
  const adapter = db.getExecutor().adapter.constructor.name
  const schema = adapter.startsWith('Postgres')
    ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
    : undefined
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) })
  const { error, results } = await migrator.migrateToLatest()
  if (error) throw error
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
