// Development and test stand-in for a real provider: nothing leaves the process, the log line
// says what would have been sent. It never fails, so local sign-in always works.
import type { FastifyBaseLogger } from 'fastify'
import type { OutgoingMessage } from './activation-messages.ts'
import { maskAddress } from './mask.ts'
import type { Channel, Sender } from './notifier.ts'

/** `showCodes` must be true only in development: SPEC forbids codes in logs anywhere else. */
export function createConsoleSender(channel: Channel, logger: FastifyBaseLogger, showCodes: boolean): Sender {
  return {
    async send(to, message: OutgoingMessage) {
      const fields: Record<string, unknown> = {
        provider: 'console',
        channel,
        to: maskAddress(to.address),
        kind: message.kind,
      }
      if (showCodes && message.code !== undefined) fields.code = message.code
      const what = message.kind === 'activation-code' ? 'activation code' : 'inactive-account notice'
      logger.info(fields, `${what} sent (console provider, not delivered)`)
    },
    async close() {},
  }
}
