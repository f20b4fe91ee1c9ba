// Codes delivered for real: through an SMTP server and a Twilio-shaped HTTP endpoint on
// 127.0.0.1, read back from what arrived, and used to sign in. Failures answer SEND_FAILED and
// leave no usable code; codes reach the log only in development.
import type { FastifyBaseLogger } from 'fastify'
import pino from 'pino'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createNotifier } from '../../src/modules/notifications/notifier.ts'
import { createTestApp, testConfig, type TestApp } from '../support/app.ts'
import { createCustomer } from '../support/factories.ts'
import { startSmtpCatcher, type SmtpCatcher, type SmtpCatcherOptions } from '../support/smtp-catcher.ts'
import { eventually } from '../support/eventually.ts'
import { startTwilioFake, type TwilioFake } from '../support/twilio-fake.ts'
import { activationRows, expectError, requestCode, verifyCode } from './helpers.ts'

const silent = pino({ level: 'silent' }) as unknown as FastifyBaseLogger

/** An app whose notifier is the real one built from `env` (not the in-memory stand-in). */
async function appWithRealNotifier(env: Record<string, string>, logger = silent): Promise<TestApp> {
  return createTestApp({ env, notifier: createNotifier(testConfig(env), logger) })
}

describe('delivery by email over SMTP', () => {
  let smtp: SmtpCatcher
  let t: TestApp
  const start = async (options: SmtpCatcherOptions = {}, extra: Record<string, string> = {}) => {
    smtp = await startSmtpCatcher(options)
    t = await appWithRealNotifier({
      EMAIL_PROVIDER: 'smtp', SMTP_SERVER: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_STARTTLS: 'false', SENDER_EMAIL: 'desk@spotter-gym.example', ...extra,
    })
  }
  afterEach(async () => {
    await t?.close()
    await smtp?.close()
  })

  it('the code read from the received email signs the member in', async () => {
    await start()
    const member = await createCustomer(t.db, { full_name: 'Salma Nabil', email: 'salma@example.com' })
    const res = await requestCode(t.app, 'Salma@Example.com')
    expect(res.statusCode).toBe(200)
    expect(smtp.messages).toHaveLength(1)
    const mail = smtp.messages[0]!
    expect(mail.to).toEqual(['salma@example.com'])
    expect(mail.from).toBe('desk@spotter-gym.example')
    expect(mail.authUser).toBeUndefined()
    const code = smtp.lastCodeFor('salma@example.com')!
    expect(code).toMatch(/^\d{6}$/)
    expect(mail.text).toContain('Salma Nabil')
    expect(mail.html).toContain(code)
    // Lock screens show subjects: the code stays out of it.
    expect(mail.subject).not.toContain(code)
    const verified = await verifyCode(t.app, 'salma@example.com', code)
    expect(verified.statusCode).toBe(200)
    expect(verified.json().data.client.id).toBe(member.id)
  })

  it('with SENDER_PASSWORD set, the app authenticates to the server as SENDER_EMAIL', async () => {
    await start({ requireAuth: true, users: { 'desk@spotter-gym.example': 'mail-pass' } }, { SENDER_PASSWORD: 'mail-pass' })
    await createCustomer(t.db, { email: 'auth@example.com' })
    expect((await requestCode(t.app, 'auth@example.com')).statusCode).toBe(200)
    expect(smtp.messages[0]?.authUser).toBe('desk@spotter-gym.example')
  })

  it('when the server refuses the recipient, 500 SEND_FAILED and no usable code; a later request works', async () => {
    await start({ failWith: 550 })
    await createCustomer(t.db, { email: 'bounce@example.com' })
    const res = await requestCode(t.app, 'bounce@example.com')
    expectError(res, 500, 'SEND_FAILED')
    expect(res.body).not.toContain('550')
    expect(await activationRows(t.db)).toMatchObject([{ status: 'failed' }])
    expectError(await verifyCode(t.app, 'bounce@example.com', '123456'), 401, 'INVALID_CODE')
  })

  it('when the server is unreachable, 500 SEND_FAILED', async () => {
    const closed = await startSmtpCatcher()
    const port = closed.port
    await closed.close()
    t = await appWithRealNotifier({ EMAIL_PROVIDER: 'smtp', SMTP_SERVER: '127.0.0.1', SMTP_PORT: String(port), SMTP_STARTTLS: 'false' })
    await createCustomer(t.db, { email: 'nowhere@example.com' })
    const res = await requestCode(t.app, 'nowhere@example.com')
    expectError(res, 500, 'SEND_FAILED')
    expect(res.body).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/)
  })

  it('an inactive member gets an email telling them to contact reception, with no code', async () => {
    await start()
    await createCustomer(t.db, { email: 'inactive@example.com', is_active: false })
    expect((await requestCode(t.app, 'inactive@example.com')).statusCode).toBe(200)
    // The notice is sent after the answer (so it cannot make the answer slower than an unknown address's).
    await eventually(() => smtp.messages.length > 0, 'the notice to arrive')
    expect(smtp.messages).toHaveLength(1)
    expect(smtp.messages[0]!.text).toMatch(/contact reception/i)
    expect(smtp.lastCodeFor('inactive@example.com')).toBeUndefined()
  })

  it('an unknown address gets no email at all', async () => {
    await start()
    expect((await requestCode(t.app, 'stranger@example.com')).statusCode).toBe(200)
    expect(smtp.messages).toEqual([])
  })
})

describe('delivery by SMS through a Twilio-shaped API', () => {
  let twilio: TwilioFake
  let t: TestApp
  beforeEach(async () => {
    twilio = await startTwilioFake({ credentials: { sid: 'AC0123456789', token: 'twilio-secret' } })
    t = await appWithRealNotifier({
      SMS_PROVIDER: 'twilio', SMS_API_URL: twilio.url, TWILIO_ACCOUNT_SID: 'AC0123456789', TWILIO_AUTH_TOKEN: 'twilio-secret',
      TWILIO_PHONE_NUMBER: '+15550001111', DEFAULT_PHONE_REGION: 'EG',
    })
  })
  afterEach(async () => {
    await t.close()
    await twilio.close()
  })

  it('the code read from the received SMS signs the member in', async () => {
    const member = await createCustomer(t.db, { phone: '+201234567890' })
    expect((await requestCode(t.app, '012 3456 7890')).statusCode).toBe(200)
    expect(twilio.messages).toHaveLength(1)
    expect(twilio.messages[0]).toMatchObject({ sid: 'AC0123456789', authUser: 'AC0123456789', authPassword: 'twilio-secret', From: '+15550001111', To: '+201234567890' })
    const code = twilio.lastCodeFor('+201234567890')!
    expect(code).toMatch(/^\d{6}$/)
    const verified = await verifyCode(t.app, '01234567890', code)
    expect(verified.statusCode).toBe(200)
    expect(verified.json().data.client.id).toBe(member.id)
  })

  it('when Twilio answers 500: 500 SEND_FAILED, the code in that SMS is not usable, and a later request works', async () => {
    await createCustomer(t.db, { phone: '+201111111111' })
    twilio.setStatus(500)
    const res = await requestCode(t.app, '01111111111')
    expectError(res, 500, 'SEND_FAILED')
    expect(res.body).not.toContain('21211')
    const undelivered = twilio.lastCodeFor('+201111111111')!
    expect(undelivered).toMatch(/^\d{6}$/)
    expectError(await verifyCode(t.app, '01111111111', undelivered), 401, 'INVALID_CODE')

    twilio.setStatus(201)
    expect((await requestCode(t.app, '01111111111')).statusCode).toBe(200)
    const code = twilio.lastCodeFor('+201111111111')!
    expect((await verifyCode(t.app, '01111111111', code)).statusCode).toBe(200)
  })

  it('when Twilio refuses the credentials, 500 SEND_FAILED', async () => {
    const wrong = await appWithRealNotifier({
      SMS_PROVIDER: 'twilio', SMS_API_URL: twilio.url, TWILIO_ACCOUNT_SID: 'AC0123456789', TWILIO_AUTH_TOKEN: 'wrong', TWILIO_PHONE_NUMBER: '+15550001111',
    })
    try {
      await createCustomer(wrong.db, { phone: '01012121212' })
      expectError(await requestCode(wrong.app, '01012121212'), 500, 'SEND_FAILED')
      expect(await activationRows(wrong.db)).toMatchObject([{ status: 'failed' }])
    } finally {
      await wrong.close()
    }
  })
})

describe('codes in the log', () => {
  /** Requests a code through the console provider; returns what was logged and how verifying the logged code went. */
  async function oneRequest(nodeEnv: 'development' | 'test'): Promise<{ entries: Array<Record<string, unknown>>; verifyStatus: number | undefined }> {
    const lines: string[] = []
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) }) as unknown as FastifyBaseLogger
    const env = { NODE_ENV: nodeEnv }
    const t = await createTestApp({ env, notifier: createNotifier(testConfig(env), logger) })
    try {
      await createCustomer(t.db, { phone: '01013131313' })
      expect((await requestCode(t.app, '01013131313')).statusCode).toBe(200)
      // Process fields (pid, time, hostname) are not what the test is about.
      const entries = lines.map((line) => {
        const { pid: _pid, time: _time, hostname: _hostname, ...rest } = JSON.parse(line) as Record<string, unknown>
        return rest
      })
      const logged = entries.find((e) => typeof e.code === 'string')?.code as string | undefined
      const verifyStatus = logged ? (await verifyCode(t.app, '01013131313', logged)).statusCode : undefined
      return { entries, verifyStatus }
    } finally {
      await t.close()
    }
  }

  it('outside development the console provider logs the send without the code or the full number', async () => {
    const { entries, verifyStatus } = await oneRequest('test')
    expect(entries.map((e) => e.msg)).toContain('activation code sent (console provider, not delivered)')
    expect(verifyStatus).toBeUndefined()
    const text = JSON.stringify(entries)
    expect(text).not.toMatch(/\d{6}/)
    expect(text).not.toContain('01013131313')
  })

  it('in development the console provider logs the code, and that code works', async () => {
    const { entries, verifyStatus } = await oneRequest('development')
    expect(entries.find((e) => e.code)).toMatchObject({ provider: 'console', channel: 'sms', code: expect.stringMatching(/^\d{6}$/) })
    expect(verifyStatus).toBe(200)
  })
})
