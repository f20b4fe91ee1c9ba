// Load-balancer probes.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { isReachable } from '../db/database.ts'
import { AppError } from '../lib/errors.ts'
import { ErrorEnvelope, success, SuccessEnvelope } from '../lib/envelope.ts'
import type { Services } from '../services.ts'

export const systemRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const Status = SuccessEnvelope(Type.Object({ state: Type.String() }))

  app.get('/health', { schema: { tags: ['System'], summary: 'The process is alive', response: { 200: Status } } }, async () => success({ state: 'alive' }))

  app.get('/ready', {
    schema: { tags: ['System'], summary: 'Send traffic here: the database answers and the server is not shutting down', response: { 200: Status, 503: ErrorEnvelope } },
  }, async () => {
    if (app.lifecycle.state !== 'serving') throw new AppError('SERVICE_UNAVAILABLE', 'The server is shutting down.')
    // Bounded: a database that accepts connections and never answers must not hang the probe.
    const timeoutMs = Math.min(1500, services.config.dbStatementTimeoutMs || 1500)
    if (!(await isReachable(services.database.db, timeoutMs))) throw new AppError('DATABASE_UNAVAILABLE', 'The database is not reachable.')
    return success({ state: 'ready' })
  })
}
