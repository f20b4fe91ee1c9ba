// Two code requests whose sends finish out of order (a slow SMS gateway, a double tap): the code
// of the newer request is the live one, whichever send finished last.
import { afterEach, describe, expect, it } from 'vitest'
import type { Notifier, Recipient } from '../../src/modules/notifications/notifier.ts'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createCustomer } from '../support/factories.ts'

class HeldNotifier implements Notifier {
  codes: string[] = []
  #release: Array<() => void> = []
  holdNext = false
  async sendActivationCode(_to: Recipient, code: string): Promise<void> {
    if (this.holdNext) {
      this.holdNext = false
      await new Promise<void>((resolve) => this.#release.push(resolve))
    }
    this.codes.push(code)
  }
  async sendInactiveAccountNotice(): Promise<void> {}
  releaseAll(): void {
    for (const release of this.#release.splice(0)) release()
  }
  async close(): Promise<void> {}
}

describe('activation codes sent out of order', () => {
  let t: TestApp
  afterEach(async () => t.close())

  it('when the older request finishes sending last, the newer code still works and the older one does not', async () => {
    const notifier = new HeldNotifier()
    t = await createTestApp({ notifier })
    const member = await createCustomer(t.db, { phone: '01234567890' })
    const request = () => call(t.app, 'POST', '/api/clients/request-activation', { body: { identifier: member.phone } })

    notifier.holdNext = true
    const older = request()
    // Let the older request reach its (held) send before the newer one starts.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect((await request()).statusCode).toBe(200)
    notifier.releaseAll()
    expect((await older).statusCode).toBe(200)

    const [newerCode, olderCode] = notifier.codes
    const verify = (code: string) => call(t.app, 'POST', '/api/clients/verify-activation', { body: { identifier: member.phone, activation_code: code } })
    expect((await verify(olderCode!)).json()).toMatchObject({ status: 'error', code: 'INVALID_CODE' })
    expect((await verify(newerCode!)).statusCode).toBe(200)
    const live = await t.db.selectFrom('activation_codes').select('status').where('customer_id', '=', member.id).orderBy('id').execute()
    expect(live.map((r) => r.status)).toEqual(['superseded', 'used'])
  })
})
