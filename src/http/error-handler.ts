// Turns every thrown thing into the seed's envelope. 4xx keep their message; 5xx never show
// internals (no stack, SQL or driver text) — those go to the log with the request id.
import type { Duplex } from 'node:stream'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { isDatabaseUnavailable } from '../db/errors.ts'
import { ErrorEnvelope } from '../lib/envelope.ts'
import { AppError, ERRORS, logLevelOf, type ErrorCode } from '../lib/errors.ts'

// Not `import … from 'node:http'`: an ES import of node:http builds its module namespace, which
// reads http's lazy WebSocket exports and so loads Node's bundled undici (~13 MB, ~70 ms at start).
const { STATUS_CODES } = process.getBuiltinModule('node:http')

interface ValidationItem {
  instancePath?: string
  message?: string
  params?: Record<string, unknown>
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_ERROR',
  FST_ERR_BAD_URL: 'VALIDATION_ERROR',
  FST_ERR_MAX_PARAM_LENGTH: 'VALIDATION_ERROR',
}

/**
 * For Fastify's `frameworkErrors` option. A malformed URL (`/api/%E0%A4%A`) or an over-long path
 * parameter is answered by the router before any route, hook or error handler runs, in Fastify's
 * own format; this answers it in the envelope instead (hooks do not run, so the id is set here).
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  reply
    .status(400)
    .header('x-request-id', request.id)
    .header('x-content-type-options', 'nosniff')
    .send(envelope(FASTIFY_CODES[error.code] ?? 'VALIDATION_ERROR', 'The URL is not valid.'))
}

/**
 * For Fastify's `clientErrorHandler` option: what Node's HTTP parser rejects before Fastify sees a
 * request (headers or URL over the 16 KB limit, broken framing, a request that never finished
 * arriving) is answered in the envelope too, then the connection is closed.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy()
    return
  }
  const code: ErrorCode = error.code === 'HPE_HEADER_OVERFLOW'
    ? 'HEADERS_TOO_LARGE'
    : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'REQUEST_TIMEOUT' : 'BAD_REQUEST'
  const [status, message] = ERRORS[code]
  const body = JSON.stringify(envelope(code, code === 'BAD_REQUEST' ? 'The request is not valid HTTP.' : message))
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
  )
}

export function registerErrorHandlers(app: FastifyInstance): void {
  // Any route can meet a database that does not answer (503 DATABASE_UNAVAILABLE): the OpenAPI
  // document says so for every route that declares its answers, without each route repeating it.
  app.addHook('onRoute', (route) => {
    const response = route.schema?.response as Record<string, unknown> | undefined
    if (response && !('503' in response)) route.schema = { ...route.schema, response: { ...response, 503: ErrorEnvelope } }
  })
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      if (error.statusCode >= 500) request.log[logLevelOf(error.statusCode)]({ err: error.cause ?? error }, error.message)
      if (error.headers) reply.headers(error.headers)
      return reply.status(error.statusCode).send(envelope(error.code, error.message, error.details))
    }
    if ('validation' in error && error.validation) {
      const errors = (error.validation as ValidationItem[]).map((item) => describe(item, error.validationContext))
      return reply.status(400).send(envelope('VALIDATION_ERROR', 'The request is not valid.', { errors }))
    }
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined
    if (mapped) return reply.status(ERRORS[mapped][0]).send(envelope(mapped, ERRORS[mapped][1]))
    if (error.statusCode === 429) {
      return reply.status(429).send(envelope('RATE_LIMIT_EXCEEDED', ERRORS.RATE_LIMIT_EXCEEDED[1]))
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(envelope('BAD_REQUEST', ERRORS.BAD_REQUEST[1]))
    }
    if (isDatabaseUnavailable(error)) {
      // One line, no stack: during an outage every request would otherwise log the same trace.
      const cause = error as { code?: string; message?: string }
      request.log.warn({ code: cause.code, reason: cause.message }, 'database unavailable')
      return reply.status(503).header('retry-after', '5').send(envelope('DATABASE_UNAVAILABLE', ERRORS.DATABASE_UNAVAILABLE[1]))
    }
    request.log.error({ err: error }, 'unhandled error')
    return reply.status(500).send(envelope('INTERNAL_ERROR', ERRORS.INTERNAL_ERROR[1]))
  })

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(envelope('NOT_FOUND', `No route for ${request.method} ${request.url.split('?')[0]}.`))
  })
}

function envelope(code: string, message: string, details?: Record<string, unknown>) {
  return { status: 'error', message, code, ...details }
}

function describe(item: ValidationItem, part: string | undefined): { field: string; message: string } {
  const path = (item.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.')
  const missing = item.params?.missingProperty ?? item.params?.requiredProperty
  const extra = item.params?.additionalProperty
  const name = [path, missing ?? extra].filter(Boolean).join('.') || part || 'body'
  const message = extra ? 'is not an accepted field' : (item.message ?? 'is not valid')
  return { field: String(name), message }
}
