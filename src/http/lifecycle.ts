// The server's life after SIGTERM, as a load balancer needs it: first `draining` (/ready answers
// 503 so no new traffic is sent, every request is still served, and each response says
// `Connection: close` so keep-alive sockets are shed one by one), then `closing` (the listener
// stops accepting, requests in flight finish, idle sockets are closed, then the database), then exit.
import type { FastifyInstance } from 'fastify'

export type LifecycleState = 'serving' | 'draining' | 'closing'

export interface Lifecycle {
  state: LifecycleState
}

declare module 'fastify' {
  interface FastifyInstance {
    lifecycle: Lifecycle
  }
}

export function registerLifecycle(app: FastifyInstance): Lifecycle {
  const lifecycle: Lifecycle = { state: 'serving' }
  app.decorate('lifecycle', lifecycle)
  app.addHook('onSend', (request, reply, payload, done) => {
    if (lifecycle.state !== 'serving' && request.raw.httpVersionMajor === 1) reply.header('connection', 'close')
    done(null, payload)
  })
  app.addHook('preClose', async () => {
    lifecycle.state = 'closing'
  })
  return lifecycle
}

export interface ShutdownOptions {
  drainSeconds: number
  timeoutSeconds: number
  /** Called with the exit code: 0 when everything closed in time, 1 otherwise. */
  exit(code: number): void
}

/** Drain, then close; exits 1 if requests in flight or the database do not finish within the bound. */
export async function shutDown(app: FastifyInstance, options: ShutdownOptions): Promise<void> {
  app.lifecycle.state = 'draining'
  app.log.info({ drainSeconds: options.drainSeconds }, 'shutting down: /ready answers 503, still serving while the load balancer stops sending')
  await new Promise((resolve) => setTimeout(resolve, options.drainSeconds * 1000))
  app.log.info('shutting down: no longer accepting connections; finishing requests in flight')
  const force = setTimeout(() => {
    app.log.error({ timeoutSeconds: options.timeoutSeconds }, 'shutdown did not finish in time; exiting')
    options.exit(1)
  }, options.timeoutSeconds * 1000)
  force.unref()
  try {
    await app.close()
    clearTimeout(force)
    app.log.info('shut down cleanly')
    options.exit(0)
  } catch (error) {
    clearTimeout(force)
    app.log.error({ err: error }, 'error while shutting down')
    options.exit(1)
  }
}
