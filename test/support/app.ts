// The app factory for tests: a real database (SQLite or PostgreSQL), a hand-moved clock, and a
// notifier that keeps what it sent, unless the test passes its own.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import type { KyselyPlugin } from 'kysely'
import pino from 'pino'
import { buildApp } from '../../src/app.ts'
import { loadConfig, type Config } from '../../src/config.ts'
import type { Db, Dialect } from '../../src/db/database.ts'
import { ManualClock } from '../../src/lib/clock.ts'
import type { Notifier } from '../../src/modules/notifications/notifier.ts'
import { describeViolations, installContractCheck, type ContractViolation } from './contract.ts'
import { createTestDatabase, type TestDatabase } from './database.ts'
import { MemoryNotifier } from './memory-notifier.ts'

export interface RegisteredRoute {
  method: string
  url: string
  schema: { body?: unknown; params?: unknown; querystring?: unknown; response?: unknown } | undefined
}

export const TEST_SECRET = 'test-secret-key-that-is-long-enough-0123456789'

export interface TestApp {
  app: FastifyInstance
  db: Db
  dialect: Dialect
  clock: ManualClock
  config: Readonly<Config>
  notifier: MemoryNotifier
  database: TestDatabase
  /** Answers that did not match their route's declared response schema (see contract.ts); close() fails on any. */
  violations: ContractViolation[]
  /** Every route of the app with its schemas, as registered (the fuzz test generates requests from them). */
  routes: RegisteredRoute[]
  /** Another app instance over the same database (PostgreSQL: a separate pool), as a second server would be. */
  secondInstance(): Promise<FastifyInstance>
  close(): Promise<void>
}

export function testConfig(env: Record<string, string> = {}): Readonly<Config> {
  return loadConfig({ NODE_ENV: 'test', JWT_SECRET_KEY: TEST_SECRET, LOG_LEVEL: 'silent', ...env })
}

export async function createTestApp(options: { env?: Record<string, string>; clock?: ManualClock; notifier?: Notifier; /** Kysely plugins on the app's database (e.g. a query counter). */ dbPlugins?: KyselyPlugin[]; /** The built desk to serve (the browser tests build their own). */ deskRoot?: string } = {}): Promise<TestApp> {
  const config = testConfig(options.env)
  const clock = options.clock ?? new ManualClock('2026-02-11T09:30:00Z')
  const memory = new MemoryNotifier()
  const notifier = options.notifier ?? memory
  const database = await createTestDatabase()
  const logger = pino({ level: 'silent' })
  const handle = options.dbPlugins ? { ...database.handle, db: options.dbPlugins.reduce((db, plugin) => db.withPlugin(plugin), database.handle.db) } : database.handle
  const violations: ContractViolation[] = []
  const instrument = (a: FastifyInstance) => installContractCheck(a, violations)
  const routes: RegisteredRoute[] = []
  const app = await buildApp(config, {
    clock, database: handle, notifier, logger, ...(options.deskRoot ? { deskRoot: options.deskRoot } : {}),
    instrument: (a) => {
      instrument(a)
      a.addHook('onRoute', (route) => {
        for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url, schema: route.schema as RegisteredRoute['schema'] })
      })
    },
  })
  const others: FastifyInstance[] = []
  return {
    app, db: database.handle.db, dialect: database.handle.dialect, clock, config, notifier: memory, database, violations, routes,
    async secondInstance() {
      const other = await buildApp(config, { clock, database: database.open(), notifier, logger, instrument })
      others.push(other)
      return other
    },
    async close() {
      await Promise.all([app, ...others].map((a) => a.close()))
      await database.drop()
      if (violations.length) throw new Error(`Answers outside their declared response schemas:\n${describeViolations(violations)}`)
    },
  }
}

/** app.inject with a bearer token and a JSON body. */
export function call(app: FastifyInstance, method: InjectOptions['method'], url: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<LightMyRequestResponse> {
  return app.inject({
    method, url,
    headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers },
    ...(options.body !== undefined ? { payload: options.body as object } : {}),
  })
}
