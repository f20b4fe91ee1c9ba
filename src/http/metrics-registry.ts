// The Prometheus registry behind /metrics (src/http/metrics.ts): request counts and latency by
// route pattern, the ops events the services announce, the PostgreSQL pool, and prom-client's
// default process collectors. Its own module so that prom-client (~80 files with its
// dependencies) is only loaded by a server whose metrics are turned on.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import type { DatabaseHandle } from '../db/database.ts'
import { opsEvents, type OpsEventMap } from '../lib/ops-events.ts'

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
