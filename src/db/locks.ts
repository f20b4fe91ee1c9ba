// Serialises work on one key (a member, an identifier) until the surrounding transaction ends.
import { sql } from 'kysely'
import type { Db, Dialect } from './database.ts'

export async function lockKey(tx: Db, dialect: Dialect, key: string): Promise<void> {
  // SQLite runs one write transaction at a time already; PostgreSQL needs an advisory lock.
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(tx)
}
