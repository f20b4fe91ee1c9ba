// `npm run soak`: the real server under a steady load for a while (5 minutes unless told), its
// resident memory and V8 heap reported every 10 s, to show memory stays flat. Not part of npm test.
//   npm run soak                          5 minutes at 200 requests/s, with npm start's memory settings
//   npm run soak -- --seconds 60          a shorter run
//   npm run soak -- --rate 100 --arena-max off   glibc's default arenas, for comparison
//   npm run soak -- --node-flags=--max-semi-space-size=16   other V8 settings for the server ('' for Node's defaults)
// The server runs on a fresh SQLite file in a temporary folder; the load comes from its own process
// on 127.0.0.1. Other processes on the machine share its CPU: the rate is a target, not a promise.
import { spawn, fork } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import argon2 from 'argon2'
import { openDatabase } from '../src/db/database.ts'
import { migrateToLatest } from '../src/db/migrate.ts'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '300' },
    rate: { type: 'string', default: '200' },
    'arena-max': { type: 'string', default: '2' },
    every: { type: 'string', default: '10' },
    // The same as `npm start` (package.json): see README "Memory".
    'node-flags': { type: 'string', default: '--max-semi-space-size=2' },
  },
})
const seconds = Number(values.seconds)
const every = Number(values.every)
const arenaMax = values['arena-max']

const dir = mkdtempSync(join(tmpdir(), 'spotter-soak-'))
const url = `sqlite:${join(dir, 'soak.db')}`
const password = 'soak-password-123'
{
  const { db, close } = openDatabase(url)
  await migrateToLatest(db)
  const now = new Date().toISOString()
  const branch = await db.insertInto('branches').values({ name: 'Soak branch', address: null, phone: null, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow()
  // The owner signs in on every tenth request; production-strength hashing would make the soak a
  // CPU benchmark of argon2, so this account's hash uses small parameters (read from the hash).
  const hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 4096, timeCost: 1, parallelism: 1 })
  await db.insertInto('staff_users').values({ username: 'soak', password_hash: hash, full_name: 'Soak', role: 'owner', branch_id: null, email: null, phone: null, created_at: now, updated_at: now }).execute()
  for (let i = 0; i < 500; i++) {
    await db.insertInto('customers').values({ full_name: `Member ${i}`, phone: `+2010${String(i).padStart(8, '0')}`, email: null, qr_code: `GYM-SOAK-${i}`, branch_id: branch.id, weight: null, height: null, gender: null, date_of_birth: null, address: null, national_id: null, health_notes: null, created_at: now, updated_at: now }).execute()
  }
  await close()
}

const serverEnv: Record<string, string> = {
  PATH: process.env.PATH ?? '', NODE_ENV: 'production', DATABASE_URL: url, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info',
  JWT_SECRET_KEY: 'soak-secret-key-that-is-long-enough-0123456789', AUTH_RATE_LIMIT_PER_MINUTE: '100000', SHUTDOWN_DRAIN_SECONDS: '0',
}
if (arenaMax !== 'off') serverEnv.MALLOC_ARENA_MAX = arenaMax
const server = fork('src/server.ts', [], { execArgv: [...values['node-flags'].split(' ').filter(Boolean), '--import', './scripts/soak-probe.ts'], env: serverEnv, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] })
// Request logs are written as in production (to a pipe) and thrown away here.
let port = 0
await new Promise<void>((resolve, reject) => {
  server.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
  let buffer = ''
  server.stdout!.on('data', (chunk: Buffer) => {
    if (port) return
    buffer += chunk.toString('utf8')
    const match = /listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(buffer)
    if (match) {
      port = Number(match[1])
      resolve()
    }
  })
})

const memory = () => new Promise<NodeJS.MemoryUsage>((resolve) => {
  server.once('message', (m) => resolve(m as NodeJS.MemoryUsage))
  server.send('memory')
})
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0).padStart(5)

const load = spawn(process.execPath, ['scripts/soak-load.ts', String(port), 'soak', password, values.rate], { stdio: ['ignore', 'pipe', 'inherit'] })
let loadOut = ''
load.stdout.on('data', (chunk: Buffer) => (loadOut += chunk))

console.log(`soak: ${seconds} s at ${values.rate} requests/s, MALLOC_ARENA_MAX=${arenaMax}, node flags "${values['node-flags']}", server pid ${server.pid}`)
console.log('    s   rss MB  heapUsed MB  heapTotal MB  external MB  arrayBuffers MB')
const samples: Array<{ at: number; rss: number; heapUsed: number }> = []
const started = Date.now()
const report = async () => {
  const m = await memory()
  const at = Math.round((Date.now() - started) / 1000)
  samples.push({ at, rss: m.rss, heapUsed: m.heapUsed })
  console.log(`${String(at).padStart(5)}  ${mb(m.rss)}    ${mb(m.heapUsed)}        ${mb(m.heapTotal)}        ${mb(m.external)}       ${mb(m.arrayBuffers)}`)
}
await report()
while (Date.now() - started < seconds * 1000) {
  await new Promise((resolve) => setTimeout(resolve, Math.min(every * 1000, seconds * 1000 - (Date.now() - started))))
  await report()
}

load.kill('SIGTERM')
await new Promise((resolve) => load.once('exit', resolve))
server.kill('SIGTERM')
await new Promise((resolve) => server.once('exit', resolve))
rmSync(dir, { recursive: true, force: true })

const answered = JSON.parse(loadOut.trim() || '{}') as Record<string, number>
const total = Object.entries(answered).filter(([k]) => k !== 'skipped').reduce((sum, [, v]) => sum + v, 0)
const half = samples.filter((s) => s.at >= seconds / 2)
const peak = Math.max(...samples.map((s) => s.rss))
console.log(`answers: ${JSON.stringify(answered)} (${total} requests, ${(total / seconds).toFixed(0)}/s)`)
console.log(`rss: start ${mb(samples[0]!.rss).trim()} MB, peak ${mb(peak).trim()} MB, end ${mb(samples.at(-1)!.rss).trim()} MB; ` +
  `second half ${mb(Math.min(...half.map((s) => s.rss))).trim()}–${mb(Math.max(...half.map((s) => s.rss))).trim()} MB`)
