// One Kysely instance per process, over better-sqlite3 (the embedded default) or node-postgres.
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, PostgresDialect, sql, type UnknownRow } from 'kysely'
import pg from 'pg'
import { breaksConnection } from './errors.ts'
import { registerDirectRunner, statementName } from './prepared.ts'
import { readBooleans, SqliteBooleanPlugin } from './sqlite-boolean-plugin.ts'
import { PlanStableSqliteDialect } from './sqlite-dialect.ts'
import { withStatementCache } from './sqlite-statement-cache.ts'
import type { Database } from './types.ts'

export type Dialect = 'sqlite' | 'postgres'
export type Db = Kysely<Database>

export interface DatabaseHandle {
  db: Db
  dialect: Dialect
  /** PostgreSQL only: the connection pool (its figures are exported by /metrics). */
  pool?: pg.Pool
  close(): Promise<void>
}

export interface DatabaseOptions {
  /** PostgreSQL only: the schema to work in (tests give each file its own). */
  schema?: string
  poolSize?: number
  /** PostgreSQL: how long to wait for a new connection, or for a free one when the pool is busy. */
  connectTimeoutMs?: number
  /** PostgreSQL: the server cancels a statement after this; the client gives up on an unanswered query a second later. */
  statementTimeoutMs?: number
  /** SQLite: how long a write waits for another process's lock (it blocks the event loop meanwhile). */
  busyTimeoutMs?: number
  /** SQLite: this process is a Spotter server and must be the only one on the file (see `holdServerLock`). */
  serverLock?: boolean
  /** PostgreSQL: shown in pg_stat_activity (the fault tests find their connections by it). */
  applicationName?: string
  /** Where a dropped idle connection is reported (one line, no stack); the pool replaces it by itself. */
  log?: { warn(object: object, message: string): void }
}

export const DATABASE_DEFAULTS = { connectTimeoutMs: 3000, statementTimeoutMs: 10_000, busyTimeoutMs: 2000 } as const

const PG_TIMESTAMPTZ = 1184
const PG_TIMESTAMP = 1114
const PG_DATE = 1082
const PG_INT8 = 20

export function openDatabase(url: string, options: DatabaseOptions = {}): DatabaseHandle {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length), options)
  return openPostgres(url, options)
}

/** Another Spotter server already runs on the SQLite file (see `holdServerLock`). */
export class DatabaseInUseError extends Error {}

/**
 * One server process per SQLite file. Spotter's guarantees under concurrency (one use per code,
 * one coin per scan, one sale per request) rest on every write of the service going through one
 * connection; two servers on one file would race. So a server holds an exclusive SQLite lock on a
 * sidecar file (`<file>.server-lock`) for as long as it runs, and a second server is refused at
 * start with one clear line. The operating system drops the lock when the process ends, however it
 * ends, so no stale lock is left behind. Operator commands (backup, admin, migrate) open the
 * database itself, not the sidecar, so they still work beside a running server. Several servers
 * need PostgreSQL.
 */
function holdServerLock(file: string): SQLite.Database {
  const lock = new SQLite(`${file}.server-lock`)
  try {
    lock.pragma('locking_mode = EXCLUSIVE')
    lock.exec('BEGIN EXCLUSIVE; COMMIT')
    return lock
  } catch (error) {
    lock.close()
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error
    throw new DatabaseInUseError(
      `the SQLite database ${file} is in use by another Spotter server; SQLite allows one server per file ` +
      '(stop the other one, or use PostgreSQL to run several instances)',
    )
  }
}

function openSqlite(file: string, options: DatabaseOptions): DatabaseHandle {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const lock = options.serverLock && file !== ':memory:' ? holdServerLock(file) : null
  const database = new SQLite(file)
  database.pragma('journal_mode = WAL')
  database.pragma('foreign_keys = ON')
  database.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? DATABASE_DEFAULTS.busyTimeoutMs)}`)
  database.pragma('synchronous = NORMAL')
  const statements = withStatementCache(database)
  const db = new Kysely<Database>({
    dialect: new PlanStableSqliteDialect({ database: statements }),
    plugins: [new SqliteBooleanPlugin()],
  })
  registerDirectRunner(db, (query, ofTransaction) => {
    // Asked of the database while a transaction is open (another request's) or a stream iterates,
    // it waits for Kysely's connection instead; asked of a transaction that is no longer open,
    // Kysely answers as it would.
    if (ofTransaction !== database.inTransaction || (!ofTransaction && statements.streaming)) return undefined
    // As Kysely's SqliteDriver and the plugin above answer.
    const statement = statements.prepare(query.sql)
    if (statement.reader) {
      const rows = statement.all(query.parameters) as UnknownRow[]
      readBooleans(rows)
      return { rows }
    }
    const { changes, lastInsertRowid } = statement.run(query.parameters)
    return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid) }
  })
  return {
    db, dialect: 'sqlite',
    close: async () => {
      await db.destroy()
      lock?.close()
    },
  }
}

function openPostgres(url: string, options: DatabaseOptions): DatabaseHandle {
  const statementTimeoutMs = options.statementTimeoutMs ?? DATABASE_DEFAULTS.statementTimeoutMs
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    options: options.schema ? `-c search_path=${options.schema}` : undefined,
    application_name: options.applicationName ?? 'spotter',
    connectionTimeoutMillis: options.connectTimeoutMs ?? DATABASE_DEFAULTS.connectTimeoutMs,
    // 0 turns it off. A statement the server cancels answers 57014; the client-side query timeout
    // a second later (discardingBrokenClients) catches a network that went silent.
    statement_timeout: statementTimeoutMs || undefined,
    keepAlive: true,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        // Instants leave the database as ISO 8601 UTC strings, dates as YYYY-MM-DD, counts as numbers.
        if (oid === PG_TIMESTAMPTZ || oid === PG_TIMESTAMP) return (v: string) => new Date(oid === PG_TIMESTAMP ? `${v}Z` : v).toISOString()
        if (oid === PG_DATE) return (v: string) => v
        if (oid === PG_INT8) return (v: string) => Number(v)
        return pg.types.getTypeParser(oid, format)
      }) as typeof pg.types.getTypeParser,
    },
  })
  // Without a listener, a pooled connection dropped while idle (pg_terminate_backend, a failover,
  // a proxy's idle timeout) is an unhandled 'error' event and ends the process. The pool has
  // already discarded that connection and opens a new one when next asked.
  pool.on('error', droppedConnectionReporter(options.log))
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: discardingBrokenClients(pool, statementTimeoutMs ? statementTimeoutMs + 1000 : 0) }) })
  return { db, dialect: 'postgres', pool, close: () => db.destroy() }
}

const BROKEN = Symbol('spotter.brokenConnection')
const UNBOUNDED = Symbol('spotter.unboundedTransaction')
const IN_TRANSACTION = Symbol('spotter.inTransaction')
type TrackedClient = pg.PoolClient & { [BROKEN]?: unknown; [UNBOUNDED]?: boolean; [IN_TRANSACTION]?: boolean }
const BEGIN = /^\s*(begin|start transaction)\b/i
const END = /^\s*(commit|rollback)\s*$/i
/** PostgreSQL refusing a prepared statement whose tables changed shape under it ("cached plan must not change result type"). */
const staleStatement = (error: unknown) => (error as { code?: string }).code === '0A000'
const tracked = new WeakSet<pg.PoolClient>()
/** Migrations turn the server's statement timeout off for their transaction; the client's follows. */
const TIMEOUT_OFF = /^\s*set\s+local\s+statement_timeout\s*=\s*0\s*$/i

/**
 * The pool as Kysely sees it, except that each query gets a client-side timeout (`queryTimeoutMs`,
 * 0 for none; not within a transaction that ran `set local statement_timeout = 0`), a connection
 * which failed mid-query (terminated, reset, or silent past that timeout) is destroyed on release
 * instead of going back to the pool, and an error it raises while checked out is kept rather than
 * ending the process.
 *
 * The SQL of a prepared query (src/db/prepared.ts) goes as a named statement, prepared once per
 * connection. A migration that changes a table under such a statement (a column added while an
 * older instance still runs, in a rolling deploy) makes PostgreSQL refuse it on the connections
 * that prepared it: that connection is then dropped on release, and outside a transaction the
 * query is sent again unnamed, so the caller never sees it; inside one, that transaction fails.
 */
function discardingBrokenClients(pool: pg.Pool, queryTimeoutMs: number) {
  return {
    async connect() {
      const client = (await pool.connect()) as TrackedClient
      if (!tracked.has(client)) {
        tracked.add(client)
        const query = client.query.bind(client) as (...args: unknown[]) => unknown
        client.query = ((...args: unknown[]) => {
          const [text, values] = args
          const plain = typeof text === 'string' && args.length <= 2 && (values === undefined || Array.isArray(values))
          if (typeof text === 'string') {
            if (TIMEOUT_OFF.test(text)) client[UNBOUNDED] = true
            if (BEGIN.test(text)) client[IN_TRANSACTION] = true
            else if (END.test(text)) client[IN_TRANSACTION] = false
          }
          const timeout = plain && queryTimeoutMs > 0 && !client[UNBOUNDED] ? { query_timeout: queryTimeoutMs } : {}
          const name = plain ? statementName(text as string) : undefined
          let result = name ? query({ name, text, values, ...timeout }) : plain ? query({ text, values, ...timeout }) : query(...args)
          if (name && result instanceof Promise) {
            const inTransaction = client[IN_TRANSACTION]
            result = result.catch((error: unknown) => {
              if (!staleStatement(error)) throw error
              client[BROKEN] = error
              if (inTransaction) throw error
              return query({ text, values, ...timeout })
            })
          }
          if (result instanceof Promise) {
            result.catch((error: unknown) => {
              if (breaksConnection(error)) client[BROKEN] = error
            })
          }
          return result
        }) as typeof client.query
      }
      const onError = (error: unknown) => {
        client[BROKEN] = error
      }
      client.on('error', onError)
      const release = client.release
      client.release = ((destroy?: boolean | Error) => {
        client.removeListener('error', onError)
        const broken = client[BROKEN]
        client[BROKEN] = undefined
        client[UNBOUNDED] = false
        client[IN_TRANSACTION] = false
        release(destroy || (broken ? (broken instanceof Error ? broken : new Error(String(broken))) : undefined))
      }) as typeof client.release
      return client
    },
    options: pool.options,
    end: () => pool.end(),
  }
}

function droppedConnectionReporter(log: DatabaseOptions['log']) {
  let lastAt = 0
  let quiet = 0
  return (error: Error & { code?: string }) => {
    const now = Date.now()
    // One line per burst: a failover drops every idle connection at once.
    if (now - lastAt < 10_000) {
      quiet += 1
      return
    }
    log?.warn({ code: error.code, reason: error.message, alsoDropped: quiet }, 'database connection dropped; the pool will reconnect')
    lastAt = now
    quiet = 0
  }
}

/** Whether the database answers `select 1` within `timeoutMs` (the load balancer's probe must not hang). */
export async function isReachable(db: Db, timeoutMs = 1500): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs)
  })
  const probe = sql`select 1`.execute(db).then(() => true, () => false)
  try {
    return await Promise.race([probe, timeout])
  } finally {
    clearTimeout(timer)
  }
}

export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError'
}

/**
 * Start-up: waits up to `seconds` for the database to answer, retrying with a growing pause, and
 * logs one line while it waits. Throws DatabaseUnreachableError (a one-line message) if it never does.
 */
export async function waitForDatabase(db: Db, options: { seconds: number; log: { warn(object: object, message: string): void } }): Promise<void> {
  const deadline = Date.now() + options.seconds * 1000
  let pause = 250
  let warned = false
  for (;;) {
    try {
      await sql`select 1`.execute(db)
      return
    } catch (error) {
      const e = error as { code?: string; message?: string }
      const reason = e.code ?? e.message ?? String(error)
      if (Date.now() + pause > deadline) {
        throw new DatabaseUnreachableError(`the database did not answer within ${options.seconds} s (${reason}); giving up`, { cause: error })
      }
      if (!warned) {
        options.log.warn({ reason }, `database not reachable yet; retrying for up to ${options.seconds} s`)
        warned = true
      }
      await new Promise((resolve) => setTimeout(resolve, pause))
      pause = Math.min(pause * 2, 2000)
    }
  }
}
