// Start-up: the owner account made from OWNER_USERNAME / OWNER_PASSWORD on the first start only,
// and the per-IP limit on staff sign-in (AUTH_RATE_LIMIT_PER_MINUTE).
import pino from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/app.ts'
import { ManualClock } from '../../src/lib/clock.ts'
import { verifyPassword } from '../../src/lib/passwords.ts'
import { createTestApp, testConfig, type TestApp } from '../support/app.ts'
import { createBranch, createStaff, STAFF_PASSWORD } from '../support/factories.ts'
import { MemoryNotifier } from '../support/memory-notifier.ts'

describe('start-up and sign-in limits', () => {
  let t: TestApp | undefined
  afterEach(async () => {
    await t?.close()
    t = undefined
  })

  const login = (app: TestApp['app'], username: string, password: string, ip = '203.0.113.7') =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: ip })
  const staffRows = () => t!.db.selectFrom('staff_users').selectAll().execute()
  /** The service started again over the same database, with other settings. */
  const restart = (env: Record<string, string>) =>
    buildApp(testConfig(env), { clock: new ManualClock(), database: t!.database.open(), notifier: new MemoryNotifier(), logger: pino({ level: 'silent' }) })

  it('on the first start with no staff, an owner is created from OWNER_USERNAME / OWNER_PASSWORD and can sign in', async () => {
    t = await createTestApp({ env: { OWNER_USERNAME: 'Boss', OWNER_PASSWORD: 'a-long-owner-password' } })
    const rows = await staffRows()
    expect(rows).toMatchObject([{ username: 'boss', role: 'owner', branch_id: null, is_active: true }])
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/)
    expect(await verifyPassword(rows[0]!.password_hash, 'a-long-owner-password')).toBe(true)
    const res = await login(t.app, 'boss', 'a-long-owner-password')
    expect(res.statusCode).toBe(200)
    expect(res.json().data.user).toMatchObject({ username: 'boss', role: 'owner' })
  })

  it('on later starts nothing is created or changed, even with other values, and after the owner was renamed', async () => {
    t = await createTestApp({ env: { OWNER_USERNAME: 'boss', OWNER_PASSWORD: 'a-long-owner-password' } })
    const [owner] = await staffRows()
    const again = await restart({ OWNER_USERNAME: 'boss', OWNER_PASSWORD: 'another-long-password' })
    await t.db.updateTable('staff_users').set({ username: 'chief' }).where('id', '=', owner!.id).execute()
    const third = await restart({ OWNER_USERNAME: 'boss', OWNER_PASSWORD: 'a-long-owner-password' })
    await Promise.all([again.close(), third.close()])
    expect(await staffRows()).toEqual([{ ...owner, username: 'chief' }])
    expect((await login(t.app, 'chief', 'a-long-owner-password')).statusCode).toBe(200)
    expect((await login(t.app, 'boss', 'a-long-owner-password')).statusCode).toBe(401)
  })

  it('a database that already has staff gets no owner from the environment', async () => {
    t = await createTestApp()
    const desk = await createStaff(t.db, 'front_desk', (await createBranch(t.db)).id)
    await (await restart({ OWNER_USERNAME: 'boss', OWNER_PASSWORD: 'a-long-owner-password' })).close()
    expect((await staffRows()).map((r) => r.username)).toEqual([desk.username])
  })

  it('AUTH_RATE_LIMIT_PER_MINUTE limits staff sign-ins per IP, right or wrong: the next answers 429 with Retry-After; another IP goes on', async () => {
    t = await createTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '3' } })
    const desk = await createStaff(t.db, 'front_desk', (await createBranch(t.db)).id)
    expect((await login(t.app, desk.username, 'wrong-password-1')).statusCode).toBe(401)
    expect((await login(t.app, 'nobody-here', 'wrong-password-2')).statusCode).toBe(401)
    expect((await login(t.app, desk.username, STAFF_PASSWORD)).statusCode).toBe(200)
    const failures = await t.db.selectFrom('login_throttle').selectAll().execute()
    const limited = await login(t.app, desk.username, 'wrong-password-3')
    expect(limited.statusCode).toBe(429)
    expect(limited.json()).toMatchObject({ status: 'error', code: 'RATE_LIMIT_EXCEEDED' })
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
    // Refused before the password is checked: the refusal is not counted against the account.
    expect(await t.db.selectFrom('login_throttle').selectAll().execute()).toEqual(failures)
    expect((await login(t.app, desk.username, STAFF_PASSWORD, '198.51.100.9')).statusCode).toBe(200)
  })
})
