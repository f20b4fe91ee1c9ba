// GET /metrics in the Prometheus text format. Off unless METRICS_TOKEN (served on the API port,
// bearer token required) or METRICS_PORT (a separate listener, for a port only the scraper reaches)
// is set. Everything counted lives here: request counts and latency by route pattern, the ops
// events the services announce (src/lib/ops-events.ts), the PostgreSQL pool, and the process's
// own figures (event-loop lag, heap, resident memory) from prom-client's default collectors.
import { timingSafeEqual } from 'node:crypto'
import type { Server } from 'node:http'
import type { FastifyInstance } from 'fastify'
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import type { Config } from '../config.ts'
import type { DatabaseHandle } from '../db/database.ts'
import { opsEvents, type OpsEventMap } from '../lib/ops-events.ts'

// Loaded as src/http/error-handler.ts explains: an ES import of node:http would load undici.
const { createServer } = process.getBuiltinModule('node:http')

type MetricsConfig = Pick<Config, 'metricsToken' | 'metricsPort' | 'metricsHost'>

export function metricsEnabled(config: MetricsConfig): boolean {
  return config.metricsToken !== undefined || config.metricsPort !== undefined
}

export function createMetricsRegistry(database: DatabaseHandle): { registry: Registry; observeRequest(method: string, route: string, status: number, seconds: number): void; detach(): void } {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  const requests = new Counter({ name: 'spotter_http_requests_total', help: 'HTTP requests answered, by route pattern and status', labelNames: ['method', 'route', 'status'], registers: [registry] })
  const latency = new Histogram({
    name: 'spotter_http_request_duration_seconds', help: 'Time to answer, by route pattern and status', labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], registers: [registry],
  })
  const door = new Counter({ name: 'spotter_door_decisions_total', help: 'Check-in decisions (replays not counted), by reason and branch', labelNames: ['reason', 'branch', 'allowed'], registers: [registry] })
  const sends = new Counter({ name: 'spotter_activation_sends_total', help: 'Activation messages handed to a provider, by channel and outcome', labelNames: ['channel', 'outcome'], registers: [registry] })
  const reuse = new Counter({ name: 'spotter_refresh_token_reuse_total', help: 'Spent refresh tokens presented again (the session is ended)', labelNames: ['subject'], registers: [registry] })
  const lockouts = new Counter({ name: 'spotter_login_lockouts_total', help: 'Staff sign-ins refused because the username is locked', registers: [registry] })

  const pool = database.pool
  if (pool) {
    // node-postgres: connections checked out, and callers waiting for one.
    new Gauge({ name: 'spotter_db_pool_in_use', help: 'PostgreSQL connections in use', registers: [registry], collect() { this.set(pool.totalCount - pool.idleCount) } })
    new Gauge({ name: 'spotter_db_pool_waiting', help: 'Queries waiting for a PostgreSQL connection', registers: [registry], collect() { this.set(pool.waitingCount) } })
    new Gauge({ name: 'spotter_db_pool_size', help: 'PostgreSQL connections open', registers: [registry], collect() { this.set(pool.totalCount) } })
  }

  const listeners: { [K in keyof OpsEventMap]: (...args: OpsEventMap[K]) => void } = {
    doorDecision: (reason, branchId, allowed) => door.inc({ reason, branch: String(branchId), allowed: String(allowed) }),
    activationSend: (channel, outcome) => sends.inc({ channel, outcome }),
    refreshReuse: (subject) => reuse.inc({ subject }),
    loginLockout: () => lockouts.inc(),
  }
  for (const [name, listener] of Object.entries(listeners)) opsEvents.on(name as keyof OpsEventMap, listener as never)
  return {
    registry,
    observeRequest(method, route, status, seconds) {
      const labels = { method, route, status: String(status) }
      requests.inc(labels)
      latency.observe(labels, seconds)
    },
    detach() {
      for (const [name, listener] of Object.entries(listeners)) opsEvents.off(name as keyof OpsEventMap, listener as never)
    },
  }
}

export async function registerMetrics(app: FastifyInstance, config: MetricsConfig, database: DatabaseHandle): Promise<void> {
  if (!metricsEnabled(config)) return
  const metrics = createMetricsRegistry(database)
  app.addHook('onResponse', async (request, reply) => {
    // The route pattern (/api/customers/:id), never the raw URL: bounded labels, no ids or phones.
    const route = request.routeOptions.url ?? 'unmatched'
    if (route === '/metrics') return
    metrics.observeRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000)
  })

  let server: Server | undefined
  app.addHook('onClose', async () => {
    metrics.detach()
    if (server) await new Promise<void>((resolve) => server!.close(() => resolve()))
  })

  if (config.metricsToken !== undefined) {
    const expected = Buffer.from(`Bearer ${config.metricsToken}`)
    app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
      const given = Buffer.from(request.headers.authorization ?? '')
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return reply.code(401).send({ status: 'error', message: 'A valid metrics token is required.', code: 'UNAUTHORIZED' })
      }
      return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics())
    })
  }
  if (config.metricsPort !== undefined) {
    const port = config.metricsPort
    // Started with the API's listener only (tests never listen, so never bind this port).
    app.addHook('onListen', async () => {
      server = createServer((req, res) => {
        if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
          res.writeHead(404).end()
          return
        }
        metrics.registry.metrics().then(
          (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
          () => res.writeHead(500).end(),
        )
      })
      await new Promise<void>((resolve, reject) => server!.once('error', reject).listen(port, config.metricsHost, () => resolve()))
      app.log.info({ port, host: config.metricsHost }, 'metrics listening')
    })
  }
}
