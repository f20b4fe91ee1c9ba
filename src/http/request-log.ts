// One log line per request, for a log stack: request id (reqId), method, route pattern, status,
// duration and who asked (staff_id or member_id). Never the raw URL (query strings can carry a
// phone number or an email), never a header or a body, so no token, code or password gets in.
// Fastify's own two lines per request are turned off in app.ts (disableRequestLogging).
import type { FastifyInstance } from 'fastify'
import { logLevelOf } from '../lib/errors.ts'

export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    const auth = request.auth
    const status = reply.statusCode
    const line = {
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status,
      duration_ms: Math.round(reply.elapsedTime * 10) / 10,
      ...(auth?.subjectType === 'staff' ? { staff_id: auth.subjectId } : {}),
      ...(auth?.subjectType === 'client' ? { member_id: auth.subjectId } : {}),
    }
    request.log[logLevelOf(status)](line, 'request completed')
  })
}
