import type { FastifyBaseLogger } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSmtpCatcher, type SmtpCatcher } from '../../../test/support/smtp-catcher.ts'
import { startTwilioFake, type TwilioFake } from '../../../test/support/twilio-fake.ts'
import { loadConfig } from '../../config.ts'
import { AppError } from '../../lib/errors.ts'
import { formatLifetime } from './activation-messages.ts'
import { smtpOptions } from './email-sender.ts'
import { createNotifier, maskAddress, type Recipient } from './notifier.ts'

interface LogLine { level: string; fields: unknown; msg: unknown }

function fakeLogger(): { logger: FastifyBaseLogger; lines: LogLine[] } {
  const lines: LogLine[] = []
  const at = (level: string) => (fields: unknown, msg?: unknown) => void lines.push({ level, fields, msg })
  const logger = {
    level: 'trace',
    info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug'),
    fatal: at('fatal'), trace: at('trace'), silent: () => {},
    child: () => logger,
  }
  return { logger: logger as unknown as FastifyBaseLogger, lines }
}

function config(env: Record<string, string>) {
  return loadConfig({ NODE_ENV: 'test', JWT_SECRET_KEY: 'x'.repeat(32), ...env })
}

async function sendFailure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (e: unknown) => e)
  expect(error).toBeInstanceOf(AppError)
  expect((error as AppError).code).toBe('SEND_FAILED')
  return error as AppError
}

const member: Recipient = { channel: 'email', address: 'bob@example.com', name: 'Bob <b>"Ace"</b> & Co' }
const phone: Recipient = { channel: 'sms', address: '+201234567890', name: 'Bob' }
const TOKEN = 'tw-secret-token-9f8e7d'
const SID = 'AC0123456789abcdef'

describe('email over SMTP', () => {
  let catcher: SmtpCatcher
  beforeAll(async () => { catcher = await startSmtpCatcher() })
  afterAll(async () => { await catcher.close() })
  const smtpEnv = () => ({ EMAIL_PROVIDER: 'smtp', SMTP_SERVER: '127.0.0.1', SMTP_PORT: String(catcher.port), SMTP_STARTTLS: 'false', SENDER_EMAIL: 'gym@spotter.test' })

  it('delivers name, code and lifetime in text and HTML, without the code in the subject', async () => {
    const notifier = createNotifier(config(smtpEnv()), fakeLogger().logger)
    await notifier.sendActivationCode(member, '042817', 600)
    await notifier.close()
    const mail = catcher.messages.at(-1)!
    expect(mail.from).toBe('gym@spotter.test')
    expect(mail.to).toEqual(['bob@example.com'])
    expect(mail.subject).toBe('Your gym app access code')
    expect(mail.text).toContain('Bob <b>"Ace"</b> & Co')
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain('042817')
      expect(body).toContain('expires in 10 minutes')
      expect(body).toContain('If you did not request this code, ignore this message')
    }
    expect(mail.html).toContain('Bob &lt;b&gt;&quot;Ace&quot;&lt;/b&gt; &amp; Co')
    expect(mail.html).not.toContain('<b>')
    expect(catcher.lastCodeFor('BOB@example.com')).toBe('042817')
    expect(mail.authUser).toBeUndefined()
  })

  it('keeps non-ASCII names intact', async () => {
    const notifier = createNotifier(config(smtpEnv()), fakeLogger().logger)
    await notifier.sendActivationCode({ ...member, name: 'سارة Müller' }, '314159', 600)
    const mail = catcher.messages.at(-1)!
    expect(mail.text).toContain('Hello سارة Müller,')
    expect(mail.html).toContain('سارة Müller')
    expect(mail.raw).toContain('314159')
  })

  it('sends the inactive-account notice without any code', async () => {
    const notifier = createNotifier(config(smtpEnv()), fakeLogger().logger)
    await notifier.sendInactiveAccountNotice(member)
    const mail = catcher.messages.at(-1)!
    expect(mail.text).toContain('Your account is inactive; please contact reception')
    expect(mail.text).not.toMatch(/\d{6}/)
  })

  it('authenticates only when SENDER_PASSWORD is set', async () => {
    const strict = await startSmtpCatcher({ requireAuth: true, users: { 'gym@spotter.test': 'mail-pass' } })
    try {
      const env = { ...smtpEnv(), SMTP_PORT: String(strict.port) }
      await createNotifier(config({ ...env, SENDER_PASSWORD: 'mail-pass' }), fakeLogger().logger).sendActivationCode(member, '111222', 600)
      expect(strict.messages.at(-1)?.authUser).toBe('gym@spotter.test')
      const { logger, lines } = fakeLogger()
      await sendFailure(createNotifier(config(env), logger).sendActivationCode(member, '333444', 600))
      expect(strict.messages).toHaveLength(1)
      expect(JSON.stringify(lines)).not.toContain('333444')
    } finally {
      await strict.close()
    }
  })

  it('turns a rejected recipient into SEND_FAILED and logs it without code or password', async () => {
    const refusing = await startSmtpCatcher({ failWith: 550 })
    try {
      const { logger, lines } = fakeLogger()
      const env = { ...smtpEnv(), SMTP_PORT: String(refusing.port), SENDER_PASSWORD: 'mail-pass' }
      const error = await sendFailure(createNotifier(config(env), logger).sendActivationCode(member, '555666', 600))
      const warn = lines.find((l) => l.level === 'warn')
      expect(warn?.fields).toMatchObject({ channel: 'email', to: 'b***@example.com' })
      const logged = JSON.stringify(lines) + String((error.cause as Error).message)
      expect(logged).toContain('550')
      for (const secret of ['555666', 'mail-pass', 'bob@example.com']) expect(logged).not.toContain(secret)
    } finally {
      await refusing.close()
    }
  })

  it('fails with SEND_FAILED when the server is unreachable', async () => {
    const gone = await startSmtpCatcher()
    await gone.close()
    const notifier = createNotifier(config({ ...smtpEnv(), SMTP_PORT: String(gone.port) }), fakeLogger().logger)
    await sendFailure(notifier.sendActivationCode(member, '777888', 600))
  })

  it('maps SMTP_STARTTLS and port 465 to the right TLS mode', () => {
    const base = smtpEnv()
    expect(smtpOptions(config({ ...base, SMTP_STARTTLS: 'true', SMTP_PORT: '587' }).email)).toMatchObject({ secure: false, requireTLS: true, ignoreTLS: false })
    expect(smtpOptions(config({ ...base, SMTP_PORT: '25' }).email)).toMatchObject({ secure: false, requireTLS: false, ignoreTLS: true })
    expect(smtpOptions(config({ ...base, SMTP_PORT: '465' }).email)).toMatchObject({ secure: true })
    expect(smtpOptions(config(base).email).auth).toBeUndefined()
  })
})

describe('SMS through Twilio', () => {
  let twilio: TwilioFake
  beforeAll(async () => { twilio = await startTwilioFake({ credentials: { sid: SID, token: TOKEN } }) })
  afterAll(async () => { await twilio.close() })
  const smsEnv = (extra: Record<string, string> = {}) => ({
    SMS_PROVIDER: 'twilio', TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: TOKEN,
    TWILIO_PHONE_NUMBER: '+15005550006', SMS_API_URL: twilio.url, SMS_TIMEOUT_MS: '300', ...extra,
  })

  it('posts From, To and Body with basic auth', async () => {
    twilio.setStatus(201)
    await createNotifier(config(smsEnv()), fakeLogger().logger).sendActivationCode(phone, '908172', 600)
    expect(twilio.messages.at(-1)).toEqual({
      sid: SID, authUser: SID, authPassword: TOKEN, From: '+15005550006', To: '+201234567890',
      Body: 'Your gym app activation code is: 908172. Valid for 10 minutes.',
    })
    expect(twilio.lastCodeFor('+201234567890')).toBe('908172')
  })

  it('treats any answer but 201 as SEND_FAILED, without leaking code or token', async () => {
    twilio.setStatus(400)
    const { logger, lines } = fakeLogger()
    const error = await sendFailure(createNotifier(config(smsEnv()), logger).sendActivationCode(phone, '246810', 600))
    twilio.setStatus(201)
    const logged = JSON.stringify(lines) + error.message + String((error.cause as Error).message)
    expect(logged).toContain('400')
    expect(lines.find((l) => l.level === 'warn')?.fields).toMatchObject({ channel: 'sms', to: '+20*******890' })
    for (const secret of ['246810', TOKEN, '+201234567890']) expect(logged).not.toContain(secret)
  })

  it('fails on wrong credentials', async () => {
    const notifier = createNotifier(config(smsEnv({ TWILIO_AUTH_TOKEN: 'wrong-token' })), fakeLogger().logger)
    await sendFailure(notifier.sendActivationCode(phone, '135791', 600))
  })

  it('gives up on a slow provider after SMS_TIMEOUT_MS', async () => {
    const slow = await startTwilioFake({ delayMs: 2_000 })
    try {
      const notifier = createNotifier(config(smsEnv({ SMS_API_URL: slow.url, SMS_TIMEOUT_MS: '150' })), fakeLogger().logger)
      const started = Date.now()
      await sendFailure(notifier.sendActivationCode(phone, '864209', 600))
      expect(Date.now() - started).toBeLessThan(1_500)
    } finally {
      await slow.close()
    }
  })
})

describe('console providers', () => {
  it.each(['development', 'test', 'production'] as const)('log the code only in development (%s)', async (nodeEnv) => {
    const { logger, lines } = fakeLogger()
    const notifier = createNotifier(config({ NODE_ENV: nodeEnv }), logger)
    await notifier.sendActivationCode(phone, '192837', 600)
    await notifier.sendActivationCode(member, '192837', 600)
    await notifier.sendInactiveAccountNotice(member)
    expect(lines.map((l) => (l.fields as { to: string }).to)).toEqual(['+20*******890', 'b***@example.com', 'b***@example.com'])
    expect(JSON.stringify(lines).includes('192837')).toBe(nodeEnv === 'development')
    expect(JSON.stringify(lines)).not.toMatch(/\+201234567890|bob@example\.com/)
  })
})

describe('helpers', () => {
  it('masks addresses', () => {
    expect(maskAddress('+201234567890')).toBe('+20*******890')
    expect(maskAddress('alice@example.com')).toBe('a***@example.com')
    expect(maskAddress('12345')).toBe('*****')
  })

  it('states the lifetime in minutes', () => {
    expect(formatLifetime(600)).toBe('10 minutes')
    expect(formatLifetime(60)).toBe('1 minute')
    expect(formatLifetime(30)).toBe('30 seconds')
  })
})
