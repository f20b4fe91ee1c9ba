// The contract check of the test suite: every answer of every test app is validated against the
// response schema its route declares for that status code (the same schemas the OpenAPI document
// is generated from), and every error answer against the shared error envelope. A drift turns
// the answer into a 500 CONTRACT_VIOLATION naming what is wrong, so the test that caused it fails
// where it happened, and closing the app throws with the list as well.
import { Ajv, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { ErrorEnvelope } from '../../src/lib/envelope.ts'

export interface ContractViolation {
  route: string
  status: number
  problems: string[]
}

// Cross-cutting answers any route may give, documented once for the whole API (README
// "Endpoints"): rate limits, oversized or non-JSON bodies, and faults.
export const CROSS_CUTTING_STATUSES = new Set([413, 415, 429, 500, 503])

const ajv = addFormats.default(new Ajv({ allErrors: true, strict: false, coerceTypes: false, useDefaults: false, removeAdditional: false }))
const compiled = new WeakMap<object, ValidateFunction>()

/** Compiles a schema once; `$id`s are dropped so the shared envelope can sit inside many schemas. */
function validatorFor(schema: object): ValidateFunction {
  let validate = compiled.get(schema)
  if (!validate) {
    validate = ajv.compile(JSON.parse(JSON.stringify(schema), (key, value) => (key === '$id' ? undefined : value)))
    compiled.set(schema, validate)
  }
  return validate
}

function declaredSchema(request: FastifyRequest, status: number): object | undefined {
  const responses = request.routeOptions.schema?.response as Record<string, object> | undefined
  if (!responses) return undefined
  return responses[String(status)] ?? responses[`${String(status)[0]}xx`] ?? responses.default
}

function check(request: FastifyRequest, reply: FastifyReply, body: unknown): string[] {
  const status = reply.statusCode
  const hasRoute = request.routeOptions.url !== undefined && !request.is404
  const isApi = /^\/(api\/|health$|ready$)/.test(request.routeOptions.url ?? '')
  const problems: string[] = []
  const declared = hasRoute ? declaredSchema(request, status) : undefined
  if (declared) {
    const validate = validatorFor(declared)
    if (!validate(body)) problems.push(...(validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`))
  } else if (hasRoute && isApi && !(status >= 400 && CROSS_CUTTING_STATUSES.has(status))) {
    problems.push(`status ${status} is not declared in the route's response schemas`)
  }
  if (status >= 400) {
    const envelope = validatorFor(ErrorEnvelope)
    if (!envelope(body)) problems.push(...(envelope.errors ?? []).map((e) => `error envelope: ${e.instancePath || '/'} ${e.message}`))
  }
  return problems
}

/** Installs the check on an app before its routes are registered (buildApp's `instrument`). */
export function installContractCheck(app: FastifyInstance, violations: ContractViolation[]): void {
  const checked = new WeakSet<FastifyRequest>()
  const flagged = new WeakMap<FastifyRequest, { violation: ContractViolation; body: unknown }>()
  const record = (request: FastifyRequest, reply: FastifyReply, body: unknown) => {
    checked.add(request)
    if (flagged.has(request)) return
    const problems = check(request, reply, body)
    if (!problems.length) return
    const violation = { route: `${request.method} ${request.routeOptions.url ?? request.url}`, status: reply.statusCode, problems }
    violations.push(violation)
    flagged.set(request, { violation, body })
  }
  // The object the handler returned, before the serializer could coerce, drop or choke on anything…
  app.addHook('preSerialization', async (request, reply, payload) => {
    record(request, reply, JSON.parse(JSON.stringify(payload ?? null)))
    return payload
  })
  // …or, for answers serialized elsewhere, what actually leaves the server.
  app.addHook('onSend', async (request, reply, payload) => {
    if (!checked.has(request) && String(reply.getHeader('content-type') ?? '').startsWith('application/json')) {
      let body: unknown = payload
      try {
        body = JSON.parse(String(payload))
      } catch { /* checked as the raw text, which fails the schema */ }
      record(request, reply, body)
    }
    const flag = flagged.get(request)
    if (!flag) return payload
    const { route, status, problems } = flag.violation
    reply.code(500)
    return JSON.stringify({
      status: 'error', code: 'CONTRACT_VIOLATION',
      message: `${route} answered ${status} outside its declared schema: ${problems.join('; ')}. Body: ${JSON.stringify(flag.body).slice(0, 2000)}`,
    })
  })
}

export function describeViolations(violations: ContractViolation[]): string {
  return violations.map((v) => `${v.route} → ${v.status}: ${v.problems.join('; ')}`).join('\n')
}
