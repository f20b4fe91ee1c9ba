// Start-up against a database that is not there yet: the real server waits with a bounded retry,
// logs one line (no stack trace), and either starts when the database comes or exits 1.
import { afterEach, describe, expect, it } from 'vitest'
import { postgresUrl, testDialect } from '../support/database.ts'
import { eventually } from './support/fault-app.ts'
import { serverDatabase, startServer, type ServerDatabase, type ServerProcess } from './support/server-process.ts'
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.ts'

let database: ServerDatabase | undefined
let server: ServerProcess | undefined
let proxy: TcpProxy | undefined
afterEach(async () => {
  server?.child.kill('SIGKILL')
  await proxy?.close()
  await database?.drop()
  database = server = proxy = undefined
})

/** The server's DATABASE_URL, pointed at the proxy instead of PostgreSQL. */
function viaProxy(url: string, port: number): string {
  const proxied = new URL(url)
  proxied.hostname = '127.0.0.1'
  proxied.port = String(port)
  return proxied.toString()
}

if (testDialect() === 'postgres') {
  describe('start-up while the database is away', () => {
    it('never there: one warning line, then one line on stderr and exit 1, with no stack trace', async () => {
      database = await serverDatabase()
      const target = new URL(postgresUrl())
      proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) })
      proxy.set('drop')
      server = startServer({ DATABASE_URL: viaProxy(database.url, proxy.port), DB_STARTUP_WAIT_SECONDS: '1', DB_CONNECT_TIMEOUT_MS: '200' })
      expect(await server.exited).toBe(1)
      expect(server.stderr).toHaveLength(1)
      expect(server.stderr[0]).toMatch(/^spotter: cannot start: the database did not answer within 1 s \(.+\); giving up$/)
      const warnings = server.lines.filter((l) => l.level === 40)
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toMatchObject({ msg: 'database not reachable yet; retrying for up to 1 s' })
      expect(JSON.stringify(server.lines)).not.toMatch(/"stack"|\n\s+at /)
    })

    it('there a moment later: the server starts by itself and answers /ready', async () => {
      database = await serverDatabase()
      const target = new URL(postgresUrl())
      proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) })
      proxy.set('drop')
      server = startServer({ DATABASE_URL: viaProxy(database.url, proxy.port), DB_STARTUP_WAIT_SECONDS: '30', DB_CONNECT_TIMEOUT_MS: '200' })
      await eventually(() => server!.lines.some((l) => l.msg === 'database not reachable yet; retrying for up to 30 s'), 'the waiting line', 10_000)
      proxy.set('pass')
      const port = await server.port()
      const ready = await fetch(`http://127.0.0.1:${port}/ready`)
      expect(ready.status).toBe(200)
      server.child.kill('SIGTERM')
    })
  })
} else {
  describe('start-up on SQLite', () => {
    it('needs no wait: a new file is created and migrated, /ready answers 200, SIGTERM exits 0', async () => {
      database = await serverDatabase()
      server = startServer({ DATABASE_URL: database.url.replace(/gym\.db$/, 'fresh/gym.db'), SHUTDOWN_DRAIN_SECONDS: '0' })
      const port = await server.port()
      expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200)
      server.child.kill('SIGTERM')
      expect(await server.exited).toBe(0)
      expect(server.lines.filter((l) => l.level === 40)).toEqual([])
    })
  })
}
