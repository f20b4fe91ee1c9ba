// The database comes and goes: connections killed while idle and while busy, a network that drops
// or stalls between Spotter and PostgreSQL (a TCP proxy on loopback), SQLite locked by another
// process. Each time the client gets 503 DATABASE_UNAVAILABLE in the envelope, the process lives,
// nothing is half-written, and the service recovers by itself when the database answers again.
import SQLite from 'better-sqlite3'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/db/database.ts'
import { migrateToLatest } from '../../src/db/migrate.ts'
import { call } from '../support/app.ts'
import { createTestDatabase, postgresUrl, testDialect } from '../support/database.ts'
import { createBranch, createStaff, staffToken } from '../support/factories.ts'
import { eventually, startFaultApp, type FaultApp } from './support/fault-app.ts'
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.ts'

let f: FaultApp | undefined
let proxy: TcpProxy | undefined
afterEach(async () => {
  await f?.close()
  await proxy?.close()
  f = undefined
  proxy = undefined
})

/** A front desk signed in, and a way to register members and count them (directly, not through the app). */
async function desk(app: FaultApp) {
  const branch = await createBranch(app.db)
  const token = await staffToken(app.app, (await createStaff(app.db, 'front_desk', branch.id)).username)
  let n = 0
  return {
    token,
    register: () => call(app.app, 'POST', '/api/customers', { token, body: { full_name: `Member ${++n}`, phone: `+2010000${String(n).padStart(5, '0')}` } }),
    registerAgain: () => call(app.app, 'POST', '/api/customers', { token, body: { full_name: `Member ${n}`, phone: `+2010000${String(n).padStart(5, '0')}` } }),
    customers: async () => Number((await app.db.selectFrom('customers').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
  }
}

function expectUnavailable(res: { statusCode: number; json(): unknown; body: string }) {
  expect(res.statusCode).toBe(503)
  expect(res.json()).toMatchObject({ status: 'error', code: 'DATABASE_UNAVAILABLE' })
  expect(res.body).not.toMatch(/stack|terminat|timeout|postgres|sqlite|select|insert/i)
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrl() })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const backends = (applicationName: string, where = 'true') =>
  admin(async (c) => (await c.query<{ pid: number }>(`select pid from pg_stat_activity where application_name = $1 and ${where}`, [applicationName])).rows.map((r) => r.pid))

if (testDialect() === 'postgres') {
  describe('PostgreSQL connections killed with pg_terminate_backend', () => {
    it('while idle: the process lives, the drop is logged in one line, and the next request is served', async () => {
      f = await startFaultApp()
      const d = await desk(f)
      expect((await d.register()).statusCode).toBe(201)
      const pids = await backends(f.applicationName, `state = 'idle'`)
      expect(pids.length).toBeGreaterThan(0)
      await admin((c) => c.query('select pg_terminate_backend(pid) from unnest($1::int[]) as pid', [pids]))
      await eventually(() => f!.logs.some((l) => l.msg === 'database connection dropped; the pool will reconnect'), 'the pool to report the drop')
      expect((await d.register()).statusCode).toBe(201)
      expect(await d.customers()).toBe(2)
      const drops = f.logs.filter((l) => String(l.msg).includes('dropped'))
      expect(drops).toHaveLength(1)
      expect(JSON.stringify(drops[0])).not.toMatch(/"stack"/)
    })

    it('while busy inside a write: 503 DATABASE_UNAVAILABLE, nothing written; the retry is written once', async () => {
      f = await startFaultApp()
      const d = await desk(f)
      const before = await d.customers()
      // Another session holds the customers table, so the app's insert waits on it and is
      // "busy" when its backend is killed.
      const locker = new pg.Client({ connectionString: postgresUrl() })
      await locker.connect()
      try {
        await locker.query('begin')
        await locker.query(`lock table ${f.schema}.customers in access exclusive mode`)
        const pending = d.register()
        let waiting: number[] = []
        await eventually(async () => (waiting = await backends(f!.applicationName, `wait_event_type = 'Lock'`)).length > 0, 'the insert to wait on the lock')
        await admin((c) => c.query('select pg_terminate_backend(pid) from unnest($1::int[]) as pid', [waiting]))
        expectUnavailable(await pending)
        await locker.query('rollback')
      } finally {
        await locker.end()
      }
      expect(await d.customers()).toBe(before)
      expect((await d.registerAgain()).statusCode).toBe(201)
      expect(await d.customers()).toBe(before + 1)
    })
  })

  describe('the request timeouts and migrations', () => {
    it('an instance waiting for another one\'s migrations is not cut short by DB_STATEMENT_TIMEOUT_MS', async () => {
      const test = await createTestDatabase()
      const handle = openDatabase(postgresUrl(), { schema: test.schema, poolSize: 2, statementTimeoutMs: 100, connectTimeoutMs: 1000 })
      // "Another instance" holds the migration lock for longer than both request timeouts.
      const other = new pg.Client({ connectionString: postgresUrl() })
      await other.connect()
      try {
        await other.query('begin')
        await other.query(`select pg_advisory_xact_lock(hashtextextended('spotter:migrations', 0))`)
        const migrating = migrateToLatest(handle.db)
        await new Promise((resolve) => setTimeout(resolve, 1500))
        await other.query('commit')
        expect(await migrating).toContain('20261130_0007_login_throttle')
      } finally {
        await other.end()
        await handle.close()
        await test.drop()
      }
    })
  })

  describe('a network between Spotter and PostgreSQL that drops, stalls and resumes (TCP proxy)', () => {
    const target = () => {
      const url = new URL(postgresUrl())
      return { host: url.hostname, port: Number(url.port || 5432) }
    }

    it('stalled: /ready and data routes answer 503 without hanging; resumed: served again with no restart, nothing written twice', async () => {
      proxy = await startTcpProxy(target())
      f = await startFaultApp({ proxy })
      const d = await desk(f)
      expect((await call(f.app, 'GET', '/ready')).statusCode).toBe(200)
      const before = await d.customers()

      proxy.set('stall')
      const ready = await call(f.app, 'GET', '/ready')
      expectUnavailable(ready)
      expect(ready.json()).toMatchObject({ message: 'The database is not reachable.' })
      expectUnavailable(await d.register())
      expectUnavailable(await call(f.app, 'GET', '/api/auth/me', { token: d.token }))
      expect((await call(f.app, 'GET', '/health')).statusCode).toBe(200)

      proxy.set('pass')
      await eventually(async () => (await call(f!.app, 'GET', '/ready')).statusCode === 200, '/ready to answer 200 again')
      expect(await d.customers()).toBe(before)
      expect((await d.registerAgain()).statusCode).toBe(201)
      expect(await d.customers()).toBe(before + 1)
      expect((await call(f.app, 'GET', '/api/auth/me', { token: d.token })).statusCode).toBe(200)
    })

    it('dropped (every connection cut, new ones refused): 503, then served again when the network returns', async () => {
      proxy = await startTcpProxy(target())
      f = await startFaultApp({ proxy })
      const d = await desk(f)
      expect((await d.register()).statusCode).toBe(201)

      proxy.set('drop')
      expectUnavailable(await d.register())
      expectUnavailable(await call(f.app, 'GET', '/ready'))
      expect(await d.customers()).toBe(1)

      proxy.set('pass')
      await eventually(async () => (await call(f!.app, 'GET', '/ready')).statusCode === 200, '/ready to answer 200 again')
      expect((await d.registerAgain()).statusCode).toBe(201)
      expect(await d.customers()).toBe(2)
    })
  })
} else {
  describe('SQLite locked by another process', () => {
    it('a write waits the busy timeout, answers 503 DATABASE_UNAVAILABLE and writes nothing; once the lock is gone the retry is written once', async () => {
      f = await startFaultApp()
      const d = await desk(f)
      expect((await d.register()).statusCode).toBe(201)
      const other = new SQLite(f.file!)
      try {
        other.exec('begin immediate')
        expectUnavailable(await d.register())
        // Reads go on while another process writes (WAL).
        expect((await call(f.app, 'GET', '/api/auth/me', { token: d.token })).statusCode).toBe(200)
        other.exec('rollback')
      } finally {
        other.close()
      }
      expect(await d.customers()).toBe(1)
      expect((await d.registerAgain()).statusCode).toBe(201)
      expect(await d.customers()).toBe(2)
    })
  })
}
