// The security headers (helmet's) on every answer. @fastify/helmet builds a new helmet middleware
// on every request (parsing the CSP directives each time); these headers depend on nothing in the
// request, so helmet is run once at start against a recording response and the result is set
// with one reply.headers() per request.
import type { FastifyInstance } from 'fastify'
import helmet, { type HelmetOptions } from 'helmet'

export function helmetHeaders(options: Readonly<HelmetOptions>): Record<string, string> {
  const headers: Record<string, string> = {}
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value)
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()]
    },
  }
  let failure: unknown
  helmet(options)({} as never, recorder as never, (error?: unknown) => (failure = error))
  if (failure) throw failure
  return headers
}

/** Helmet's headers and the request id (x-request-id) on every answer, set as the request arrives. */
export function registerSecurityHeaders(app: FastifyInstance, options: Readonly<HelmetOptions>): void {
  const headers = helmetHeaders(options)
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers)
    reply.header('x-request-id', request.id)
    done()
  })
}
