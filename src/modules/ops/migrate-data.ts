// `npm run migrate-data -- --from sqlite:… --to postgres://…`: moving a gym from SQLite to
// PostgreSQL. The target gets the schema by the usual migrations, then every table is copied in
// dependency order in one transaction, ids kept, and each identity sequence set past the largest
// id. A target holding any row is refused (so is one the service has already started on: it
// creates a signing key at start-up), and the copy is checked table by table before commit.
import { sql, type Kysely } from 'kysely'
import { openDatabase, type Db } from '../../db/database.ts'
import { migrateToLatest } from '../../db/migrate.ts'
import { rowCounts } from './tables.ts'

export class MigrateDataError extends Error {
  override name = 'MigrateDataError'
}

const BATCH_ROWS = 200
const BOOKKEEPING = 'schema_migrations'

export async function migrateData(fromUrl: string, toUrl: string): Promise<{ copied: Record<string, number> }> {
  if (!fromUrl.startsWith('sqlite:') || fromUrl === 'sqlite::memory:') throw new MigrateDataError('--from must be an SQLite file: sqlite:<file>')
  if (!/^postgres(ql)?:\/\//.test(toUrl)) throw new MigrateDataError('--to must be a PostgreSQL URL: postgres://…')
  const source = openDatabase(fromUrl)
  const target = openDatabase(toUrl, { poolSize: 2 })
  try {
    // Both at the same schema version: the source as the service would leave it, the target new.
    await migrateToLatest(source.db)
    await migrateToLatest(target.db)
    const sourceCounts = await rowCounts(source.db, 'sqlite')
    const targetCounts = await rowCounts(target.db, 'postgres')
    const filled = Object.entries(targetCounts).filter(([table, n]) => table !== BOOKKEEPING && n > 0)
    if (filled.length) {
      throw new MigrateDataError(`the target database is not empty (${filled.map(([t, n]) => `${t}: ${n}`).join(', ')}); create a new database and do not start the service on it before copying`)
    }
    const tables = await dependencyOrder(source.db, Object.keys(sourceCounts).filter((t) => t !== BOOKKEEPING))
    const missing = tables.filter((t) => !(t in targetCounts))
    if (missing.length) throw new MigrateDataError(`the target has no table ${missing.join(', ')}`)

    const copied: Record<string, number> = {}
    await target.db.transaction().execute(async (tx) => {
      for (const table of tables) {
        copied[table] = await copyTable(source.db, tx, table)
        if (copied[table] !== sourceCounts[table]) throw new MigrateDataError(`${table}: copied ${copied[table]} rows of ${sourceCounts[table]}`)
      }
      await resetIdentities(tx, tables)
    })
    return { copied }
  } finally {
    await Promise.all([source.close(), target.close()])
  }
}

/** Parents before children, from SQLite's own foreign-key list (self-references are ordered by id). */
async function dependencyOrder(db: Db, tables: string[]): Promise<string[]> {
  const parents = new Map<string, Set<string>>()
  for (const table of tables) {
    const keys = await sql<{ table: string }>`select "table" from pragma_foreign_key_list(${table})`.execute(db)
    parents.set(table, new Set(keys.rows.map((k) => k.table).filter((p) => p !== table && tables.includes(p))))
  }
  const ordered: string[] = []
  const visit = (table: string, path: string[]) => {
    if (ordered.includes(table)) return
    if (path.includes(table)) throw new MigrateDataError(`foreign keys form a cycle: ${[...path, table].join(' → ')}`)
    for (const parent of parents.get(table) ?? []) visit(parent, [...path, table])
    ordered.push(table)
  }
  for (const table of [...tables].sort()) visit(table, [])
  return ordered
}

async function copyTable(from: Db, to: Db, table: string): Promise<number> {
  // rowid order is id order for tables with an integer primary key, so a row's self-reference
  // (a refund's refund_of) always points at a row already copied.
  const source = from as unknown as Kysely<Record<string, Record<string, unknown>>>
  const target = to as unknown as Kysely<Record<string, Record<string, unknown>>>
  let copied = 0
  let after = 0
  for (;;) {
    const rows = await sql<Record<string, unknown> & { _rowid: number }>`
      select rowid as _rowid, * from ${sql.table(table)} where rowid > ${after} order by rowid limit ${BATCH_ROWS}`.execute(source)
    if (!rows.rows.length) return copied
    after = rows.rows[rows.rows.length - 1]!._rowid
    const values = rows.rows.map(({ _rowid, ...row }) => row)
    await target.insertInto(table).values(values).execute()
    copied += values.length
  }
}

/** Every identity column continues after the largest id copied. */
async function resetIdentities(tx: Db, tables: string[]): Promise<void> {
  const identities = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = current_schema() and is_identity = 'YES'`.execute(tx)
  for (const { table_name: table, column_name: column } of identities.rows) {
    if (!tables.includes(table)) continue
    await sql`select setval(pg_get_serial_sequence(${table}, ${column}),
      coalesce((select max(${sql.ref(column)}) from ${sql.table(table)}), 0) + 1, false)`.execute(tx)
  }
}
