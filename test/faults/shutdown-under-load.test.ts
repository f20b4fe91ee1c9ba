// SIGTERM to the real server while a child process keeps a steady load on it (sent as a load
// balancer would: it stops once /ready has said 503 three times): /ready turns 503 first, the
// server goes on serving through the drain with Connection: close, every request sent is answered
// (no reset, no hang-up), the process exits 0 well before the hard timeout, and every member the
// load was told was registered is in the database exactly once.
import { spawn } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'
import { createBranch, createStaff, STAFF_PASSWORD } from '../support/factories.ts'
import { serverDatabase, startServer, type ServerDatabase, type ServerProcess } from './support/server-process.ts'

let database: ServerDatabase | undefined
let server: ServerProcess | undefined
afterEach(async () => {
  server?.child.kill('SIGKILL')
  await database?.drop()
  database = undefined
  server = undefined
})

interface LoadSummary {
  writes: Record<string, number>
  drainingWrites: Record<string, number>
  drainingConnectionHeaders: string[]
  readiness: Record<string, number>
  readinessSequence: Array<number | string>
}

describe('SIGTERM under a steady load', () => {
  it('drains, finishes what is in flight, closes keep-alive sockets politely and exits 0; nothing lost or written twice', async () => {
    database = await serverDatabase()
    const branch = await createBranch(database.handle.db)
    const desk = await createStaff(database.handle.db, 'front_desk', branch.id)
    server = startServer({ DATABASE_URL: database.url, SHUTDOWN_DRAIN_SECONDS: '2', SHUTDOWN_TIMEOUT_SECONDS: '10' })
    const port = await server.port()

    const load = spawn(process.execPath, ['test/faults/support/load.ts', String(port), desk.username, STAFF_PASSWORD, '4'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    load.stdout.on('data', (chunk: Buffer) => (out += chunk))
    load.stderr.on('data', (chunk: Buffer) => (err += chunk))
    const loadDone = new Promise<number | null>((resolve) => load.once('exit', resolve))
    await new Promise<void>((resolve, reject) => {
      const check = setInterval(() => {
        if (out.includes('ready\n')) (clearInterval(check), resolve())
      }, 10)
      void loadDone.then(() => (clearInterval(check), reject(new Error(`load ended early: ${err}`))))
    })

    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    expect(await loadDone).toBe(0)
    const summary = JSON.parse(out.trim().split('\n').pop()!) as LoadSummary

    // Every write was answered 201, including those sent after /ready had turned 503, and those
    // answers closed their keep-alive connections.
    expect(Object.keys(summary.writes)).toEqual(['201'])
    expect(summary.drainingWrites['201']).toBeGreaterThan(0)
    expect(Object.keys(summary.drainingWrites)).toEqual(['201'])
    expect(summary.drainingConnectionHeaders).toEqual(['close'])
    // /ready: 200 while serving, then 503 (in the envelope) from the signal on.
    expect(summary.readinessSequence).toEqual([200, 503])
    expect(Object.keys(summary.readiness).sort()).toEqual(['200', '503 SERVICE_UNAVAILABLE'])

    const rows = await database.handle.db.selectFrom('customers').select(['phone']).execute()
    expect(rows).toHaveLength(summary.writes['201']!)
    expect(new Set(rows.map((r) => r.phone)).size).toBe(rows.length)
    const logged = server.lines.map((l) => l.msg)
    expect(logged).toContain('shut down cleanly')
  })
})
