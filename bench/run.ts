// `npm run bench`: hot member and door endpoints on SQLite and PostgreSQL, through the whole HTTP
// stack (app.inject), in one run, reported as ratios so the numbers mean the same on any machine.
// Also measures what the entry-log index buys the visit history. Bounded: a fixed number of
// requests per case, all on this machine (PostgreSQL at TEST_POSTGRES_URL).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import { sql } from 'kysely'
import { buildApp } from '../src/app.ts'
import { openDatabase, type DatabaseHandle } from '../src/db/database.ts'
import { ManualClock } from '../src/lib/clock.ts'
import { call, testConfig } from '../test/support/app.ts'
import { createTestDatabase } from '../test/support/database.ts'
import { createBranch, createCustomer, createService, createStaff, createSubscription, signInMember, staffToken } from '../test/support/factories.ts'
import { MemoryNotifier } from '../test/support/memory-notifier.ts'

const WARMUP = 30
const RUNS = 300
const HISTORY_ROWS = 20_000

type Case = { name: string; run: () => Promise<unknown> }

async function timeCase(c: Case): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await c.run()
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    await c.run()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)]!
}

async function scenario(database: DatabaseHandle) {
  const clock = new ManualClock('2026-02-11T09:30:00Z')
  const notifier = new MemoryNotifier()
  const config = testConfig({ AUTH_RATE_LIMIT_PER_MINUTE: '100000', ACTIVATION_MAX_REQUESTS: '1000' })
  const app = await buildApp(config, { clock, database, notifier, logger: pino({ level: 'silent' }) })
  const { db } = database
  const branch = await createBranch(db)
  const desk = await createStaff(db, 'front_desk', branch.id)
  const deskToken = await staffToken(app, desk.username)
  const plan = await createService(db)
  const member = await createCustomer(db, { branch_id: branch.id, phone: '01234567890', email: 'bench@example.com', weight: 80, height: 175 })
  const sub = await createSubscription(db, { customerId: member.id, serviceId: plan.id, branchId: branch.id, start: '2026-02-01', end: '2026-03-03' })
  // A long visit history, written in batches.
  for (let i = 0; i < HISTORY_ROWS; i += 1000) {
    const rows = Array.from({ length: 1000 }, (_, j) => {
      const at = new Date(Date.parse('2024-01-01T08:00:00Z') + (i + j) * 3_600_000)
      return { customer_id: member.id, branch_id: branch.id, subscription_id: sub.id, entry_time: at.toISOString(), business_date: at.toISOString().slice(0, 10), entry_type: 'qr_scan' as const, entry_status: 'approved' as const, reason: 'OK', staff_id: desk.id, scan_key: null }
    })
    await db.insertInto('entry_logs').values(rows).execute()
  }
  // Measure the steady state autovacuum would leave (visibility map set, statistics fresh).
  if (database.dialect === 'postgres') await sql`vacuum analyze entry_logs`.execute(db)
  const { accessToken } = await signInMember(app, notifier, '01234567890')
  const cases: Case[] = [
    { name: 'GET /api/clients/profile', run: () => call(app, 'GET', '/api/clients/profile', { token: accessToken }) },
    { name: 'GET /api/clients/entry-history', run: () => call(app, 'GET', '/api/clients/entry-history?limit=50', { token: accessToken }) },
    { name: 'GET /api/clients/qr (sign + PNG)', run: () => call(app, 'GET', '/api/clients/qr', { token: accessToken }) },
    {
      name: 'POST /api/entries/check-in (qr_token)',
      run: async () => {
        const { token } = await (await call(app, 'GET', '/api/clients/qr', { token: accessToken })).json().data
        return call(app, 'POST', '/api/entries/check-in', { token: deskToken, body: { qr_token: token } })
      },
    },
  ]
  const results = new Map<string, number>()
  for (const c of cases) results.set(c.name, await timeCase(c))
  // What the (customer_id, entry_status, entry_time) index buys the visit history.
  await sql`drop index entry_logs_customer_time_idx`.execute(db)
  results.set('entry-history without its index', await timeCase(cases[1]!))
  await app.close()
  return results
}

const dir = mkdtempSync(join(tmpdir(), 'spotter-bench-'))
const sqlite = openDatabase(`sqlite:${join(dir, 'bench.db')}`)
const sqliteResults = await scenario(sqlite)
await sqlite.close()
rmSync(dir, { recursive: true, force: true })
process.env.TEST_DATABASE = 'postgres'
const pgDb = await createTestDatabase()
const pgResults = await scenario(pgDb.handle)
await pgDb.drop()

console.log(`\nmedian of ${RUNS} requests after ${WARMUP} warm-up, ${HISTORY_ROWS} visits in the member's history\n`)
console.log('case'.padEnd(42), 'sqlite ms'.padStart(10), 'postgres ms'.padStart(12), 'pg/sqlite'.padStart(10))
for (const [name, ms] of sqliteResults) {
  const pgMs = pgResults.get(name)!
  console.log(name.padEnd(42), ms.toFixed(3).padStart(10), pgMs.toFixed(3).padStart(12), (pgMs / ms).toFixed(2).padStart(10))
}
const ratio = (m: Map<string, number>) => (m.get('entry-history without its index')! / m.get('GET /api/clients/entry-history')!).toFixed(1)
console.log(`\nentry-history without / with the index: sqlite ×${ratio(sqliteResults)}, postgres ×${ratio(pgResults)}`)
