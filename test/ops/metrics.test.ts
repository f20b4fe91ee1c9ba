// GET /metrics: off by default, behind a bearer token when METRICS_TOKEN is set, and its figures
// move as requests are made.
import { createServer, type AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createCustomer, signInMember } from '../support/factories.ts'
import { closeAppAfterEach, door } from '../staff/support/door-world.ts'

const TOKEN = 'metrics-token-0123456789'

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** The value of the sample `name` whose labels include `labels`, 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line)
    if (!match || match[1] !== name) continue
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]))
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) total += Number(match[3])
  }
  return total
}

async function scrape(t: TestApp): Promise<string> {
  const res = await call(t.app, 'GET', '/metrics', { token: TOKEN })
  expect(res.statusCode).toBe(200)
  expect(res.headers['content-type']).toContain('text/plain')
  return res.body
}

describe('GET /metrics', () => {
  let t: TestApp | undefined
  afterEach(async () => {
    await t?.close()
    t = undefined
  })
  closeAppAfterEach()

  it('is not served when neither METRICS_TOKEN nor METRICS_PORT is set', async () => {
    t = await createTestApp()
    expect((await call(t.app, 'GET', '/metrics')).statusCode).toBe(404)
  })

  it('with METRICS_PORT, is served on that port only, from when the API listens', async () => {
    const port = await freePort()
    t = await createTestApp({ env: { METRICS_PORT: String(port) } })
    await t.app.listen({ port: 0, host: '127.0.0.1' })
    expect((await call(t.app, 'GET', '/health')).statusCode).toBe(200)
    expect((await call(t.app, 'GET', '/metrics')).statusCode).toBe(404)
    const res = await fetch(`http://127.0.0.1:${port}/metrics`)
    expect(res.status).toBe(200)
    expect(sample(await res.text(), 'spotter_http_requests_total', { route: '/health', status: '200' })).toBe(1)
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404)
  })

  it('answers 401 without the token or with a wrong one', async () => {
    t = await createTestApp({ env: { METRICS_TOKEN: TOKEN } })
    expect((await call(t.app, 'GET', '/metrics')).statusCode).toBe(401)
    expect((await call(t.app, 'GET', '/metrics', { token: `${TOKEN}x` })).statusCode).toBe(401)
    expect((await call(t.app, 'GET', '/metrics', { token: 'x'.repeat(TOKEN.length) })).json().code).toBe('UNAUTHORIZED')
  })

  it('counts requests by route pattern and status, and exports process, heap and event-loop figures', async () => {
    t = await createTestApp({ env: { METRICS_TOKEN: TOKEN } })
    const before = await scrape(t)
    for (let i = 0; i < 3; i++) expect((await call(t.app, 'GET', '/health')).statusCode).toBe(200)
    expect((await call(t.app, 'GET', '/api/customers/12345')).statusCode).toBe(401)
    expect((await call(t.app, 'GET', '/no/such/path?phone=01234567890')).statusCode).toBe(404)
    const after = await scrape(t)

    const health = { method: 'GET', route: '/health', status: '200' }
    expect(sample(after, 'spotter_http_requests_total', health) - sample(before, 'spotter_http_requests_total', health)).toBe(3)
    expect(sample(after, 'spotter_http_request_duration_seconds_count', health)).toBe(3)
    expect(sample(after, 'spotter_http_requests_total', { route: '/api/customers/:id', status: '401' })).toBe(1)
    expect(sample(after, 'spotter_http_requests_total', { route: 'unmatched', status: '404' })).toBe(1)
    expect(after).not.toContain('12345')
    expect(after).not.toContain('01234567890')
    expect(after).toMatch(/^nodejs_eventloop_lag_seconds [\d.e-]+$/m)
    expect(after).toMatch(/^nodejs_eventloop_lag_p99_seconds [\d.e-]+$/m)
    for (const name of ['nodejs_heap_size_used_bytes', 'process_resident_memory_bytes']) expect(sample(after, name)).toBeGreaterThan(0)
    if (t.dialect === 'postgres') {
      expect(after).toMatch(/^spotter_db_pool_in_use \d+$/m)
      expect(after).toMatch(/^spotter_db_pool_waiting \d+$/m)
      expect(sample(after, 'spotter_db_pool_size')).toBeGreaterThan(0)
    } else {
      expect(after).not.toContain('spotter_db_pool')
    }
  })

  it('counts activation sends by channel and outcome, and refresh-token reuse', async () => {
    t = await createTestApp({ env: { METRICS_TOKEN: TOKEN } })
    const member = await createCustomer(t.db, { phone: '+201234567890', email: 'm@example.com' })
    const before = await scrape(t)
    const { refreshToken } = await signInMember(t.app, t.notifier, member.email!)
    expect((await call(t.app, 'POST', '/api/clients/refresh', { body: { refresh_token: refreshToken } })).statusCode).toBe(200)
    t.clock.advance(60_000)
    expect((await call(t.app, 'POST', '/api/clients/refresh', { body: { refresh_token: refreshToken } })).statusCode).toBe(401)
    const after = await scrape(t)
    const sent = { channel: 'email', outcome: 'sent' }
    expect(sample(after, 'spotter_activation_sends_total', sent) - sample(before, 'spotter_activation_sends_total', sent)).toBe(1)
    expect(sample(after, 'spotter_refresh_token_reuse_total', { subject: 'client' }) - sample(before, 'spotter_refresh_token_reuse_total', { subject: 'client' })).toBe(1)
  })

  it('counts login lockouts', async () => {
    t = await createTestApp({ env: { METRICS_TOKEN: TOKEN } })
    for (let i = 0; i < 5; i++) {
      expect((await call(t.app, 'POST', '/api/auth/login', { body: { username: 'nobody', password: 'wrong-password' } })).statusCode).toBe(401)
    }
    expect(sample(await scrape(t), 'spotter_login_lockouts_total')).toBe(0)
    expect((await call(t.app, 'POST', '/api/auth/login', { body: { username: 'nobody', password: 'wrong-password' } })).statusCode).toBe(429)
    expect(sample(await scrape(t), 'spotter_login_lockouts_total')).toBe(1)
  })

  it('counts door decisions by reason and branch, a replayed answer not again', async () => {
    const d = await door({ METRICS_TOKEN: TOKEN })
    const admitted = await d.member({ type: 'time_based' })
    const expired = await d.member({ type: 'time_based', end: '2026-02-05' })
    const key = { 'idempotency-key': 'desk-0001' }
    expect((await call(d.t.app, 'POST', '/api/entries/check-in', { token: d.token, body: { customer_id: admitted.customer.id }, headers: key })).json().data.reason).toBe('OK')
    expect((await call(d.t.app, 'POST', '/api/entries/check-in', { token: d.token, body: { customer_id: admitted.customer.id }, headers: key })).json().data.replayed).toBe(true)
    const denied = (await d.scan(expired.customer.id)).json().data
    expect(denied.allowed).toBe(false)
    const text = await scrape(d.t)
    const branch = String(d.branch.id)
    expect(sample(text, 'spotter_door_decisions_total', { reason: 'OK', branch, allowed: 'true' })).toBe(1)
    expect(sample(text, 'spotter_door_decisions_total', { reason: denied.reason, branch, allowed: 'false' })).toBe(1)
  })
})
