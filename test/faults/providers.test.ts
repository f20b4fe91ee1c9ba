// SMS and email providers that refuse connections, stall, or answer 5xx. A member asking for a
// code gets 500 SEND_FAILED in the envelope (within the provider timeout), the undelivered code is
// never usable, no code is left pending, and once the provider is back one request gives exactly
// one working code. An inactive member's notice never holds the answer up, however the provider
// behaves, so the answer cannot tell inactive members from unknown numbers.
import { createServer, type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import type { FastifyBaseLogger } from 'fastify'
import pino from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { createNotifier } from '../../src/modules/notifications/notifier.ts'
import { activationRows, expectError, requestCode, verifyCode } from '../clients/helpers.ts'
import { createTestApp, testConfig, type TestApp } from '../support/app.ts'
import { createCustomer } from '../support/factories.ts'
import { startSmtpCatcher, type SmtpCatcher } from '../support/smtp-catcher.ts'
import { startTwilioFake, type TwilioFake } from '../support/twilio-fake.ts'
import { eventually } from './support/fault-app.ts'

const silent = pino({ level: 'silent' }) as unknown as FastifyBaseLogger
const TIMEOUT_MS = '300'

/** A port on 127.0.0.1 where nothing listens: connections are refused. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** A server that accepts connections and never says a word (an SMTP server that stalls before its greeting). */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>()
  const server: Server = createServer((socket) => void sockets.add(socket))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

let t: TestApp | undefined
const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  await t?.close()
  t = undefined
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

const appWith = async (env: Record<string, string>) => (t = await createTestApp({ env, notifier: createNotifier(testConfig(env), silent) }))

const twilioEnv = (url: string, timeoutMs = TIMEOUT_MS) => ({
  SMS_PROVIDER: 'twilio', SMS_API_URL: url, TWILIO_ACCOUNT_SID: 'AC0123456789', TWILIO_AUTH_TOKEN: 'twilio-secret',
  TWILIO_PHONE_NUMBER: '+15550001111', SMS_TIMEOUT_MS: timeoutMs, DEFAULT_PHONE_REGION: 'EG',
})
const smtpEnv = (port: number) => ({
  EMAIL_PROVIDER: 'smtp', SMTP_SERVER: '127.0.0.1', SMTP_PORT: String(port), SMTP_STARTTLS: 'false', SMTP_TIMEOUT_MS: TIMEOUT_MS,
})

/** The failed request left one failed row and nothing usable or pending. */
async function expectFailedSend(app: TestApp, identifier: string) {
  const res = await requestCode(app.app, identifier)
  expectError(res, 500, 'SEND_FAILED')
  const rows = await activationRows(app.db)
  expect(rows.map((r) => r.status)).toEqual(['failed'])
  expectError(await verifyCode(app.app, identifier, '000000'), 401, 'INVALID_CODE')
}

describe('an SMS provider at fault', () => {
  it('refusing connections: 500 SEND_FAILED, nothing usable left behind', async () => {
    const app = await appWith(twilioEnv(`http://127.0.0.1:${await closedPort()}/2010-04-01/Accounts/{}/Messages.json`))
    await createCustomer(app.db, { phone: '+201000000001' })
    await expectFailedSend(app, '01000000001')
  })

  it('stalling past SMS_TIMEOUT_MS: 500 SEND_FAILED, and the code it was holding is not usable', async () => {
    const twilio: TwilioFake = await startTwilioFake({ delayMs: 60_000 })
    cleanups.push(() => twilio.close())
    const app = await appWith(twilioEnv(twilio.url))
    await createCustomer(app.db, { phone: '+201000000002' })
    await expectFailedSend(app, '01000000002')
    expect(twilio.messages).toHaveLength(1)
    expectError(await verifyCode(app.app, '01000000002', twilio.lastCodeFor('+201000000002')), 401, 'INVALID_CODE')
  })

  it('answering 503, then recovering: one failed row, then exactly one working code', async () => {
    const twilio = await startTwilioFake({ status: 503 })
    cleanups.push(() => twilio.close())
    const app = await appWith(twilioEnv(twilio.url))
    await createCustomer(app.db, { phone: '+201000000003' })
    await expectFailedSend(app, '01000000003')
    twilio.setStatus(201)
    expect((await requestCode(app.app, '01000000003')).statusCode).toBe(200)
    expect((await activationRows(app.db)).map((r) => r.status)).toEqual(['failed', 'active'])
    expect((await verifyCode(app.app, '01000000003', twilio.lastCodeFor('+201000000003'))).statusCode).toBe(200)
  })

  it('hanging for good: an inactive member is answered without waiting for it, exactly as an unknown number', async () => {
    // A provider timeout far longer than the test's: waiting for the notice could not pass.
    const twilio = await startTwilioFake({ delayMs: 120_000 })
    cleanups.push(() => twilio.close())
    const app = await appWith(twilioEnv(twilio.url, '120000'))
    await createCustomer(app.db, { phone: '+201000000004', is_active: false })
    const inactive = await requestCode(app.app, '01000000004')
    const unknown = await requestCode(app.app, '01000000005')
    expect(inactive.statusCode).toBe(200)
    expect(inactive.json()).toEqual(unknown.json())
    // The notice does go out (the provider gets it, and never answers).
    await eventually(() => twilio.messages.length > 0, 'the notice to reach the provider')
    expect(twilio.messages.map((m) => m.To)).toEqual(['+201000000004'])
  })
})

describe('an email provider at fault', () => {
  it('refusing connections: 500 SEND_FAILED, nothing usable left behind', async () => {
    const app = await appWith(smtpEnv(await closedPort()))
    await createCustomer(app.db, { email: 'refused@example.com' })
    await expectFailedSend(app, 'refused@example.com')
  })

  it('stalling before its greeting past SMTP_TIMEOUT_MS: 500 SEND_FAILED', async () => {
    const silentSmtp = await silentServer()
    cleanups.push(() => silentSmtp.close())
    const app = await appWith(smtpEnv(silentSmtp.port))
    await createCustomer(app.db, { email: 'stalled@example.com' })
    await expectFailedSend(app, 'stalled@example.com')
  })

  it('answering 554 to every recipient: 500 SEND_FAILED, nothing usable left behind', async () => {
    const failing: SmtpCatcher = await startSmtpCatcher({ failWith: 554 })
    cleanups.push(() => failing.close())
    const app = await appWith(smtpEnv(failing.port))
    await createCustomer(app.db, { email: 'bounce@example.com' })
    await expectFailedSend(app, 'bounce@example.com')
    expect(failing.messages).toHaveLength(0)
  })

  it('stalling for good: an inactive member is answered without waiting for the notice', async () => {
    const silentSmtp = await silentServer()
    cleanups.push(() => silentSmtp.close())
    const app = await appWith({ ...smtpEnv(silentSmtp.port), SMTP_TIMEOUT_MS: '120000' })
    await createCustomer(app.db, { email: 'gone@example.com', is_active: false })
    const inactive = await requestCode(app.app, 'gone@example.com')
    expect(inactive.statusCode).toBe(200)
    expect(inactive.json()).toEqual((await requestCode(app.app, 'nobody@example.com')).json())
  })
})
