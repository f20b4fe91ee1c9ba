// Two processes on one SQLite file: the second is refused at start with one clear line, because
// the guarantees that rest on row locks (one use per code, one coin per scan) cannot hold across
// processes on SQLite. Real processes: one holds the file, the real server is started beside it.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { TEST_SECRET } from '../support/app.ts'

const root = new URL('../../', import.meta.url).pathname

interface Child { exited: Promise<number | null>; stdout: () => string; stderr: () => string; kill: () => void }

function run(args: string[], env: Record<string, string>): Child {
  const child = spawn(process.execPath, args, { cwd: root, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  child.stdout.on('data', (chunk) => (out += chunk))
  child.stderr.on('data', (chunk) => (err += chunk))
  return {
    exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
    stdout: () => out, stderr: () => err,
    kill: () => child.kill('SIGTERM'),
  }
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 50))
  if (!check()) throw new Error(`timed out waiting for ${what}`)
}

/** A process that opens the file as a server does and holds it until killed. */
const holder = (file: string) => run(['--input-type=module', '-e', `
  const { openDatabase } = await import('./src/db/database.ts')
  globalThis.held = openDatabase('sqlite:${file}', { serverLock: true })
  console.log('holding')
  process.on('SIGTERM', () => process.exit(0))
  setInterval(() => {}, 1000)
`], {})

const server = (file: string) => run(['src/server.ts'], {
  NODE_ENV: 'production', JWT_SECRET_KEY: TEST_SECRET, DATABASE_URL: `sqlite:${file}`, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info',
})

describe('one process per SQLite file', () => {
  let dir: string
  const children: Child[] = []
  afterEach(async () => {
    for (const child of children.splice(0)) {
      child.kill()
      await child.exited
    }
    rmSync(dir, { recursive: true, force: true })
  })

  it('a second process on the same file is refused at start with one clear line; once the first has gone, it starts', async () => {
    dir = mkdtempSync(join(tmpdir(), 'spotter-sqlite-'))
    const file = join(dir, 'gym.db')
    const first = holder(file)
    children.push(first)
    await until(() => first.stdout().includes('holding'), 'the first process to open the file')

    const second = server(file)
    children.push(second)
    expect(await second.exited).toBe(1)
    expect(second.stderr().trim()).toBe(
      `spotter: the SQLite database ${file} is in use by another Spotter server; SQLite allows one server per file (stop the other one, or use PostgreSQL to run several instances)`,
    )

    first.kill()
    expect(await first.exited).toBe(0)
    const third = server(file)
    children.push(third)
    await until(() => third.stdout().includes('Server listening'), `the server to start (stderr: ${third.stderr()})`)
  }, 30_000)

  it('an operator command (backup, admin, migrate) may still open the file beside a running server', async () => {
    dir = mkdtempSync(join(tmpdir(), 'spotter-sqlite-'))
    const file = join(dir, 'gym.db')
    const first = server(file)
    children.push(first)
    await until(() => first.stdout().includes('Server listening'), `the server to start (stderr: ${first.stderr()})`)
    const tool = run(['--input-type=module', '-e', `
      const { openDatabase } = await import('./src/db/database.ts')
      const { sql } = await import('kysely')
      const handle = openDatabase('sqlite:${file}')
      const rows = await sql\`select count(*) as n from schema_migrations\`.execute(handle.db)
      console.log('migrations', rows.rows[0].n)
      await handle.close()
    `], {})
    expect(await tool.exited).toBe(0)
    expect(tool.stdout()).toMatch(/migrations [1-9]/)
  }, 30_000)
})
