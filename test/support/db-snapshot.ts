// What every table holds, in one query: its row count and, where it has one, its newest
// `updated_at`. Two equal snapshots taken around a request (with the clock moved in between)
// mean the request inserted, deleted and updated nothing.
import { sql } from 'kysely'
import type { Db } from '../../src/db/database.ts'

export type Snapshot = Record<string, string>

export async function snapshotter(db: Db, schema: string | undefined): Promise<() => Promise<Snapshot>> {
  const tables = (await db.introspection.getTables()).filter((table) => schema === undefined || table.schema === schema)
  const parts = tables.flatMap((table) => {
    const name = `"${table.name}"`
    const count = `(select count(*) from ${name}) as "${table.name}"`
    const changed = table.columns.some((c) => c.name === 'updated_at') ? [`(select max(updated_at) from ${name}) as "${table.name}.updated_at"`] : []
    return [count, ...changed]
  })
  const query = sql<Record<string, unknown>>`select ${sql.raw(parts.join(', '))}`
  return async () => {
    const row = (await query.execute(db)).rows[0]!
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)]))
  }
}
