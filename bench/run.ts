// `npm run bench`: the real server, started in production mode as its own process, loaded from
// another process (wrk when installed, else autocannon), next to the ceiling L (bare node:http,
// fixed JSON) and a bare Fastify route measured with the same settings in the same run. Every
// endpoint of bench/endpoints.ts on SQLite and PostgreSQL, small and large data (bench/data.ts).
//
//   npm run bench                 full run (both sizes, both databases)
//   npm run bench -- --quick      small data only, shorter runs (or BENCH_QUICK=1)
//   npm run bench -- --db=sqlite  one database only (sqlite | postgres)
//   npm run bench -- --only=qr     only the endpoints whose name contains this text
//   npm run bench -- --profile    also write a CPU profile of each server to bench/.cache/profiles/
//
// Any non-2xx answer or socket error during a timed run fails the bench (exit code 1).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { systemClock } from '../src/lib/clock.ts'
import { openDatabase } from '../src/db/database.ts'
import { createTokenSigner } from '../src/modules/auth/tokens.ts'
import { CACHE_DIR, ensureData, SIZES, type DataSize } from './data.ts'
import { ENDPOINTS, type Endpoint } from './endpoints.ts'
import { startCommand } from './start-command.ts'
import { rebuildRollups } from '../src/modules/reports/rollups.repository.ts'

const args = process.argv.slice(2)
const quick = args.includes('--quick') || process.env.BENCH_QUICK === '1'
const profile = args.includes('--profile')
const onlyDb = args.find((a) => a.startsWith('--db='))?.slice(5)
const onlyEndpoint = args.find((a) => a.startsWith('--only='))?.slice(7)
const SETTINGS = {
  connections: 16,
  warmupSeconds: 1,
  /** The first row a server process serves warms up longer: it also pays for compiling the path every request shares. */
  firstWarmupSeconds: 3,
  durationSeconds: quick ? 2 : 5,
  pipelining: 1,
  sizes: quick ? ['small'] : ['small', 'large'],
  databases: ['sqlite', 'postgres'].filter((d) => !onlyDb || d === onlyDb) as Array<'sqlite' | 'postgres'>,
}
/** Refresh tokens minted per second of load: more than the server can spend, so none is presented twice. */
const REFRESH_BUDGET_PER_SECOND = 6000
const READ_MEMBERS = 256
const STAFF_MEMBERS = 1000
const JWT_SECRET_KEY = 'spotter-bench-secret-0123456789abcdef-0123456789'
const BENCH_AGENT = 'spotter-bench'
const ROOT = new URL('..', import.meta.url).pathname
/** The checkout whose src/server.ts is measured (default this one): BENCH_SERVER_ROOT=<dir> compares another version under the same load. */
const SERVER_ROOT = process.env.BENCH_SERVER_ROOT ?? ROOT
const WORK = join(CACHE_DIR, 'run')
const RESULTS = join(ROOT, 'bench', 'results')

const hasCommand = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0
const pin = hasCommand('taskset') && cpus().length >= 2
const tool = hasCommand('wrk') ? 'wrk' : 'autocannon'
const pinned = (core: number, argv: string[]) => (pin ? ['taskset', '-c', String(core), ...argv] : argv)
const log = (line: string) => process.stderr.write(`${line}\n`)

interface LoadResult { reqPerS: number; p50Ms: number; p99Ms: number; errors: number; requests: number; cpuUsPerRequest?: number; systemUsPerRequest?: number }
interface Row extends LoadResult { name: string; kind: string; ratio: number; target?: number }
interface Block {
  database: 'sqlite' | 'postgres'
  size: DataSize['name']
  firstAnswerMs: number
  idleRssMb: number
  rows: Row[]
}

// ---- load ----

async function runLoad(port: number, file: string, seconds: number): Promise<LoadResult> {
  const url = `http://127.0.0.1:${port}`
  const argv = tool === 'wrk'
    ? ['wrk', '-t1', `-c${SETTINGS.connections}`, `-d${seconds}s`, '-s', join(ROOT, 'bench', 'load.lua'), url, '--', file]
    : [process.execPath, join(ROOT, 'bench', 'autocannon-load.ts'), url, file, String(SETTINGS.connections), String(seconds)]
  const out = await new Promise<string>((resolve, reject) => {
    const [cmd, ...rest] = pinned(1, argv)
    const child = spawn(cmd!, rest, { stdio: ['ignore', 'pipe', 'inherit'] })
    let text = ''
    child.stdout.on('data', (chunk) => (text += chunk))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`${argv[0]} exited with ${code}: ${text}`))))
  })
  const line = out.split('\n').find((l) => l.startsWith('BENCH_RESULT '))
  if (!line) throw new Error(`no result from ${tool}: ${out}`)
  const r = JSON.parse(line.slice('BENCH_RESULT '.length))
  return {
    requests: r.requests, reqPerS: r.requests / (r.duration_us / 1e6), p50Ms: r.p50_us / 1000, p99Ms: r.p99_us / 1000,
    errors: r.non2xx + r.socket_errors,
  }
}

/** CPU time (user + system) a process has used, in µs: divided by requests, a figure other load on the machine disturbs little. */
function cpuUs(pid: number): { total: number; system: number } {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  const [user, system] = [Number(fields[11]), Number(fields[12])]
  return { total: ((user + system) * 1e6) / CLOCK_TICKS, system: (system * 1e6) / CLOCK_TICKS }
}
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim()) || 100

const warmedUp = new Set<number>()

/** Warm-up, then the timed run, each with its own request file. */
async function measure(port: number, name: string, warmup: string[], timed: string[], serverPid?: number): Promise<LoadResult> {
  mkdirSync(WORK, { recursive: true })
  const slug = name.replace(/\W+/g, '_')
  writeFileSync(join(WORK, `${slug}.warmup.tsv`), warmup.join('\n') + '\n')
  writeFileSync(join(WORK, `${slug}.tsv`), timed.join('\n') + '\n')
  await runLoad(port, join(WORK, `${slug}.warmup.tsv`), warmedUp.has(port) ? SETTINGS.warmupSeconds : SETTINGS.firstWarmupSeconds)
  warmedUp.add(port)
  const cpuBefore = serverPid ? cpuUs(serverPid) : { total: 0, system: 0 }
  const result = await runLoad(port, join(WORK, `${slug}.tsv`), SETTINGS.durationSeconds)
  if (!serverPid) return result
  const cpuAfter = cpuUs(serverPid)
  return {
    ...result,
    cpuUsPerRequest: (cpuAfter.total - cpuBefore.total) / result.requests,
    systemUsPerRequest: (cpuAfter.system - cpuBefore.system) / result.requests,
  }
}

// ---- processes ----

let nextPort = 5800 + Math.floor(Math.random() * 100)

async function waitForHealth(port: number, path: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`)
    try {
      if ((await fetch(`http://127.0.0.1:${port}${path}`)).ok) return
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 10))
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  const exited = new Promise((r) => child.once('exit', r))
  child.kill('SIGTERM')
  await exited
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024

async function baseline(kind: 'node' | 'fastify'): Promise<LoadResult> {
  const port = nextPort++
  const [cmd, ...rest] = pinned(0, [process.execPath, join(ROOT, 'bench', 'baseline.ts'), kind, String(port)])
  const child = spawn(cmd!, rest, { stdio: ['ignore', 'inherit', 'inherit'] })
  try {
    await waitForHealth(port, '/health', child)
    const line = `GET\t/health\t\t`
    return await measure(port, `baseline_${kind}`, [line], [line], child.pid)
  } finally {
    await stop(child)
  }
}

/** `entry`: the script started in place of src/server.ts (bench/app-floor.ts for the floor rows). */
async function startServer(databaseUrl: string, label: string, entry?: string) {
  const port = nextPort++
  // As `npm start` runs it: the same node flags and environment (MALLOC_ARENA_MAX, the compile cache).
  const { env: startEnv, argv: startArgv } = startCommand(SERVER_ROOT)
  const argv = entry ? [...startArgv.slice(0, -1), entry] : startArgv
  const node = [argv[0]!]
  if (profile) {
    const dir = join(CACHE_DIR, 'profiles')
    mkdirSync(dir, { recursive: true })
    node.push('--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${label}-${Date.now()}.cpuprofile`)
  }
  const [cmd, ...rest] = pinned(0, [...node, ...argv.slice(1)])
  const started = performance.now()
  const child = spawn(cmd!, rest, {
    cwd: SERVER_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      PATH: process.env.PATH, ...startEnv, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl,
      JWT_SECRET_KEY, LOG_LEVEL: 'warn', EMAIL_PROVIDER: 'console', SMS_PROVIDER: 'console', AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    },
  })
  await waitForHealth(port, '/health', child)
  const firstAnswerMs = performance.now() - started
  await new Promise((r) => setTimeout(r, 1000))
  return { port, child, firstAnswerMs, idleRssMb: rssMb(child.pid!) }
}

// ---- sessions and requests ----

interface Pools {
  memberTokens: string[]
  staffToken: string
  refreshTokens: string[]
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')
const spread = (count: number, members: number) => Array.from({ length: count }, (_, i) => 1 + Math.floor((i * members) / count))

/** Sessions signed the way the server signs them, written in bulk: members for reads, the owner, refresh pools. */
async function makeSessions(databaseUrl: string, size: DataSize, refreshCount: number): Promise<Pools> {
  const handle = openDatabase(databaseUrl)
  const { db } = handle
  const signer = createTokenSigner({ jwtSecretKey: JWT_SECRET_KEY, jwtAccessTokenExpires: 86_400 }, systemClock)
  const now = new Date()
  const expires = new Date(now.getTime() + 30 * 86_400_000)
  try {
    // What earlier runs left: their sessions, check-ins and audit rows.
    await db.deleteFrom('refresh_tokens').where('session_id', 'in', (eb) => eb.selectFrom('auth_sessions').select('id').where('user_agent', '=', BENCH_AGENT)).execute()
    await db.deleteFrom('auth_sessions').where('user_agent', '=', BENCH_AGENT).execute()
    // The first check-in a run added (by id: they are written day after day) is the first day to
    // sum again; min(business_date) would make PostgreSQL walk the whole day index.
    const since = (await db.selectFrom('entry_logs').select('business_date').where('id', '>', size.members * size.visitsPerMember)
      .orderBy('id').limit(1).executeTakeFirst())?.business_date
    await db.deleteFrom('entry_logs').where('id', '>', size.members * size.visitsPerMember).execute()
    if (since) await rebuildRollups(db, { from: since })
    await db.deleteFrom('audit_log').execute()

    const insertSessions = async (subjects: Array<{ type: 'client' | 'staff'; id: number }>) => {
      const ids: number[] = []
      for (let i = 0; i < subjects.length; i += 1000) {
        const rows = subjects.slice(i, i + 1000).map((s) => ({
          subject_type: s.type, subject_id: s.id, user_agent: BENCH_AGENT, ip: '127.0.0.1',
          created_at: now.toISOString(), last_used_at: now.toISOString(), expires_at: expires.toISOString(),
        }))
        const inserted = await db.insertInto('auth_sessions').values(rows).returning('id').execute()
        ids.push(...inserted.map((r) => r.id))
      }
      return ids
    }
    const readers = spread(READ_MEMBERS, size.members)
    const readerSessions = await insertSessions(readers.map((id) => ({ type: 'client', id })))
    const memberTokens = await Promise.all(readers.map((id, i) => signer.signAccess({ type: 'client', id }, readerSessions[i]!)))
    const [ownerSession] = await insertSessions([{ type: 'staff', id: 1 }])
    const staffToken = await signer.signAccess({ type: 'staff', id: 1, role: 'owner' }, ownerSession!)

    const refreshers = spread(refreshCount, size.members)
    const refreshSessions = await insertSessions(refreshers.map((id) => ({ type: 'client', id })))
    const refreshTokens: string[] = []
    for (let i = 0; i < refreshers.length; i += 1000) {
      const rows = []
      for (let j = i; j < Math.min(i + 1000, refreshers.length); j++) {
        const jti = randomBytes(18).toString('base64url')
        rows.push({ session_id: refreshSessions[j]!, jti_hash: sha256(jti), issued_at: now.toISOString(), expires_at: expires.toISOString() })
        refreshTokens.push(await signer.signRefresh({ subject: { type: 'client', id: refreshers[j]! }, sessionId: refreshSessions[j]!, jti, issuedAt: now, expiresAt: expires }))
      }
      await db.insertInto('refresh_tokens').values(rows).execute()
    }
    return { memberTokens, staffToken, refreshTokens }
  } finally {
    await handle.close()
  }
}

function requestLine(endpoint: Endpoint, member: number, size: DataSize, auth: string): string {
  const r = { member, branch: 1 + (member % size.branches) }
  const body = endpoint.body ? JSON.stringify(endpoint.body(r)) : ''
  return `${endpoint.method}\t${endpoint.path(r)}\t${auth}\t${body}`
}

function requestsFor(endpoint: Endpoint, size: DataSize, pools: Pools): { warmup: string[]; timed: string[]; probe: string } {
  if (endpoint.as === 'member') {
    const readers = spread(READ_MEMBERS, size.members)
    const lines = readers.map((m, i) => requestLine(endpoint, m, size, `Bearer ${pools.memberTokens[i]}`))
    return { warmup: lines, timed: lines, probe: lines[0]! }
  }
  if (endpoint.as === 'staff') {
    const lines = spread(STAFF_MEMBERS, size.members).map((m) => requestLine(endpoint, m, size, `Bearer ${pools.staffToken}`))
    return { warmup: lines, timed: lines, probe: lines[0]! }
  }
  // Each refresh token is spent once: the probe, the warm-up and the timed run take separate slices.
  const lines = pools.refreshTokens.map((token) => requestLine(endpoint, 1, size, `Bearer ${token}`))
  const warmupCount = REFRESH_BUDGET_PER_SECOND * SETTINGS.firstWarmupSeconds
  return { probe: lines[0]!, warmup: lines.slice(1, 1 + warmupCount), timed: lines.slice(1 + warmupCount) }
}

/** One request before the load, so a wrong answer is reported with its body rather than as a count. */
async function probe(port: number, line: string, endpoint: Endpoint): Promise<void> {
  const [method, path, auth, body] = line.split('\t') as [string, string, string, string]
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    method, headers: { authorization: auth, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body || undefined,
  })
  const text = await res.text()
  const allowedOk = endpoint.kind !== 'check-in' || JSON.parse(text).data?.allowed === true
  if (!res.ok || !allowedOk) throw new Error(`${endpoint.name}: probe answered ${res.status} ${text.slice(0, 300)}`)
}

// ---- one database and size ----

async function block(database: 'sqlite' | 'postgres', size: DataSize): Promise<Block> {
  const url = await ensureData(database, size, log)
  log(`\n== ${database}, ${size.name} data ==`)
  const L = await baseline('node')
  const fastify = await baseline('fastify')
  const refreshCount = 1 + REFRESH_BUDGET_PER_SECOND * (SETTINGS.firstWarmupSeconds + SETTINGS.durationSeconds)
  const pools = await makeSessions(url, size, refreshCount)
  const rows: Row[] = []
  const row = (name: string, kind: string, r: LoadResult, target?: number): Row => ({ name, kind, ...r, ratio: r.reqPerS / L.reqPerS, target })
  rows.push(row('L: bare node:http, fixed JSON', 'ceiling', L), row('bare Fastify route', 'ceiling', fastify))
  // The app's own floor, before the server proper (one process per SQLite file at a time).
  const floor = await startServer(url, `${database}-${size.name}-floor`, join(ROOT, 'bench', 'app-floor.ts'))
  try {
    const readers = pools.memberTokens.map((token) => `GET\t/api/bench-floor/member\tBearer ${token}\t`)
    rows.push(row('app: no-op route, every hook', 'floor', await measure(floor.port, 'floor_public', ['GET\t/bench/floor/public\t\t'], ['GET\t/bench/floor/public\t\t'], floor.child.pid)))
    rows.push(row('app: no-op member route (access check)', 'floor', await measure(floor.port, 'floor_member', readers, readers, floor.child.pid)))
  } finally {
    await stop(floor.child)
  }
  const server = await startServer(url, `${database}-${size.name}`)
  try {
    for (const endpoint of ENDPOINTS.filter((e) => !onlyEndpoint || e.name.includes(onlyEndpoint))) {
      const { warmup, timed, probe: first } = requestsFor(endpoint, size, pools)
      try {
        await probe(server.port, first, endpoint)
      } catch (error) {
        // Counted as a failure of this endpoint (the bench still fails), and the others are measured.
        log(`${(error as Error).message}`)
        rows.push(row(endpoint.name, endpoint.kind, { reqPerS: 0, p50Ms: 0, p99Ms: 0, errors: 1, requests: 1 }, endpoint.target))
        continue
      }
      const result = await measure(server.port, endpoint.name, warmup, timed, server.child.pid)
      rows.push(row(endpoint.name, endpoint.kind, result, endpoint.target))
      log(`${endpoint.name}: ${result.reqPerS.toFixed(0)} req/s, p99 ${result.p99Ms.toFixed(1)} ms, ${result.errors} errors`)
    }
  } finally {
    await stop(server.child)
  }
  return { database, size: size.name, firstAnswerMs: server.firstAnswerMs, idleRssMb: server.idleRssMb, rows }
}

// ---- report ----

const fmt = (n: number, digits = 0) => n.toFixed(digits)

function table(b: Block): string {
  const L = b.rows[0]!
  const lines = [
    `### ${b.database === 'sqlite' ? 'SQLite (file, WAL)' : 'PostgreSQL'}, ${b.size} data`,
    '',
    `first answer ${fmt(b.firstAnswerMs)} ms after start, idle RSS ${fmt(b.idleRssMb)} MB`,
    '',
    '| endpoint | req/s | p50 ms | p99 ms | errors | ratio to L | target | server CPU µs/req | of which kernel | CPU ratio to L |',
    '|---|---:|---:|---:|---:|---:|---|---:|---:|---:|',
  ]
  for (const r of b.rows) {
    const target = r.target === undefined ? '' : `${r.ratio >= r.target ? 'met' : 'missed'} (≥ ${r.target})`
    const cpu = r.cpuUsPerRequest === undefined ? '' : fmt(r.cpuUsPerRequest)
    const cpuRatio = r.cpuUsPerRequest && L.cpuUsPerRequest ? fmt(L.cpuUsPerRequest / r.cpuUsPerRequest, 3) : ''
    const system = r.systemUsPerRequest === undefined ? '' : fmt(r.systemUsPerRequest)
    lines.push(`| ${r.name} | ${fmt(r.reqPerS)} | ${fmt(r.p50Ms, 2)} | ${fmt(r.p99Ms, 2)} | ${r.errors} | ${fmt(r.ratio, 3)} | ${b.database === 'sqlite' ? target : ''} | ${cpu} | ${system} | ${cpuRatio} |`)
  }
  return lines.join('\n')
}

/** Large against small, on ratios to L (each block's own L): the flatness target. */
function flatness(blocks: Block[]): string {
  const lines: string[] = []
  for (const database of SETTINGS.databases) {
    const small = blocks.find((b) => b.database === database && b.size === 'small')
    const large = blocks.find((b) => b.database === database && b.size === 'large')
    if (!small || !large) continue
    lines.push(`### Large against small, ${database} (ratio to L, large / small; target ≥ 0.90 for member reads, check-in and search)`, '',
      '| endpoint | small | large | large / small |', '|---|---:|---:|---:|')
    for (const s of small.rows.filter((r) => r.kind !== 'ceiling' && r.kind !== 'floor')) {
      const l = large.rows.find((r) => r.name === s.name)
      if (l) lines.push(`| ${s.name} | ${fmt(s.ratio, 3)} | ${fmt(l.ratio, 3)} | ${fmt(l.ratio / s.ratio, 2)} |`)
    }
    lines.push('')
  }
  return lines.join('\n')
}

const machine = { cores: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30) }
const startedAt = new Date()
const blocks: Block[] = []
for (const database of SETTINGS.databases) {
  for (const sizeName of SETTINGS.sizes) blocks.push(await block(database, SIZES[sizeName as DataSize['name']]))
}

const header = [
  `# Spotter bench, ${startedAt.toISOString()}${quick ? ' (quick)' : ''}`,
  '',
  `Machine: ${machine.cores} cores, ${machine.cpuModel}, ${machine.memoryGb} GB. Node ${process.version}. Load: ${tool}, ${SETTINGS.connections} connections, ` +
  `no pipelining, ${SETTINGS.warmupSeconds} s warm-up (${SETTINGS.firstWarmupSeconds} s for a server's first row) then ${SETTINGS.durationSeconds} s timed per row; ` +
  (pin ? 'server on core 0, load on core 1 (taskset).' : 'no CPU pinning (taskset missing or one core).') +
  ` Server: NODE_ENV=production, LOG_LEVEL=warn, console providers.`,
  '',
].join('\n')
const markdown = [header, ...blocks.map(table).flatMap((t) => [t, '']), flatness(blocks)].join('\n')
console.log(`\n${markdown}`)
mkdirSync(RESULTS, { recursive: true })
const name = process.env.BENCH_RESULTS_NAME ?? (quick ? 'latest-quick' : 'latest')
writeFileSync(join(RESULTS, `${name}.md`), markdown)
writeFileSync(join(RESULTS, `${name}.json`), JSON.stringify({ startedAt, quick, machine, node: process.version, tool, pinned: pin, settings: SETTINGS, blocks }, null, 2) + '\n')
log(`\nwritten to bench/results/${name}.md and .json`)

// An endpoint that answered nothing in its timed run (every request slower than the load tool waits) failed too.
const failed = blocks.flatMap((b) => b.rows.filter((r) => r.errors > 0 || r.reqPerS === 0).map((r) => `${b.database}/${b.size}: ${r.name} (${r.errors} errors, ${r.reqPerS.toFixed(0)} req/s)`))
if (failed.length) {
  log(`\nFAILED: non-2xx answers or socket errors during timed runs:\n  ${failed.join('\n  ')}`)
  process.exit(1)
}
