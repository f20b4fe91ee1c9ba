// What every table holds, in one query: its row count and, where it has one, its newest
// `updated_at`. Two equal snapshots taken around a request (with the clock moved in between)
// mean the request inserted, deleted and updated nothing. Only this database's own tables are
// read (the catalogue of the current schema): other test schemas come and go meanwhile.
import { sql } from 'kysely'
import type { Db, Dialect } from '../../src/db/database.ts'
import { listTables } from '../../src/modules/ops/tables.ts'

export type Snapshot = Record<string, string>

async function columnsOf(db: Db, dialect: Dialect, table: string): Promise<string[]> {
  const rows = dialect === 'sqlite'
    ? await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db)
    : await sql<{ name: string }>`select column_name as name from information_schema.columns
        where table_schema = current_schema() and table_name = ${table}`.execute(db)
  return rows.rows.map((r) => r.name)
}

export async function snapshotter(db: Db, dialect: Dialect): Promise<() => Promise<Snapshot>> {
  const parts: string[] = []
  for (const table of await listTables(db, dialect)) {
    const name = `"${table}"`
    parts.push(`(select count(*) from ${name}) as "${table}"`)
    if ((await columnsOf(db, dialect, table)).includes('updated_at')) parts.push(`(select max(updated_at) from ${name}) as "${table}.updated_at"`)
  }
  const query = sql<Record<string, unknown>>`select ${sql.raw(parts.join(', '))}`
  return async () => {
    const row = (await query.execute(db)).rows[0]!
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)]))
  }
}
