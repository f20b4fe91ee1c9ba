// An app for the fault suite: its own database handle with small timeouts (PostgreSQL reached
// directly or through a TcpProxy; SQLite in a file, so a second connection can hold its lock),
// a logger whose lines the test can read, and a direct handle for checking what was written.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import pino from 'pino'
import { buildApp } from '../../../src/app.ts'
import { openDatabase, type Db, type DatabaseHandle } from '../../../src/db/database.ts'
import { ManualClock } from '../../../src/lib/clock.ts'
import { testConfig } from '../../support/app.ts'
import { createTestDatabase, postgresUrl, testDialect, type TestDatabase } from '../../support/database.ts'
import { MemoryNotifier } from '../../support/memory-notifier.ts'
import type { TcpProxy } from './tcp-proxy.ts'

// Small enough to keep the suite fast, large enough that a machine busy with other work does not
// make a healthy query look like an outage.
export const FAULT_TIMEOUTS = { connectTimeoutMs: 1000, statementTimeoutMs: 1500, busyTimeoutMs: 100 }

export interface FaultApp {
  app: FastifyInstance
  /** A direct handle on the same database, for assertions (never through the proxy). */
  db: Db
  /** The application_name of the app's PostgreSQL connections. */
  applicationName: string
  /** A file SQLite database's path (SQLite only). */
  file: string | undefined
  logs: Array<Record<string, unknown>>
  schema: string | undefined
  close(): Promise<void>
}

export async function startFaultApp(options: { proxy?: TcpProxy; env?: Record<string, string> } = {}): Promise<FaultApp> {
  const applicationName = `spotter-fault-${randomBytes(4).toString('hex')}`
  const logs: Array<Record<string, unknown>> = []
  const logger = pino({ level: 'warn' }, { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) })
  const config = testConfig({
    DB_CONNECT_TIMEOUT_MS: String(FAULT_TIMEOUTS.connectTimeoutMs),
    DB_STATEMENT_TIMEOUT_MS: String(FAULT_TIMEOUTS.statementTimeoutMs),
    DB_BUSY_TIMEOUT_MS: String(FAULT_TIMEOUTS.busyTimeoutMs),
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    ...options.env,
  })
  let test: TestDatabase | undefined
  let direct: DatabaseHandle
  let handle: DatabaseHandle
  let dir: string | undefined
  let file: string | undefined
  if (testDialect() === 'postgres') {
    test = await createTestDatabase()
    direct = test.handle
    const url = new URL(postgresUrl())
    if (options.proxy) {
      url.hostname = '127.0.0.1'
      url.port = String(options.proxy.port)
    }
    handle = openDatabase(url.toString(), { schema: test.schema, poolSize: 4, applicationName, log: logger, ...FAULT_TIMEOUTS })
  } else {
    dir = mkdtempSync(join(tmpdir(), 'spotter-fault-'))
    file = join(dir, 'gym.db')
    handle = openDatabase(`sqlite:${file}`, { busyTimeoutMs: FAULT_TIMEOUTS.busyTimeoutMs, log: logger })
    direct = handle
  }
  const app = await buildApp(config, { clock: new ManualClock('2026-02-11T09:30:00Z'), database: handle, notifier: new MemoryNotifier(), logger })
  return {
    app, db: direct.db, applicationName, file, logs, schema: test?.schema,
    async close() {
      await app.close()
      await handle.close()
      if (test) await test.drop()
      if (dir) rmSync(dir, { recursive: true, force: true })
    },
  }
}

export { eventually } from '../../support/eventually.ts'
