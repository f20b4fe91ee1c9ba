// The real server (`node src/server.ts`) in a child process, on a database the test prepared: a
// SQLite file, or a PostgreSQL schema named in the URL's search_path.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { openDatabase, type DatabaseHandle } from '../../../src/db/database.ts'
import { migrateToLatest } from '../../../src/db/migrate.ts'
import { TEST_SECRET } from '../../support/app.ts'
import { postgresUrl, testDialect } from '../../support/database.ts'

export interface ServerDatabase {
  url: string
  /** A handle of the test's own on the same database (migrated), for setup and assertions. */
  handle: DatabaseHandle
  drop(): Promise<void>
}

export async function serverDatabase(): Promise<ServerDatabase> {
  if (testDialect() === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'spotter-server-'))
    const url = `sqlite:${join(dir, 'gym.db')}`
    const handle = openDatabase(url)
    await migrateToLatest(handle.db)
    return { url, handle, drop: async () => (await handle.close(), rmSync(dir, { recursive: true, force: true })) }
  }
  const schema = `t_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: postgresUrl() })
  await admin.connect()
  await admin.query(`create schema ${schema}`)
  await admin.end()
  const url = new URL(postgresUrl())
  url.searchParams.set('options', `-c search_path=${schema}`)
  const handle = openDatabase(postgresUrl(), { schema, poolSize: 2 })
  await migrateToLatest(handle.db)
  return {
    url: url.toString(),
    handle,
    async drop() {
      await handle.close()
      const client = new pg.Client({ connectionString: postgresUrl() })
      await client.connect()
      await client.query(`drop schema if exists ${schema} cascade`)
      await client.end()
    },
  }
}

export interface ServerProcess {
  child: ChildProcess
  /** Parsed JSON log lines so far (and raw lines that were not JSON). */
  lines: Array<Record<string, unknown>>
  stderr: string[]
  port(): Promise<number>
  exited: Promise<number | null>
}

export function startServer(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ['src/server.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production', JWT_SECRET_KEY: TEST_SECRET, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info',
      AUTH_RATE_LIMIT_PER_MINUTE: '100000', DB_STARTUP_WAIT_SECONDS: '5',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines: Array<Record<string, unknown>> = []
  const stderr: string[] = []
  let listening: ((port: number) => void) | undefined
  const port = new Promise<number>((resolve) => (listening = resolve))
  let buffer = ''
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8')
    let nl
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl)
      buffer = buffer.slice(nl + 1)
      let parsed: Record<string, unknown>
      try {
        parsed = JSON.parse(line) as Record<string, unknown>
      } catch {
        parsed = { raw: line }
      }
      lines.push(parsed)
      const match = /listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(String(parsed.msg ?? ''))
      if (match) listening?.(Number(match[1]))
    }
  })
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(...chunk.toString('utf8').split('\n').filter(Boolean)))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return {
    child, lines, stderr, exited,
    port: () => Promise.race([port, exited.then((code) => Promise.reject(new Error(`server exited with ${code}: ${stderr.join('\n')}`)))]),
  }
}
