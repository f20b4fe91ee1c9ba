// Bodies are validated strictly (no type coercion, unknown fields rejected); query strings and
// path params are coerced from text ("?limit=10") and unknown query parameters are ignored.
// A request without a body is validated as `{}`, so a route whose fields are all optional
// accepts it and a route with required fields names them.
import { Ajv, type Options } from 'ajv'
import addFormats from 'ajv-formats'
import type { FastifyInstance } from 'fastify'
import { compileOnFirstUse } from './lazy-compile.ts'

const common: Options = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false }

export function registerValidators(app: FastifyInstance): void {
  // Every body is JSON. Fastify parses text/plain by default, which would turn a wrong content type
  // into a confusing VALIDATION_ERROR; without the parser it answers 415 UNSUPPORTED_MEDIA_TYPE.
  app.removeContentTypeParser('text/plain')
  // An empty body sent as JSON (what `curl -X POST -H 'Content-Type: application/json'` sends with
  // no -d) is read as no body at all, as it is without the header: routes whose body is optional
  // accept it, the others name their missing fields. Anything else goes to Fastify's own parser
  // (prototype-poisoning checks included).
  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, raw, done) => {
    if (raw.length === 0) return done(null, undefined)
    return parseJson(request, raw.toString(), done)
  })
  const body = addFormats.default(new Ajv({ ...common, coerceTypes: false }))
  const text = addFormats.default(new Ajv({ ...common, coerceTypes: 'array', removeAdditional: 'all' }))
  // Compiled on each route's first request (src/http/lazy-compile.ts).
  app.setValidatorCompiler(({ schema, httpPart }) => compileOnFirstUse(() => {
    if (httpPart !== 'body') return text.compile(schema)
    const validate = body.compile(schema)
    const validateBody = (data: unknown) => {
      const valid = validate(data ?? {})
      validateBody.errors = validate.errors
      return valid
    }
    validateBody.errors = validate.errors
    return validateBody
  }))
}
