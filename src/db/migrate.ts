// Migrations are listed here explicitly (no directory scan), in timestamp order.
import { sql, type Kysely } from 'kysely'
import type { Db } from './database.ts'
import * as initial from './migrations/20261124_0001_initial.ts'
import * as audit from './migrations/20261125_0002_audit.ts'
import * as staffSecurity from './migrations/20261125_0003_staff_security.ts'
import * as gymSettings from './migrations/20261125_0004_gym_settings.ts'
import * as money from './migrations/20261130_0005_money.ts'
import * as reports from './migrations/20261130_0006_reports.ts'
import * as loginThrottle from './migrations/20261130_0007_login_throttle.ts'
import * as memberPasswords from './migrations/20261130_0008_member_passwords.ts'
import * as speed from './migrations/20261130_0010_speed.ts'
import * as rollups from './migrations/20261130_0011_rollups.ts'

interface Migration {
  up(db: Kysely<unknown>): Promise<void>
  down?(db: Kysely<unknown>): Promise<void>
}

const migrations: Record<string, Migration> = {
  '20261124_0001_initial': initial,
  '20261125_0002_audit': audit,
  '20261125_0003_staff_security': staffSecurity,
  '20261125_0004_gym_settings': gymSettings,
  '20261130_0005_money': money,
  '20261130_0006_reports': reports,
  '20261130_0007_login_throttle': loginThrottle,
  '20261130_0008_member_passwords': memberPasswords,
  '20261130_0010_speed': speed,
  '20261130_0011_rollups': rollups,
}

/**
 * Applies pending migrations in one transaction. Kysely's Migrator is not used: to learn whether
 * its bookkeeping tables exist it introspects every table of every schema in the database, which
 * fails whenever another schema is dropped at that moment (seen with parallel test schemas). This
 * runner asks nothing of the catalogue: `create table if not exists`, under a PostgreSQL advisory
 * lock so several instances starting together apply each migration once. DDL is transactional on
 * both dialects, so a failed migration leaves nothing half-applied.
 */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const postgres = db.getExecutor().adapter.constructor.name.startsWith('Postgres')
  return db.transaction().execute(async (tx) => {
    if (postgres) {
      // The request timeouts (DB_STATEMENT_TIMEOUT_MS) are not meant for migrations, nor for
      // waiting while another instance applies them; this turns them off for this transaction.
      await sql`set local statement_timeout = 0`.execute(tx)
      await sql`select pg_advisory_xact_lock(hashtextextended('spotter:migrations', 0))`.execute(tx)
    }
    await sql`create table if not exists schema_migrations (name varchar(255) primary key, applied_at varchar(32) not null)`.execute(tx)
    const applied = await sql<{ name: string }>`select name from schema_migrations`.execute(tx)
    const done = new Set(applied.rows.map((r) => r.name))
    const pending = Object.keys(migrations).sort().filter((name) => !done.has(name))
    for (const name of pending) {
      await migrations[name]!.up(tx as unknown as Kysely<unknown>)
      await sql`insert into schema_migrations (name, applied_at) values (${name}, ${new Date().toISOString()})`.execute(tx)
    }
    return pending
  })
}
