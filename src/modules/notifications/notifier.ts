// Delivers activation codes and inactive-account notices by SMS or email. This is the one place
// that turns a provider failure into SEND_FAILED, so every channel is logged and scrubbed alike.
import type { FastifyBaseLogger } from 'fastify'
import type { Config } from '../../config.ts'
import { AppError } from '../../lib/errors.ts'
import { activationCodeMessage, inactiveAccountMessage, type OutgoingMessage } from './activation-messages.ts'
import { createConsoleSender } from './console-sender.ts'
import { createSmtpSender } from './email-sender.ts'
import { describeFailure, maskAddress } from './mask.ts'
import { createTwilioSender } from './sms-sender.ts'

export { maskAddress } from './mask.ts'

export type Channel = 'sms' | 'email'

export interface Recipient {
  channel: Channel
  /** E.164 phone number or email address. */
  address: string
  name: string
}

export interface Notifier {
  /** Delivers the 6-digit code; throws AppError('SEND_FAILED') when the provider does not accept it. */
  sendActivationCode(to: Recipient, code: string, ttlSeconds: number): Promise<void>
  /** Tells a deactivated member to contact reception (no code). Throws AppError('SEND_FAILED') on failure. */
  sendInactiveAccountNotice(to: Recipient): Promise<void>
  close(): Promise<void>
}

/** One delivery channel's provider. Throws anything on failure; the notifier sanitises it. */
export interface Sender {
  send(to: Recipient, message: OutgoingMessage): Promise<void>
  close(): Promise<void>
}

export function createNotifier(
  config: Pick<Config, 'email' | 'sms' | 'nodeEnv'>,
  logger: FastifyBaseLogger,
): Notifier {
  const showCodes = config.nodeEnv === 'development'
  const senders: Record<Channel, Sender> = {
    email:
      config.email.provider === 'smtp'
        ? createSmtpSender(config.email)
        : createConsoleSender('email', logger, showCodes),
    sms:
      config.sms.provider === 'twilio'
        ? createTwilioSender(config.sms)
        : createConsoleSender('sms', logger, showCodes),
  }
  const credentials = [config.email.senderPassword, config.sms.twilioAuthToken]

  async function deliver(to: Recipient, message: OutgoingMessage): Promise<void> {
    const masked = maskAddress(to.address)
    try {
      // Channel comes from our own identifier parsing, but a bad value must still fail closed.
      const sender = Object.hasOwn(senders, to.channel) ? senders[to.channel] : undefined
      if (!sender) throw new Error(`unknown channel ${String(to.channel)}`)
      await sender.send(to, message)
    } catch (error) {
      const description = describeFailure(error, [...credentials, message.code ?? ''], to.address)
      logger.warn({ channel: to.channel, to: masked, kind: message.kind, error: description }, 'notification not sent')
      // The cause carries the scrubbed description only: the raw provider error may hold the code.
      throw new AppError('SEND_FAILED', undefined, { cause: new Error(description) })
    }
  }

  return {
    sendActivationCode(to, code, ttlSeconds) {
      return deliver(to, activationCodeMessage(to.name, code, ttlSeconds))
    },
    sendInactiveAccountNotice(to) {
      return deliver(to, inactiveAccountMessage(to.name))
    },
    async close() {
      await Promise.all([senders.email.close(), senders.sms.close()])
    },
  }
}
