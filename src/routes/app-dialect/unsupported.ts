// THE one table of the apps' calls Spotter does not serve yet. Each answers 501 NOT_IMPLEMENTED
// in the envelope, naming what will serve it. To wire one, delete its line here and add an
// adapter in member.routes.ts, staff.routes.ts or money.routes.ts. Paths are relative to /flutter.
import type { FastifyPluginAsync } from 'fastify'
import { ErrorEnvelope } from '../../lib/envelope.ts'
import { AppError } from '../../lib/errors.ts'
import { acceptEmptyJsonBodies } from './dialect.ts'

type Method = 'GET' | 'POST' | 'DELETE'

/** [method, path the app calls, what will serve it] */
export const UNSUPPORTED_CALLS: ReadonlyArray<readonly [Method, string, string]> = [
  // staff app: capabilities Spotter does not have
  ['GET', '/api/complaints', 'nothing yet (complaints are not a Spotter feature)'],
  ['POST', '/api/complaints', 'nothing yet (complaints are not a Spotter feature)'],
  // members' app: capabilities Spotter does not have
  ['GET', '/api/client/branch-activity', 'nothing yet (crowd level)'],
  ['POST', '/api/client/account/delete-request', 'nothing yet (account deletion requests)'],
  ['DELETE', '/api/client/account/delete-request', 'nothing yet (account deletion requests)'],
  ['GET', '/api/client/measurements', 'nothing yet (InBody measurements history)'],
  ['GET', '/api/client/messages/threads', 'nothing yet (trainer messages)'],
  ['GET', '/api/client/messages/:trainerId', 'nothing yet (trainer messages)'],
  ['POST', '/api/client/messages/:trainerId', 'nothing yet (trainer messages)'],
  ['GET', '/api/private-training/client/pending', 'nothing yet (private-training sessions)'],
  ['POST', '/api/private-training/client/sessions/:id/confirm', 'nothing yet (private-training sessions)'],
  ['POST', '/api/private-training/client/sessions/:id/dispute', 'nothing yet (private-training sessions)'],
  ['GET', '/api/client/class-feedback/pending', 'nothing yet (classes)'],
  ['POST', '/api/client/class-feedback', 'nothing yet (classes)'],
  ['POST', '/api/notifications/register-device', 'nothing yet (push notifications)'],
]

export const unsupportedMessage = (servedBy: string) =>
  servedBy.startsWith('nothing') ? `Spotter does not offer this yet: ${servedBy}.` : `Not available through the app yet; Spotter will serve it at ${servedBy}.`

export const unsupportedDialectRoutes: FastifyPluginAsync = async (app) => {
  acceptEmptyJsonBodies(app)
  for (const [method, url, servedBy] of UNSUPPORTED_CALLS) {
    app.route({
      method, url,
      config: { access: 'public' },
      schema: { tags: ['Flutter apps: not yet served'], summary: `Not served yet (501): ${servedBy}`, response: { 501: ErrorEnvelope } },
      // Bodies are not read: whatever the app sends, the answer is the same.
      preValidation: async () => { throw new AppError('NOT_IMPLEMENTED', unsupportedMessage(servedBy)) },
      handler: async () => { throw new AppError('NOT_IMPLEMENTED', unsupportedMessage(servedBy)) },
    })
  }
}
