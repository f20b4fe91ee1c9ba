// A notifier that keeps what it would have sent, for tests that are not about delivery itself.
import { AppError } from '../../src/lib/errors.ts'
import type { Notifier, Recipient } from '../../src/modules/notifications/notifier.ts'

export interface SentMessage {
  to: Recipient
  kind: 'code' | 'inactive-notice'
  code?: string
}

export class MemoryNotifier implements Notifier {
  sent: SentMessage[] = []
  failNext = false

  async sendActivationCode(to: Recipient, code: string): Promise<void> {
    if (this.failNext) {
      this.failNext = false
      throw new AppError('SEND_FAILED')
    }
    this.sent.push({ to, kind: 'code', code })
  }

  async sendInactiveAccountNotice(to: Recipient): Promise<void> {
    this.sent.push({ to, kind: 'inactive-notice' })
  }

  lastCodeFor(address: string): string | undefined {
    return this.sent.findLast((m) => m.kind === 'code' && m.to.address === address)?.code
  }

  async close(): Promise<void> {}
}
