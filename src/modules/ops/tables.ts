// What the operator commands need to know about a database's tables: their names (asked of the
// database itself, so tables added by later migrations are included), whether any holds a row,
// their row counts, and the ledger's totals (to compare a copy with its original).
import { sql } from 'kysely'
import type { Db, Dialect } from '../../db/database.ts'

export async function listTables(db: Db, dialect: Dialect): Promise<string[]> {
  const rows = dialect === 'sqlite'
    // Not SQLite's full-text search tables (a virtual table and its shadow tables, e.g. the member
    // search index of migration 0010): they are derived from other tables and rebuilt by triggers.
    ? await sql<{ name: string }>`select name from sqlite_master m where type = 'table' and name not like 'sqlite_%'
        and coalesce(sql, '') not like 'CREATE VIRTUAL TABLE%'
        and not exists (select 1 from sqlite_master v where v.type = 'table' and v.sql like 'CREATE VIRTUAL TABLE%'
          and substr(m.name, 1, length(v.name) + 1) = v.name || '_')
        order by name`.execute(db)
    : await sql<{ name: string }>`select table_name as name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db)
  return rows.rows.map((r) => r.name)
}

export async function rowCounts(db: Db, dialect: Dialect): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of await listTables(db, dialect)) {
    const row = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db)
    counts[table] = Number(row.rows[0]!.n)
  }
  return counts
}

/** Sums of the payments ledger: rows, amounts and discounts, by transaction type. */
export async function ledgerTotals(db: Db): Promise<Record<string, { rows: number; amount: number; discount: number }>> {
  const rows = await db.selectFrom('payments')
    .select((eb) => ['transaction_type', eb.fn.countAll<number>().as('rows'), eb.fn.sum<number>('amount').as('amount'), eb.fn.sum<number>('discount').as('discount')])
    .groupBy('transaction_type').orderBy('transaction_type').execute()
  return Object.fromEntries(rows.map((r) => [r.transaction_type, { rows: Number(r.rows), amount: Number(r.amount), discount: Number(r.discount) }]))
}
