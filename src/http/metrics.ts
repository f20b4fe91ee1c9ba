// GET /metrics in the Prometheus text format. Off unless METRICS_TOKEN (served on the API port,
// bearer token required) or METRICS_PORT (a separate listener, for a port only the scraper reaches)
// is set. What is counted: request counts and latency by route pattern, the ops
// events the services announce (src/lib/ops-events.ts), the PostgreSQL pool, and the process's
// own figures (event-loop lag, heap, resident memory) from prom-client's default collectors
// (src/http/metrics-registry.ts, loaded only when metrics are on).
import { timingSafeEqual } from 'node:crypto'
import type { Server } from 'node:http'
import type { FastifyInstance } from 'fastify'
import type { Config } from '../config.ts'
import type { DatabaseHandle } from '../db/database.ts'

// Loaded as src/http/error-handler.ts explains: an ES import of node:http would load undici.
const { createServer } = process.getBuiltinModule('node:http')

type MetricsConfig = Pick<Config, 'metricsToken' | 'metricsPort' | 'metricsHost'>

export function metricsEnabled(config: MetricsConfig): boolean {
  return config.metricsToken !== undefined || config.metricsPort !== undefined
}

export async function registerMetrics(app: FastifyInstance, config: MetricsConfig, database: DatabaseHandle): Promise<void> {
  if (!metricsEnabled(config)) return
  const { createMetricsRegistry } = await import('./metrics-registry.ts')
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
