// One log line per request, for a log stack: request id (reqId), method, route pattern, status,
// duration and who asked (staff_id or member_id). Never the raw URL (query strings can carry a
// phone number or an email), never a header or a body, so no token, code or password gets in.
// Fastify's own two lines per request are turned off in app.ts (disableRequestLogging).
import type { FastifyInstance } from 'fastify'
import type { Logger } from 'pino'
import { logLevelOf } from '../lib/errors.ts'

export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', (request, reply, done) => {
    const auth = request.auth
    const status = reply.statusCode
    const level = logLevelOf(status)
    // pino's check (the level's line is not even built when it would be dropped).
    if ((request.log as Partial<Pick<Logger, 'isLevelEnabled'>>).isLevelEnabled?.(level) === false) return done()
    const line = {
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status,
      duration_ms: Math.round(reply.elapsedTime * 10) / 10,
      ...(auth?.subjectType === 'staff' ? { staff_id: auth.subjectId } : {}),
      ...(auth?.subjectType === 'client' ? { member_id: auth.subjectId } : {}),
    }
    request.log[level](line, 'request completed')
    done()
  })
}
