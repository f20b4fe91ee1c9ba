// Staff sign-in throttling (src/modules/staff/login-throttle.ts): per username and source with
// exponential back-off, a per-username ceiling that only slows, failures counted after the
// password check, and unlockLogin as the recovery path.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LOGIN_THROTTLE, unlockLogin } from '../../src/modules/staff/login-throttle.ts'
import { createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createStaff, STAFF_PASSWORD } from '../support/factories.ts'

describe('staff login throttle', () => {
  let t: TestApp
  beforeEach(async () => {
    // The per-IP request limit is tested elsewhere; here it must not be the one answering 429.
    t = await createTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '100000' } })
  })
  afterEach(async () => t.close())

  const login = (username: string, password: string, ip = '203.0.113.1', app = t.app) =>
    app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: ip, payload: { username, password } })
  const counters = () => t.db.selectFrom('login_throttle').selectAll().execute()

  it('a stranger who fails 5 times waits 30 s from their address; the owner signs in from another at once', async () => {
    const owner = await createStaff(t.db, 'owner', null, { username: 'boss' })
    for (let i = 0; i < 5; i++) {
      const res = await login('boss', 'wrong-password', '198.51.100.9')
      expect(res.statusCode).toBe(401)
      expect(res.json()).toMatchObject({ code: 'INVALID_CREDENTIALS' })
    }
    const stranger = await login('boss', STAFF_PASSWORD, '198.51.100.9')
    expect(stranger.statusCode).toBe(429)
    expect(stranger.json()).toMatchObject({ status: 'error', code: 'RATE_LIMIT_EXCEEDED' })
    expect(stranger.headers['retry-after']).toBe('30')
    const mine = await login('boss', STAFF_PASSWORD, '203.0.113.1')
    expect(mine.statusCode).toBe(200)
    expect(mine.json().data.user.id).toBe(owner.id)
  })

  it('the wait doubles with each further failure up to 15 minutes, and a refused attempt is not counted', async () => {
    await createStaff(t.db, 'owner', null, { username: 'boss' })
    for (let i = 0; i < 5; i++) await login('boss', 'wrong-password')
    const waits: number[] = []
    for (let i = 0; i < 7; i++) {
      const refused = await login('boss', 'wrong-password')
      expect(refused.statusCode).toBe(429)
      const wait = Number(refused.headers['retry-after'])
      waits.push(wait)
      t.clock.advance(wait)
      expect((await login('boss', 'wrong-password')).statusCode).toBe(401)
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 900, 900])
    const pair = (await counters()).find((c) => c.source !== '*')!
    expect(pair.failures).toBe(12)
  })

  it('the right password after the wait signs in and clears that address\'s counter', async () => {
    await createStaff(t.db, 'owner', null, { username: 'boss' })
    for (let i = 0; i < 5; i++) await login('boss', 'wrong-password')
    t.clock.advance(30)
    expect((await login('BOSS', STAFF_PASSWORD)).statusCode).toBe(200)
    for (let i = 0; i < 4; i++) expect((await login('boss', 'wrong-password')).statusCode).toBe(401)
    expect((await login('boss', STAFF_PASSWORD)).statusCode).toBe(200)
  })

  it('simultaneous correct sign-ins to one account all succeed', async () => {
    await createStaff(t.db, 'owner', null, { username: 'boss' })
    const answers = await Promise.all(Array.from({ length: 12 }, () => login('boss', STAFF_PASSWORD)))
    expect(answers.map((r) => r.statusCode)).toEqual(Array(12).fill(200))
    expect((await counters()).every((c) => c.failures === 0)).toBe(true)
  })

  it('past the per-username ceiling new addresses are slowed (at most a minute), known good addresses are not', async () => {
    await createStaff(t.db, 'owner', null, { username: 'boss' })
    expect((await login('boss', STAFF_PASSWORD, '203.0.113.1')).statusCode).toBe(200)
    for (let i = 0; i < LOGIN_THROTTLE.NAME_FREE_FAILURES; i++) {
      expect((await login('boss', 'wrong-password', `10.0.${i >> 8}.${i & 255}`)).statusCode).toBe(401)
    }
    const fresh = await login('boss', STAFF_PASSWORD, '192.0.2.77')
    expect(fresh.statusCode).toBe(429)
    expect(Number(fresh.headers['retry-after'])).toBeLessThanOrEqual(LOGIN_THROTTLE.NAME_MAX_DELAY)
    expect((await login('boss', STAFF_PASSWORD, '203.0.113.1')).statusCode).toBe(200)
    t.clock.advance(LOGIN_THROTTLE.NAME_MAX_DELAY)
    expect((await login('boss', STAFF_PASSWORD, '192.0.2.77')).statusCode).toBe(200)
  })

  it('unknown usernames are counted the same way, and names and addresses are stored only as hashes', async () => {
    for (let i = 0; i < 5; i++) expect((await login('Ghost', 'whatever-1')).statusCode).toBe(401)
    const res = await login('ghost', 'whatever-1')
    expect(res.statusCode).toBe(429)
    expect(res.headers['retry-after']).toBe('30')
    const rows = await counters()
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      expect(row.subject_key).toMatch(/^[0-9a-f]{64}$/)
      expect(row.source === '*' || /^[0-9a-f]{64}$/.test(row.source)).toBe(true)
    }
  })

  it('one slowed account does not slow another', async () => {
    await createStaff(t.db, 'owner', null, { username: 'boss' })
    const branch = await createBranch(t.db)
    await createStaff(t.db, 'front_desk', branch.id, { username: 'desk' })
    for (let i = 0; i < 5; i++) await login('boss', 'wrong-password')
    expect((await login('boss', STAFF_PASSWORD)).statusCode).toBe(429)
    expect((await login('desk', STAFF_PASSWORD)).statusCode).toBe(200)
  })

  it('the counters are kept in the database, so they hold across instances', async () => {
    await createStaff(t.db, 'owner', null, { username: 'boss' })
    const second = await t.secondInstance()
    for (let i = 0; i < 5; i++) expect((await login('boss', 'wrong-password', '203.0.113.1', i % 2 ? second : t.app)).statusCode).toBe(401)
    expect((await login('boss', STAFF_PASSWORD, '203.0.113.1', second)).statusCode).toBe(429)
    expect((await login('boss', STAFF_PASSWORD, '203.0.113.1', t.app)).statusCode).toBe(429)
  })

  it('a counter is forgotten a day after its last failure', async () => {
    await createStaff(t.db, 'owner', null, { username: 'boss' })
    for (let i = 0; i < 4; i++) await login('boss', 'wrong-password')
    t.clock.advance(LOGIN_THROTTLE.PAIR_FORGET_AFTER + 1)
    for (let i = 0; i < 4; i++) expect((await login('boss', 'wrong-password')).statusCode).toBe(401)
    expect((await login('boss', STAFF_PASSWORD)).statusCode).toBe(200)
  })

  it('unlockLogin clears every counter of the username, whatever the case it is given in', async () => {
    await createStaff(t.db, 'owner', null, { username: 'boss' })
    for (let i = 0; i < 10; i++) await login('boss', 'wrong-password', `198.51.100.${i % 2}`)
    expect((await login('boss', STAFF_PASSWORD, '198.51.100.0')).statusCode).toBe(429)
    expect(await unlockLogin(t.db, t.config, 'staff', ' BOSS ')).toBe(3)
    expect((await login('boss', STAFF_PASSWORD, '198.51.100.0')).statusCode).toBe(200)
    expect((await login('boss', 'wrong-password', '198.51.100.1')).statusCode).toBe(401)
    expect(await unlockLogin(t.db, t.config, 'member', 'boss')).toBe(0)
  })
})
