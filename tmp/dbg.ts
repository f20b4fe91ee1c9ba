import { openDatabase } from '../src/db/database.ts'
import { migrateToLatest } from '../src/db/migrate.ts'
import { checkInsBy } from '../src/modules/reports/activity.repository.ts'
import pg from 'pg'
const c = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/test' }); await c.connect(); await c.query('create schema if not exists dbg_reports'); await c.end()
const h = openDatabase('postgres://postgres@127.0.0.1:5432/test', { schema: 'dbg_reports' })
await migrateToLatest(h.db)
for (const k of [null, 'daily', 'hour', 'branch'] as const) {
  try { console.log(k, await checkInsBy(h.db, 'postgres', { from: '2026-01-01', to: '2026-12-31', branchId: null }, k, 'America/New_York')) } catch (e) { console.log(k, (e as Error).message) }
}
await h.close()
