// Nothing secret reaches a log outside development: not the activation code, not a token, not
// the Authorization header — even at the most verbose level.
import { Writable } from 'node:stream'
import pino from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { buildApp, loggerOptions } from '../../src/app.ts'
import { ManualClock } from '../../src/lib/clock.ts'
import { createNotifier } from '../../src/modules/notifications/notifier.ts'
import { call, testConfig } from '../support/app.ts'
import { createTestDatabase, type TestDatabase } from '../support/database.ts'
import { createCustomer, createStaff, STAFF_PASSWORD, staffToken } from '../support/factories.ts'
import { startTwilioFake } from '../support/twilio-fake.ts'

describe('logs', () => {
  let database: TestDatabase
  afterEach(async () => database.drop())

  for (const nodeEnv of ['test', 'production']) {
    it(`when NODE_ENV=${nodeEnv}, a whole sign-in at trace level logs no code, token or auth header`, async () => {
      const lines: string[] = []
      const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done() } })
      const twilio = await startTwilioFake()
      const env = {
        NODE_ENV: nodeEnv, LOG_LEVEL: 'trace', SMS_PROVIDER: 'twilio', SMS_API_URL: twilio.url,
        TWILIO_ACCOUNT_SID: 'AC123', TWILIO_AUTH_TOKEN: 'twilio-secret-token', TWILIO_PHONE_NUMBER: '+15550000000',
      }
      const config = testConfig(env)
      const logger = pino({ ...loggerOptions(config), level: 'trace' }, sink)
      database = await createTestDatabase()
      const app = await buildApp(config, { clock: new ManualClock(), database: database.handle, notifier: createNotifier(config, logger), logger })
      try {
        const member = await createCustomer(database.handle.db, { phone: '+201234567890' })
        expect((await call(app, 'POST', '/api/clients/request-activation', { body: { identifier: member.phone } })).statusCode).toBe(200)
        const code = twilio.lastCodeFor(member.phone)!
        expect(code).toMatch(/^\d{6}$/)
        const verified = await call(app, 'POST', '/api/clients/verify-activation', { body: { identifier: member.phone, activation_code: code } })
        expect(verified.statusCode).toBe(200)
        const { access_token: access, refresh_token: refresh } = verified.json().data
        await call(app, 'GET', '/api/clients/profile', { token: access })
        await call(app, 'POST', '/api/clients/refresh', { body: { refresh_token: refresh } })
        const desk = await createStaff(database.handle.db, 'front_desk', null)
        const staffAccess = await staffToken(app, desk.username)
        await call(app, 'GET', '/api/auth/me', { token: staffAccess })

        const log = lines.join('')
        expect(log.length).toBeGreaterThan(0)
        for (const secret of [code, access, refresh, staffAccess, STAFF_PASSWORD, 'twilio-secret-token', `Bearer ${access}`]) expect(log).not.toContain(secret)
        // Neither the phone number in full (stored +201234567890) nor its national form.
        for (const phone of [member.phone, member.phone.slice(-10)]) expect(log).not.toContain(phone)

        // One JSON line per request, with its id, route pattern, status, duration and who asked.
        const requests = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'request completed')
        expect(requests.map((l) => [l.route, l.status])).toEqual([
          ['/api/clients/request-activation', 200], ['/api/clients/verify-activation', 200],
          ['/api/clients/profile', 200], ['/api/clients/refresh', 200], ['/api/auth/login', 200], ['/api/auth/me', 200],
        ])
        for (const l of requests) {
          expect(l.reqId).toMatch(/^[0-9a-f-]{36}$/)
          expect(typeof l.duration_ms).toBe('number')
          expect(l.method).toBe(['/api/clients/profile', '/api/auth/me'].includes(l.route) ? 'GET' : 'POST')
          expect(l.url).toBeUndefined()
        }
        expect(requests[2].member_id).toBe(member.id)
        expect(requests[0].member_id).toBeUndefined()
        expect(requests[5]).toMatchObject({ staff_id: desk.id })
        expect(requests[5].member_id).toBeUndefined()
      } finally {
        await app.close()
        await twilio.close()
      }
    })
  }
})
