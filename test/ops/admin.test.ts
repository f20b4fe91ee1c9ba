// `npm run admin` commands, through the functions the command line calls, on both databases; each
// leaves an audit row by "system" (actor_id null).
import { afterEach, describe, expect, it } from 'vitest'
import { AdminError, endSessions, listSessions, resetStaffPassword, rotateQrKey, unlockLogin } from '../../src/modules/ops/admin.service.ts'
import { runRetention } from '../../src/modules/ops/retention.ts'
import { createQrPassService } from '../../src/modules/qr/qr-token.ts'
import { loadSigningKey } from '../../src/modules/qr/qr-keys.ts'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createCustomer, createStaff, signInMember, STAFF_PASSWORD, staffToken } from '../support/factories.ts'
import { closeAppAfterEach, door } from '../staff/support/door-world.ts'

const login = (t: TestApp, username: string, password: string) => call(t.app, 'POST', '/api/auth/login', { body: { username, password } })
const systemAudit = (t: TestApp, action: string) =>
  t.db.selectFrom('audit_log').selectAll().where('action', '=', action).where('actor_role', '=', 'system').execute()

describe('npm run admin', () => {
  let t: TestApp
  afterEach(async () => t?.close())
  closeAppAfterEach()
  const deps = () => ({ db: t.db, config: t.config, clock: t.clock })

  describe('reset-password', () => {
    it('gives the only owner a generated password that signs in, ends their sessions and is audited as system', async () => {
      t = await createTestApp()
      const owner = await createStaff(t.db, 'owner', null, { username: 'boss' })
      const token = await staffToken(t.app, 'boss')
      const result = await resetStaffPassword(deps(), 'BOSS')
      expect(result).toMatchObject({ username: 'boss', role: 'owner', sessions_ended: 1 })
      expect(result.password).toMatch(/^[0-9A-HJKMNP-TV-Z]{24}$/)
      expect((await call(t.app, 'GET', '/api/auth/me', { token })).statusCode).toBe(401)
      expect((await login(t, 'boss', STAFF_PASSWORD)).statusCode).toBe(401)
      const signedIn = await login(t, 'boss', result.password!)
      expect(signedIn.statusCode).toBe(200)
      const trail = await call(t.app, 'GET', '/api/audit?entity_type=staff_user', { token: signedIn.json().data.access_token })
      expect(trail.json().data.items).toMatchObject([{ action: 'staff_user.reset_password', actor_id: null, actor_role: 'system', entity_id: owner.id }])
      const audit = await systemAudit(t, 'staff_user.reset_password')
      expect(audit).toMatchObject([{ actor_id: null, entity_type: 'staff_user', entity_id: owner.id }])
      expect(audit[0]!.changes).not.toContain(result.password!)
    })

    it('takes a chosen password (read from stdin by the command), refuses a short one and an unknown account', async () => {
      t = await createTestApp()
      await createStaff(t.db, 'front_desk', null, { username: 'desk' })
      expect((await resetStaffPassword(deps(), 'desk', 'chosen-password-1')).password).toBeUndefined()
      expect((await login(t, 'desk', 'chosen-password-1')).statusCode).toBe(200)
      await expect(resetStaffPassword(deps(), 'desk', 'short')).rejects.toThrow(AdminError)
      await expect(resetStaffPassword(deps(), 'nobody')).rejects.toThrow('no staff account named "nobody"')
      expect(await systemAudit(t, 'staff_user.reset_password')).toHaveLength(1)
    })
  })

  it('unlock-login lets a locked-out username sign in again at once, audited', async () => {
    t = await createTestApp()
    const desk = await createStaff(t.db, 'front_desk', null)
    for (let i = 0; i < 5; i++) expect((await login(t, desk.username, 'wrong-password')).statusCode).toBe(401)
    expect((await login(t, desk.username, STAFF_PASSWORD)).statusCode).toBe(429)
    expect(await unlockLogin(deps(), desk.username.toUpperCase())).toEqual({ username: desk.username, known: true })
    expect((await login(t, desk.username, STAFF_PASSWORD)).statusCode).toBe(200)
    expect(await systemAudit(t, 'staff_user.unlock_login')).toMatchObject([{ actor_id: null, entity_id: desk.id }])
  })

  it("sessions and end-sessions list and end a member's sessions (one, then all), audited", async () => {
    t = await createTestApp()
    const member = await createCustomer(t.db, { phone: '+201234567890', email: 'ahmed@example.com' })
    const phone = await signInMember(t.app, t.notifier, '+201234567890')
    t.clock.advance(60_000)
    const email = await signInMember(t.app, t.notifier, 'ahmed@example.com')
    const listed = await listSessions(deps(), { member: 'ahmed@example.com' })
    expect(listed.sessions).toHaveLength(2)
    expect((await listSessions(deps(), { member: String(member.id) })).sessions).toHaveLength(2)

    const first = listed.sessions[1]!.id
    expect((await endSessions(deps(), { member: '+201234567890' }, first)).sessions_ended).toBe(1)
    expect((await call(t.app, 'GET', '/api/clients/profile', { token: phone.accessToken })).statusCode).toBe(401)
    expect((await call(t.app, 'GET', '/api/clients/profile', { token: email.accessToken })).statusCode).toBe(200)

    const other = await createCustomer(t.db)
    await expect(endSessions(deps(), { member: String(other.id) }, listed.sessions[0]!.id)).rejects.toThrow(AdminError)
    expect((await endSessions(deps(), { member: String(member.id) })).sessions_ended).toBe(1)
    expect((await call(t.app, 'GET', '/api/clients/profile', { token: email.accessToken })).statusCode).toBe(401)
    expect((await listSessions(deps(), { member: String(member.id) })).sessions).toHaveLength(0)
    expect(await systemAudit(t, 'customer.end_sessions')).toMatchObject([
      { actor_id: null, entity_id: member.id }, { actor_id: null, entity_id: member.id },
    ])
    await expect(listSessions(deps(), { member: 'not-an-identifier' })).rejects.toThrow(AdminError)
  })

  it("end-sessions ends a staff member's sessions", async () => {
    t = await createTestApp()
    const manager = await createStaff(t.db, 'branch_manager', null)
    const token = await staffToken(t.app, manager.username)
    expect((await listSessions(deps(), { staff: manager.username })).sessions).toHaveLength(1)
    expect((await endSessions(deps(), { staff: manager.username })).sessions_ended).toBe(1)
    expect((await call(t.app, 'GET', '/api/auth/me', { token })).statusCode).toBe(401)
    expect(await systemAudit(t, 'staff_user.end_sessions')).toMatchObject([{ entity_id: manager.id }])
  })

  it('rotate-qr-key: a restarted instance signs with the new key and still admits a pass signed with the old one, for a day', async () => {
    const d = await door()
    t = d.t
    const member = await d.member({ type: 'coins', count: 5 })
    const oldPass = (await d.qr.issue(member.customer.id)).token
    const rotated = await rotateQrKey({ db: d.t.db, config: d.t.config, clock: d.t.clock })
    expect(rotated.retired).toHaveLength(1)
    expect(rotated.current).not.toBe(rotated.retired[0])

    const restarted = await d.t.secondInstance()
    const kids = (await call(restarted, 'GET', '/api/entries/qr-keys')).json().keys.map((k: { kid: string }) => k.kid)
    expect(kids.sort()).toEqual([rotated.current, rotated.retired[0]].sort())
    const scan = (token: string) => call(restarted, 'POST', '/api/entries/check-in', { token: d.token, body: { qr_token: token } })
    expect((await scan(oldPass)).json().data).toMatchObject({ allowed: true, reason: 'OK' })
    const ring = await loadSigningKey({ db: d.t.db, config: d.t.config, clock: d.t.clock })
    expect(ring.current.kid).toBe(rotated.current)
    const newPass = (await createQrPassService({ ring, config: d.t.config, clock: d.t.clock }).issue(member.customer.id)).token
    expect((await scan(newPass)).json().data).toMatchObject({ allowed: true, reason: 'OK' })
    expect(await systemAudit(d.t, 'signing_key.rotate')).toHaveLength(1)

    d.t.clock.advance(86_400_000)
    const dayLater = await d.t.secondInstance()
    const later = (await call(dayLater, 'GET', '/api/entries/qr-keys')).json().keys.map((k: { kid: string }) => k.kid)
    expect(later).toEqual([rotated.current])
  })

  it('retention deletes old codes, long-ended sessions with their tokens and stale sign-in throttle counters, and nothing else', async () => {
    t = await createTestApp()
    const member = await createCustomer(t.db, { phone: '+201234567890' })
    const old = await signInMember(t.app, t.notifier, '+201234567890')
    await call(t.app, 'POST', '/api/clients/logout', { token: old.accessToken })
    await login(t, 'someone', 'wrong-password')
    t.clock.advance(31 * 86_400_000)
    const fresh = await signInMember(t.app, t.notifier, '+201234567890')
    const count = async (table: 'activation_codes' | 'auth_sessions' | 'refresh_tokens' | 'login_throttle' | 'customers') =>
      Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
    expect([await count('activation_codes'), await count('auth_sessions'), await count('login_throttle')]).toEqual([2, 2, 2])

    const deleted = await runRetention({ db: t.db, clock: t.clock })
    expect(deleted).toEqual({ activation_codes: 1, auth_sessions: 1, refresh_tokens: 1, login_throttle: 2 })
    expect([await count('activation_codes'), await count('auth_sessions'), await count('refresh_tokens'), await count('customers')]).toEqual([1, 1, 1, 1])
    expect((await call(t.app, 'GET', '/api/clients/profile', { token: fresh.accessToken })).json().data.id).toBe(member.id)
    expect(await systemAudit(t, 'retention.run')).toHaveLength(1)
    expect(await runRetention({ db: t.db, clock: t.clock })).toEqual({ activation_codes: 0, auth_sessions: 0, refresh_tokens: 0, login_throttle: 0 })
  })
})
