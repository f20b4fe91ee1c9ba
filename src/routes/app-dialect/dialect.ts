// What every route of the Flutter apps' dialect shares: the base path, the envelope with the
// `success: true` flag the apps check beside `status`, money in major units (the apps send and
// show 500.0, Spotter keeps 50000), and a JSON parser that reads an empty body as {} (Dio sends
// `Content-Type: application/json` on body-less POSTs).
import type { FastifyInstance } from 'fastify'
import Type, { type TSchema } from 'typebox'

/** The base URL to set in both apps is <server>/flutter. */
export const DIALECT_PREFIX = '/flutter'

export const appSuccess = <T>(data: T, message?: string) => ({ status: 'success' as const, success: true as const, ...(message === undefined ? {} : { message }), data })

export const AppEnvelope = <T extends TSchema>(data: T) =>
  Type.Object({ status: Type.Literal('success'), success: Type.Literal(true), message: Type.Optional(Type.String()), data })

export { toMajor, toMinor } from '../../modules/app-dialect/dialect.ts'

/** A money amount as the apps send it: major units with at most two decimals. */
export const MajorAmount = (description = 'major units (e.g. 500.00), as the app sends it') =>
  Type.Number({ minimum: 0, maximum: 10_000_000, description })

export function acceptEmptyJsonBodies(app: FastifyInstance): void {
  const standard = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (String(body).trim() === '') return done(null, {})
    return standard(request, String(body), done)
  })
}
