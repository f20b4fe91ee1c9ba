// Migrations are listed here explicitly (no directory scan), in timestamp order.
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
  const migrator = new Migrator({ db, provider })
  const { error, results } = await migrator.migrateToLatest()
  if (error) throw error
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
