// `npm run bench:startup`: how fast the production server answers after it starts, and how much
// memory it holds idle (issue 6: first answer within 1 s on an existing database, idle RSS under
// 100 MB). Starts src/server.ts as `npm start` does (same node flags and MALLOC_ARENA_MAX, NODE_ENV
// production, console providers) on the cached small SQLite data (bench/data.ts) several times.
//
//   npm run bench:startup                  five starts on SQLite
//   npm run bench:startup -- --db=postgres  on PostgreSQL
//   npm run bench:startup -- --runs=10
//   npm run bench:startup -- --cold       without Node's compile cache (as the first start after an install)
//
// Each start is followed by one of a bare Fastify route (bench/baseline.ts) with the same flags, as
// the reference for this machine at this moment. For each: first answer (spawn → first 200 from /health) and the CPU time the server used
// until then (less disturbed by other load than wall time), RSS one second after it (and how much of
// it is pages of files: mostly the node binary's own), then RSS after a few requests (staff lists
// and the API document).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { join } from 'node:path'
import { openDatabase } from '../src/db/database.ts'
import { systemClock } from '../src/lib/clock.ts'
import { createTokenSigner } from '../src/modules/auth/tokens.ts'
import { ensureData, SIZES } from './data.ts'
import { startCommand } from './start-command.ts'

const args = process.argv.slice(2)
const database = (args.find((a) => a.startsWith('--db='))?.slice(5) ?? 'sqlite') as 'sqlite' | 'postgres'
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5)
const cold = args.includes('--cold')
const ROOT = new URL('..', import.meta.url).pathname
const SERVER_ROOT = process.env.BENCH_SERVER_ROOT ?? ROOT
const JWT_SECRET_KEY = 'spotter-bench-secret-0123456789abcdef-0123456789'

/** CPU time (user + system) the process has used, in ms: other load on the shared machine disturbs it less than wall time. */
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim()) || 100
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS
}
/** Resident memory in MB: all of it, the part mapped from files (mostly the node binary's own pages) and the rest. */
function rss(pid: number): { total: number; file: number; anon: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024
  return { total: kb('VmRSS'), file: kb('RssFile'), anon: kb('RssAnon') }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function waitForHealth(port: number, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`)
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return
    } catch { /* not listening yet */ }
    await sleep(5)
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  const exited = new Promise((r) => child.once('exit', r))
  child.kill('SIGTERM')
  await exited
}

/** A session of the owner (staff 1) signed as the server signs them, as bench/run.ts does. */
async function ownerToken(url: string): Promise<string> {
  const handle = openDatabase(url)
  try {
    const now = new Date()
    const { id } = await handle.db.insertInto('auth_sessions').values({
      subject_type: 'staff', subject_id: 1, user_agent: 'spotter-bench', ip: '127.0.0.1', created_at: now.toISOString(),
      last_used_at: now.toISOString(), expires_at: new Date(now.getTime() + 86_400_000).toISOString(),
    }).returning('id').executeTakeFirstOrThrow()
    const signer = createTokenSigner({ jwtSecretKey: JWT_SECRET_KEY, jwtAccessTokenExpires: 86_400 }, systemClock)
    return await signer.signAccess({ type: 'staff', id: 1, role: 'owner' }, id)
  } finally {
    await handle.close()
  }
}

/** What a first visitor of the desk does: the staff lists and the API document. */
async function someRequests(port: number, token: string): Promise<void> {
  for (const path of ['/api/customers', '/api/subscriptions', '/api/payments', '/api/auth/me', '/openapi.json']) {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { authorization: `Bearer ${token}` } })
    await res.arrayBuffer()
    if (!res.ok) throw new Error(`${path} answered ${res.status}`)
  }
}

interface Sample { firstAnswerMs: number; cpuMs: number; idleRssMb: number; idleFileMb: number; afterRequestsRssMb: number }

/** Starts one process, times its first answer, and reads its memory idle and after `use`. */
async function once(argv: string[], env: Record<string, string | undefined>, port: number, use: (port: number) => Promise<void>): Promise<Sample> {
  const started = performance.now()
  const child = spawn(argv[0]!, argv.slice(1), { cwd: SERVER_ROOT, stdio: ['ignore', 'ignore', 'inherit'], env })
  try {
    await waitForHealth(port, child)
    const firstAnswerMs = performance.now() - started
    const cpu = cpuMs(child.pid!)
    await sleep(1000)
    const idle = rss(child.pid!)
    await use(port)
    await sleep(1000)
    return { firstAnswerMs, cpuMs: cpu, idleRssMb: idle.total, idleFileMb: idle.file, afterRequestsRssMb: rss(child.pid!).total }
  } finally {
    await stop(child)
  }
}

const describe = (s: Sample) => `first answer ${s.firstAnswerMs.toFixed(0)} ms (${s.cpuMs.toFixed(0)} ms CPU), ` +
  `idle RSS ${s.idleRssMb.toFixed(1)} MB (${s.idleFileMb.toFixed(1)} from files), after requests ${s.afterRequestsRssMb.toFixed(1)} MB`
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const medianSample = (samples: Sample[]): Sample => ({
  firstAnswerMs: median(samples.map((s) => s.firstAnswerMs)), cpuMs: median(samples.map((s) => s.cpuMs)),
  idleRssMb: median(samples.map((s) => s.idleRssMb)), idleFileMb: median(samples.map((s) => s.idleFileMb)),
  afterRequestsRssMb: median(samples.map((s) => s.afterRequestsRssMb)),
})

const url = await ensureData(database, SIZES.small, (line) => process.stderr.write(`${line}\n`))
const token = await ownerToken(url)
const { env: startEnv, argv } = startCommand(SERVER_ROOT)
/** A port free right now (the kernel's choice), so that a start never fails on a port another process holds. */
async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}
const server: Sample[] = []
const reference: Sample[] = []
for (let i = 0; i < runs; i++) {
  if (cold && startEnv.NODE_COMPILE_CACHE) rmSync(join(SERVER_ROOT, startEnv.NODE_COMPILE_CACHE), { recursive: true, force: true })
  let port = await freePort()
  server.push(await once(argv, {
    PATH: process.env.PATH, ...startEnv, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: url,
    JWT_SECRET_KEY, LOG_LEVEL: 'warn', EMAIL_PROVIDER: 'console', SMS_PROVIDER: 'console',
  }, port, (p) => someRequests(p, token)))
  console.log(`start ${i + 1}: ${describe(server.at(-1)!)}`)
  // The reference: a bare Fastify route (bench/baseline.ts) started with the same flags, on the same machine, now.
  port = await freePort()
  const bare = [...argv.slice(0, -1), join(ROOT, 'bench', 'baseline.ts'), 'fastify', String(port)]
  reference.push(await once(bare, { PATH: process.env.PATH, ...startEnv }, port, async () => {}))
}
console.log(`bare Fastify, median of ${runs}: ${describe(medianSample(reference))}`)
console.log(`${database}${cold ? ', no compile cache' : ''}, median of ${runs}: ${describe(medianSample(server))} (targets: first answer 1000 ms, idle RSS 100 MB)`)
