// `npm run bench:statements`: where a hot request's CPU goes, measured inside one process. Builds
// the app on a copy of the bench's small SQLite data, sends each endpoint N requests with
// `app.inject` (no sockets, so nothing but this process is measured), and reports per endpoint the
// CPU of the main thread per request and, for every SQL statement it ran, the CPU spent in
// better-sqlite3 and how many times per request. Thread CPU (process.threadCpuUsage) leaves out
// other processes and V8's helper threads, so the figures hold on a busy machine better than
// req/s does. The whole request includes inject's own cost (~60–80 µs), so compare versions, not
// these figures with the bench's.
//
//   npm run bench:statements                       every endpoint, 1,000 requests each
//   npm run bench:statements -- profile,checkin 3000
//   BENCH_STATEMENTS_SQL=1 npm run bench:statements -- checkin      also list each statement
//   BENCH_STATEMENTS_PROFILE=1 …                   also write bench/.cache/profiles/<endpoint>.cpuprofile of the timed loop
//   BENCH_STATEMENTS_SIZE=large …                  on a copy of the large data instead (1.6 GB; generated first if missing)
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { CACHE_DIR, ensureData, memberName, SIZES, type DataSize } from './data.ts'
import { typedPhone } from './endpoints.ts'

interface Spent { runs: number; micros: number }
const bySql = new Map<string, Spent>()
const cpuMicros = (since?: NodeJS.CpuUsage) => {
  const used = process.threadCpuUsage(since)
  return { used, micros: used.user + used.system }
}

// Every statement better-sqlite3 prepares from here on is timed where it runs.
const prototype = SQLite.prototype as unknown as { prepare(sql: string): Record<'all' | 'get' | 'run', (...args: unknown[]) => unknown> }
const prepare = prototype.prepare
prototype.prepare = function (this: SQLite.Database, sql: string) {
  const statement = prepare.call(this, sql)
  for (const method of ['all', 'get', 'run'] as const) {
    const run = statement[method].bind(statement)
    statement[method] = (...args: unknown[]) => {
      const start = process.threadCpuUsage()
      try {
        return run(...args)
      } finally {
        const spent = bySql.get(sql) ?? { runs: 0, micros: 0 }
        spent.runs += 1
        spent.micros += cpuMicros(start).micros
        bySql.set(sql, spent)
      }
    }
  }
  return statement
} as typeof prototype.prepare

const JWT_SECRET_KEY = 'spotter-bench-statements-secret-0123456789abcdef'
const size = SIZES[(process.env.BENCH_STATEMENTS_SIZE ?? 'small') as DataSize['name']] as DataSize | undefined
if (!size) throw new Error(`BENCH_STATEMENTS_SIZE is one of ${Object.keys(SIZES).join(', ')}`)
const source = await ensureData('sqlite', size, (line) => process.stderr.write(`${line}\n`))
const file = join(CACHE_DIR, `statements-${size.name}.db`)
copyFileSync(source.slice('sqlite:'.length), file)
Object.assign(process.env, { DATABASE_URL: `sqlite:${file}`, JWT_SECRET_KEY, NODE_ENV: 'production', LOG_LEVEL: 'warn' })

const { loadConfig } = await import('../src/config.ts')
const { buildApp } = await import('../src/app.ts')
const { createTokenSigner } = await import('../src/modules/auth/tokens.ts')
const { systemClock } = await import('../src/lib/clock.ts')

const app = await buildApp(loadConfig())
await app.ready()
const raw = new SQLite(file)
const now = new Date().toISOString()
const expires = new Date(Date.now() + 86_400_000).toISOString()
const session = (type: 'client' | 'staff', id: number) => Number(raw
  .prepare('insert into auth_sessions (subject_type, subject_id, created_at, last_used_at, expires_at) values (?, ?, ?, ?, ?)')
  .run(type, id, now, now, expires).lastInsertRowid)
const signer = createTokenSigner({ jwtSecretKey: JWT_SECRET_KEY, jwtAccessTokenExpires: 86_400 }, systemClock)
const members = await Promise.all(Array.from({ length: 50 }, (_, i) => signer.signAccess({ type: 'client', id: 5 + i }, session('client', 5 + i))))
const owner = await signer.signAccess({ type: 'staff', id: 1, role: 'owner' }, session('staff', 1))
const branchOf = new Map((raw.prepare('select id, branch_id from customers').all() as Array<{ id: number; branch_id: number }>).map((r) => [r.id, r.branch_id]))
const member = (i: number) => ({ authorization: `Bearer ${members[i % members.length]}` })
const staff = { authorization: `Bearer ${owner}` }
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10)

type Request = { method: 'GET' | 'POST'; url: string; headers: Record<string, string>; payload?: object }
const ENDPOINTS: Record<string, (i: number) => Request> = {
  profile: (i) => ({ method: 'GET', url: '/api/clients/profile', headers: member(i) }),
  subscription: (i) => ({ method: 'GET', url: '/api/clients/subscription', headers: member(i) }),
  history: (i) => ({ method: 'GET', url: '/api/clients/entry-history?limit=20', headers: member(i) }),
  deep: (i) => ({ method: 'GET', url: '/api/clients/entry-history?limit=10&offset=40', headers: member(i) }),
  qr: (i) => ({ method: 'GET', url: '/api/clients/qr', headers: member(i) }),
  checkin: (i) => {
    const customer = 1 + (i % branchOf.size)
    return { method: 'POST', url: '/api/entries/check-in', headers: staff, payload: { customer_id: customer, branch_id: branchOf.get(customer)! } }
  },
  'search-phone': (i) => ({ method: 'GET', url: `/api/customers/search?q=${typedPhone(1 + ((i * 37) % size.members))}`, headers: staff }),
  'search-name': (i) => ({ method: 'GET', url: `/api/customers/search?q=${encodeURIComponent(memberName(1 + ((i * 37) % size.members)))}`, headers: staff }),
  monthly: () => ({ method: 'GET', url: `/api/reports/monthly?from=${day(365)}&to=${day(0)}`, headers: staff }),
  owner: () => ({ method: 'GET', url: '/api/dashboards/owner', headers: staff }),
}

const [which = Object.keys(ENDPOINTS).join(','), count = '1000'] = process.argv.slice(2)
const requests = Number(count)
const inspector = new Session()
inspector.connect()
for (const name of which.split(',')) {
  const build = ENDPOINTS[name]
  if (!build) throw new Error(`unknown endpoint ${name}; one of ${Object.keys(ENDPOINTS).join(', ')}`)
  for (let i = 0; i < Math.min(200, requests); i++) await app.inject(build(i + 100_000))
  bySql.clear()
  if (process.env.BENCH_STATEMENTS_PROFILE) {
    await inspector.post('Profiler.enable')
    await inspector.post('Profiler.start')
  }
  const statuses: Record<number, number> = {}
  const start = process.threadCpuUsage()
  for (let i = 0; i < requests; i++) {
    const { statusCode } = await app.inject(build(i))
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
  }
  const { micros } = cpuMicros(start)
  if (process.env.BENCH_STATEMENTS_PROFILE) {
    const { profile } = await inspector.post('Profiler.stop')
    mkdirSync(join(CACHE_DIR, 'profiles'), { recursive: true })
    writeFileSync(join(CACHE_DIR, 'profiles', `${name}.cpuprofile`), JSON.stringify(profile))
  }
  const spent = [...bySql.values()].reduce((sum, s) => ({ runs: sum.runs + s.runs, micros: sum.micros + s.micros }), { runs: 0, micros: 0 })
  console.log(`${name.padEnd(13)} ${JSON.stringify(statuses).padEnd(16)} request ${(micros / requests).toFixed(0).padStart(6)} µs   SQL ${(spent.micros / requests).toFixed(0).padStart(6)} µs in ${(spent.runs / requests).toFixed(1)} statements`)
  if (process.env.BENCH_STATEMENTS_SQL) {
    for (const [sql, s] of [...bySql].sort((a, b) => b[1].micros - a[1].micros)) {
      console.log(`  ${(s.micros / requests).toFixed(1).padStart(8)} µs  ${(s.runs / requests).toFixed(2)}×  ${sql.replace(/\s+/g, ' ').trim().slice(0, 160)}`)
    }
  }
}
inspector.disconnect()
raw.close()
await app.close()
