// Several instances starting at the same moment against one fresh PostgreSQL schema (a rolling
// deploy, a scaled-out service): every start succeeds, each migration is applied exactly once,
// one owner and one QR signing key are created. PostgreSQL only, so it runs against the test
// server whichever project runs it (SQLite allows one process per file: sqlite-one-process.test.ts).
import { randomBytes } from 'node:crypto'
import pino from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/app.ts'
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts'
import { migrateToLatest } from '../../src/db/migrate.ts'
import { ManualClock } from '../../src/lib/clock.ts'
import { testConfig } from '../support/app.ts'
import { admin, postgresUrl } from '../support/database.ts'
import { MemoryNotifier } from '../support/memory-notifier.ts'

const INSTANCES = 4

describe('several instances migrating one PostgreSQL schema at the same moment', () => {
  let schema: string
  const handles: DatabaseHandle[] = []
  afterEach(async () => {
    await Promise.all(handles.splice(0).map((h) => h.close()))
    await admin((c) => c.query(`drop schema if exists ${schema} cascade`))
  })

  const freshSchema = async () => {
    schema = `t_${randomBytes(6).toString('hex')}`
    await admin((c) => c.query(`create schema ${schema}`))
    return () => {
      const handle = openDatabase(postgresUrl(), { schema, poolSize: 2 })
      handles.push(handle)
      return handle
    }
  }

  it('parallel migrateToLatest: all succeed, exactly one applies each migration, the rest find nothing to do', async () => {
    const open = await freshSchema()
    const results = await Promise.all(Array.from({ length: INSTANCES }, () => migrateToLatest(open().db)))
    const applied = results.filter((r) => r.length > 0)
    expect(applied).toHaveLength(1)
    expect(results.filter((r) => r.length === 0)).toHaveLength(INSTANCES - 1)
    const rows = await handles[0]!.db.selectFrom('schema_migrations' as never).selectAll().execute() as { name: string }[]
    expect(rows.map((r) => r.name).sort()).toEqual([...applied[0]!].sort())
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length)
  }, 60_000)

  it('parallel buildApp with OWNER_USERNAME: every instance starts, one owner and one signing key exist', async () => {
    const open = await freshSchema()
    const config = testConfig({ OWNER_USERNAME: 'boss', OWNER_PASSWORD: 'a-long-owner-password' })
    const apps = await Promise.all(Array.from({ length: INSTANCES }, () =>
      buildApp(config, { clock: new ManualClock(), database: open(), notifier: new MemoryNotifier(), logger: pino({ level: 'silent' }) })))
    try {
      const db = handles[0]!.db
      expect(await db.selectFrom('staff_users').select(['username', 'role']).execute()).toEqual([{ username: 'boss', role: 'owner' }])
      expect(await db.selectFrom('signing_keys').select('kid').execute()).toHaveLength(1)
      for (const app of apps) expect((await app.inject('/ready')).statusCode).toBe(200)
    } finally {
      await Promise.all(apps.map((a) => a.close()))
    }
  }, 60_000)
})
