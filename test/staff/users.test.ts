import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyPassword } from '../../src/lib/passwords.ts'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createStaff, STAFF_PASSWORD, staffToken } from '../support/factories.ts'

describe('/api/users', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  /** Two branches, an owner, a manager of A and front-desk staff in A and B, with tokens for the first two. */
  async function world() {
    const a = await createBranch(t.db, { name: 'Branch A' })
    const b = await createBranch(t.db, { name: 'Branch B' })
    const owner = await createStaff(t.db, 'owner', null)
    const managerA = await createStaff(t.db, 'branch_manager', a.id)
    const deskA = await createStaff(t.db, 'front_desk', a.id)
    const deskB = await createStaff(t.db, 'front_desk', b.id)
    return { a, b, owner, managerA, deskA, deskB, ownerToken: await staffToken(t.app, owner.username), managerToken: await staffToken(t.app, managerA.username) }
  }

  const staffRow = (id: number) => t.db.selectFrom('staff_users').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
  const count = async (table: 'staff_users' | 'audit_log' | 'auth_sessions') =>
    Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
  const auditFor = (id: number) => t.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'staff_user').where('entity_id', '=', id).orderBy('id').execute()

  describe('create', () => {
    it('when the owner creates a front-desk account, it is stored lower-case with an argon2 hash, audited, and can sign in', async () => {
      const w = await world()
      const res = await call(t.app, 'POST', '/api/users', {
        token: w.ownerToken,
        body: { username: 'Sara.Desk', password: 's3cret-pass', full_name: ' Sara Ali ', role: 'front_desk', branch_id: w.a.id, email: 'Sara@Example.com', phone: '+20 100 123 4567' },
      })
      expect(res.statusCode).toBe(201)
      const data = res.json().data
      expect(data).toMatchObject({ username: 'sara.desk', full_name: 'Sara Ali', role: 'front_desk', branch_id: w.a.id, email: 'sara@example.com', phone: '+201001234567', is_active: true, created_at: '2026-02-11T09:30:00Z' })
      expect(res.body).not.toContain('password')
      const row = await staffRow(data.id)
      expect(row.password_hash).toMatch(/^\$argon2id\$/)
      expect(await verifyPassword(row.password_hash, 's3cret-pass')).toBe(true)
      const audit = await auditFor(data.id)
      expect(audit).toHaveLength(1)
      expect(audit[0]).toMatchObject({ action: 'staff_user.create', actor_id: w.owner.id, branch_id: w.a.id })
      expect(audit[0]!.changes).not.toContain('argon2')
      const login = await call(t.app, 'POST', '/api/auth/login', { body: { username: 'SARA.DESK', password: 's3cret-pass' } })
      expect(login.statusCode).toBe(200)
    })

    it('when a manager leaves out branch_id, the new account goes to the manager\'s branch', async () => {
      const w = await world()
      const res = await call(t.app, 'POST', '/api/users', { token: w.managerToken, body: { username: 'trainer1', password: 'long-enough', full_name: 'Coach', role: 'trainer' } })
      expect(res.statusCode).toBe(201)
      expect((await staffRow(res.json().data.id)).branch_id).toBe(w.a.id)
    })

    it('when a manager names another branch, the answer is 404 and nothing is written', async () => {
      const w = await world()
      const before = await count('staff_users')
      const res = await call(t.app, 'POST', '/api/users', { token: w.managerToken, body: { username: 'trainer2', password: 'long-enough', full_name: 'Coach', role: 'trainer', branch_id: w.b.id } })
      expect(res.statusCode).toBe(404)
      expect(res.json()).toMatchObject({ status: 'error', code: 'NOT_FOUND' })
      expect(await count('staff_users')).toBe(before)
    })

    it.each(['branch_manager', 'owner', 'central_accountant'])('when a manager tries to create a %s, the answer is 403 FORBIDDEN and nothing is written', async (role) => {
      const w = await world()
      const before = await count('staff_users')
      const res = await call(t.app, 'POST', '/api/users', { token: w.managerToken, body: { username: `new-${role}`, password: 'long-enough', full_name: 'X', role } })
      expect(res.statusCode).toBe(403)
      expect(res.json()).toMatchObject({ status: 'error', code: 'FORBIDDEN' })
      expect(await count('staff_users')).toBe(before)
      expect(await count('audit_log')).toBe(0)
    })

    it('when the owner tries to create another owner, the answer is 403 FORBIDDEN', async () => {
      const w = await world()
      const res = await call(t.app, 'POST', '/api/users', { token: w.ownerToken, body: { username: 'owner2', password: 'long-enough', full_name: 'X', role: 'owner' } })
      expect(res.statusCode).toBe(403)
    })

    it('when the username is taken in another letter case, the answer is 409 DUPLICATE naming username', async () => {
      const w = await world()
      await createStaff(t.db, 'trainer', w.a.id, { username: 'coach' })
      const before = await count('staff_users')
      const res = await call(t.app, 'POST', '/api/users', { token: w.ownerToken, body: { username: 'COACH', password: 'long-enough', full_name: 'X', role: 'trainer', branch_id: w.a.id } })
      expect(res.statusCode).toBe(409)
      expect(res.json()).toMatchObject({ status: 'error', code: 'DUPLICATE', field: 'username' })
      expect(await count('staff_users')).toBe(before)
      expect(await count('audit_log')).toBe(0)
    })

    it('a branch role needs a branch, an all-branch role takes none, and an inactive branch takes no one', async () => {
      const w = await world()
      const closed = await createBranch(t.db, { name: 'Closed', is_active: false })
      const before = await count('staff_users')
      const noBranch = await call(t.app, 'POST', '/api/users', { token: w.ownerToken, body: { username: 'acc1', password: 'long-enough', full_name: 'X', role: 'accountant' } })
      expect(noBranch.statusCode).toBe(400)
      expect(noBranch.json()).toMatchObject({ code: 'VALIDATION_ERROR', errors: [{ field: 'branch_id' }] })
      const central = await call(t.app, 'POST', '/api/users', { token: w.ownerToken, body: { username: 'acc2', password: 'long-enough', full_name: 'X', role: 'central_accountant', branch_id: w.a.id } })
      expect(central.statusCode).toBe(400)
      expect(central.json()).toMatchObject({ code: 'VALIDATION_ERROR', errors: [{ field: 'branch_id' }] })
      const inactive = await call(t.app, 'POST', '/api/users', { token: w.ownerToken, body: { username: 'acc3', password: 'long-enough', full_name: 'X', role: 'accountant', branch_id: closed.id } })
      expect(inactive.statusCode).toBe(422)
      expect(inactive.json()).toMatchObject({ code: 'BUSINESS_RULE' })
      const missing = await call(t.app, 'POST', '/api/users', { token: w.ownerToken, body: { username: 'acc4', password: 'long-enough', full_name: 'X', role: 'accountant', branch_id: 99_999 } })
      expect(missing.statusCode).toBe(404)
      expect(await count('staff_users')).toBe(before)
      const ok = await call(t.app, 'POST', '/api/users', { token: w.ownerToken, body: { username: 'acc5', password: 'long-enough', full_name: 'X', role: 'central_accountant' } })
      expect(ok.statusCode).toBe(201)
      expect((await staffRow(ok.json().data.id)).branch_id).toBeNull()
    })
  })

  describe('read and list', () => {
    it('front desk cannot list users: 403 FORBIDDEN', async () => {
      const w = await world()
      const res = await call(t.app, 'GET', '/api/users', { token: await staffToken(t.app, w.deskA.username) })
      expect(res.statusCode).toBe(403)
      expect(res.json()).toMatchObject({ status: 'error', code: 'FORBIDDEN' })
    })

    it('the owner lists everyone, filtered by role, branch, state and search, page by page', async () => {
      const w = await world()
      await t.db.updateTable('staff_users').set({ full_name: 'Mona Zaki', is_active: false }).where('id', '=', w.deskB.id).execute()
      const all = await call(t.app, 'GET', '/api/users?per_page=2', { token: w.ownerToken })
      expect(all.statusCode).toBe(200)
      expect(all.json().data).toMatchObject({ total: 4, page: 1, per_page: 2, pages: 2 })
      expect(all.json().data.items.map((u: { id: number }) => u.id)).toEqual([w.owner.id, w.managerA.id])
      expect(all.body).not.toContain('password')
      const desks = await call(t.app, 'GET', '/api/users?role=front_desk', { token: w.ownerToken })
      expect(desks.json().data.items.map((u: { id: number }) => u.id)).toEqual([w.deskA.id, w.deskB.id])
      const inB = await call(t.app, 'GET', `/api/users?branch_id=${w.b.id}`, { token: w.ownerToken })
      expect(inB.json().data.items.map((u: { id: number }) => u.id)).toEqual([w.deskB.id])
      const inactive = await call(t.app, 'GET', '/api/users?is_active=false', { token: w.ownerToken })
      expect(inactive.json().data.items.map((u: { id: number }) => u.id)).toEqual([w.deskB.id])
      const search = await call(t.app, 'GET', '/api/users?search=mona%20Z', { token: w.ownerToken })
      expect(search.json().data.items.map((u: { id: number }) => u.id)).toEqual([w.deskB.id])
      const wildcard = await call(t.app, 'GET', '/api/users?search=%25', { token: w.ownerToken })
      expect(wildcard.json().data.total).toBe(0)
    })

    it('a manager of branch A sees only branch A, and a user of branch B answers 404', async () => {
      const w = await world()
      const list = await call(t.app, 'GET', '/api/users', { token: w.managerToken })
      expect(list.statusCode).toBe(200)
      expect(list.json().data.items.map((u: { id: number }) => u.id)).toEqual([w.managerA.id, w.deskA.id])
      const other = await call(t.app, 'GET', `/api/users?branch_id=${w.b.id}`, { token: w.managerToken })
      expect(other.json().data.total).toBe(0)
      expect((await call(t.app, 'GET', `/api/users/${w.deskB.id}`, { token: w.managerToken })).statusCode).toBe(404)
      expect((await call(t.app, 'GET', `/api/users/${w.owner.id}`, { token: w.managerToken })).statusCode).toBe(404)
      const own = await call(t.app, 'GET', `/api/users/${w.deskA.id}`, { token: w.managerToken })
      expect(own.statusCode).toBe(200)
      expect(own.json().data).toMatchObject({ id: w.deskA.id, username: w.deskA.username, branch_id: w.a.id })
      expect(own.json().data).not.toHaveProperty('password_hash')
    })

    it('an unknown id answers 404 in the envelope', async () => {
      const w = await world()
      const res = await call(t.app, 'GET', '/api/users/99999', { token: w.ownerToken })
      expect(res.statusCode).toBe(404)
      expect(res.json()).toMatchObject({ status: 'error', code: 'NOT_FOUND' })
    })
  })

  describe('update', () => {
    it('when the owner updates name and contact, the row changes and the audit keeps before and after', async () => {
      const w = await world()
      const res = await call(t.app, 'PUT', `/api/users/${w.deskA.id}`, { token: w.ownerToken, body: { full_name: 'Desk Renamed', email: 'desk@example.com', phone: null } })
      expect(res.statusCode).toBe(200)
      expect(res.json().data).toMatchObject({ full_name: 'Desk Renamed', email: 'desk@example.com', role: 'front_desk', branch_id: w.a.id })
      const row = await staffRow(w.deskA.id)
      expect(row).toMatchObject({ full_name: 'Desk Renamed', email: 'desk@example.com', phone: null })
      const [audit] = await auditFor(w.deskA.id)
      expect(audit!.action).toBe('staff_user.update')
      expect(JSON.parse(audit!.changes)).toEqual({
        full_name: { before: 'Test front_desk', after: 'Desk Renamed' },
        email: { before: null, after: 'desk@example.com' },
      })
    })

    it('the owner moves an account to another branch without ending its sessions', async () => {
      const w = await world()
      const deskToken = await staffToken(t.app, w.deskA.username)
      const res = await call(t.app, 'PUT', `/api/users/${w.deskA.id}`, { token: w.ownerToken, body: { branch_id: w.b.id } })
      expect(res.statusCode).toBe(200)
      expect((await staffRow(w.deskA.id)).branch_id).toBe(w.b.id)
      expect((await call(t.app, 'GET', '/api/auth/me', { token: deskToken })).json().data.branch_id).toBe(w.b.id)
    })

    it('a manager cannot manage another manager of the same branch, nor promote someone to manager', async () => {
      const w = await world()
      const peer = await createStaff(t.db, 'branch_manager', w.a.id)
      const onPeer = await call(t.app, 'PUT', `/api/users/${peer.id}`, { token: w.managerToken, body: { full_name: 'Nope' } })
      expect(onPeer.statusCode).toBe(403)
      const promote = await call(t.app, 'PUT', `/api/users/${w.deskA.id}`, { token: w.managerToken, body: { role: 'branch_manager' } })
      expect(promote.statusCode).toBe(403)
      expect(promote.json()).toMatchObject({ code: 'FORBIDDEN' })
      expect((await staffRow(w.deskA.id)).role).toBe('front_desk')
      expect((await staffRow(peer.id)).full_name).toBe('Test branch_manager')
      expect((await call(t.app, 'PUT', `/api/users/${w.deskB.id}`, { token: w.managerToken, body: { full_name: 'Nope' } })).statusCode).toBe(404)
      expect(await count('audit_log')).toBe(0)
    })

    it('when a manager is demoted through the API, their sessions end and their new sign-in cannot reach /api/users', async () => {
      const w = await world()
      const res = await call(t.app, 'PUT', `/api/users/${w.managerA.id}`, { token: w.ownerToken, body: { role: 'front_desk' } })
      expect(res.statusCode).toBe(200)
      expect(res.json().data).toMatchObject({ role: 'front_desk', branch_id: w.a.id })
      const old = await call(t.app, 'GET', '/api/users', { token: w.managerToken })
      expect(old.statusCode).toBe(401)
      expect(old.json()).toMatchObject({ code: 'TOKEN_REVOKED' })
      const sessions = await t.db.selectFrom('auth_sessions').selectAll().where('subject_type', '=', 'staff').where('subject_id', '=', w.managerA.id).execute()
      expect(sessions.every((s) => s.revoked_reason === 'role_changed')).toBe(true)
      const fresh = await call(t.app, 'GET', '/api/users', { token: await staffToken(t.app, w.managerA.username) })
      expect(fresh.statusCode).toBe(403)
    })

    it('the role is read from the database on every request: a demotion made directly there applies to the next request', async () => {
      const w = await world()
      expect((await call(t.app, 'GET', '/api/users', { token: w.managerToken })).statusCode).toBe(200)
      await t.db.updateTable('staff_users').set({ role: 'front_desk' }).where('id', '=', w.managerA.id).execute()
      const res = await call(t.app, 'GET', '/api/users', { token: w.managerToken })
      expect(res.statusCode).toBe(403)
      expect(res.json()).toMatchObject({ code: 'FORBIDDEN' })
    })

    it('promoting to central_accountant drops the branch', async () => {
      const w = await world()
      const acc = await createStaff(t.db, 'accountant', w.a.id)
      const res = await call(t.app, 'PUT', `/api/users/${acc.id}`, { token: w.ownerToken, body: { role: 'central_accountant' } })
      expect(res.statusCode).toBe(200)
      expect(await staffRow(acc.id)).toMatchObject({ role: 'central_accountant', branch_id: null })
    })
  })

  describe('deactivate, activate, reset password', () => {
    it('deactivating ends the account\'s sessions at once; activating lets it sign in again', async () => {
      const w = await world()
      const deskToken = await staffToken(t.app, w.deskA.username)
      expect((await call(t.app, 'GET', '/api/auth/me', { token: deskToken })).statusCode).toBe(200)
      const res = await call(t.app, 'POST', `/api/users/${w.deskA.id}/deactivate`, { token: w.managerToken })
      expect(res.statusCode).toBe(200)
      expect(res.json().data).toMatchObject({ id: w.deskA.id, is_active: false })
      expect((await staffRow(w.deskA.id)).is_active).toBe(false)
      const me = await call(t.app, 'GET', '/api/auth/me', { token: deskToken })
      expect(me.statusCode).toBe(401)
      expect(me.json()).toMatchObject({ status: 'error', code: 'TOKEN_REVOKED' })
      const login = await call(t.app, 'POST', '/api/auth/login', { body: { username: w.deskA.username, password: STAFF_PASSWORD } })
      expect(login.statusCode).toBe(403)
      expect(login.json()).toMatchObject({ code: 'ACCOUNT_INACTIVE' })
      const activated = await call(t.app, 'POST', `/api/users/${w.deskA.id}/activate`, { token: w.managerToken })
      expect(activated.statusCode).toBe(200)
      expect((await staffRow(w.deskA.id)).is_active).toBe(true)
      expect((await auditFor(w.deskA.id)).map((a) => a.action)).toEqual(['staff_user.deactivate', 'staff_user.activate'])
      expect((await call(t.app, 'POST', '/api/auth/login', { body: { username: w.deskA.username, password: STAFF_PASSWORD } })).statusCode).toBe(200)
    })

    it('nobody deactivates themselves: 422 BUSINESS_RULE', async () => {
      const w = await world()
      const res = await call(t.app, 'POST', `/api/users/${w.owner.id}/deactivate`, { token: w.ownerToken })
      expect(res.statusCode).toBe(422)
      expect(res.json()).toMatchObject({ status: 'error', code: 'BUSINESS_RULE' })
      expect((await staffRow(w.owner.id)).is_active).toBe(true)
    })

    it('a manager cannot deactivate a user of another branch (404) or the owner (404)', async () => {
      const w = await world()
      expect((await call(t.app, 'POST', `/api/users/${w.deskB.id}/deactivate`, { token: w.managerToken })).statusCode).toBe(404)
      expect((await call(t.app, 'POST', `/api/users/${w.owner.id}/deactivate`, { token: w.managerToken })).statusCode).toBe(404)
      expect((await staffRow(w.deskB.id)).is_active).toBe(true)
    })

    it('resetting a password replaces the hash, ends the sessions and is audited without the hash', async () => {
      const w = await world()
      const deskToken = await staffToken(t.app, w.deskA.username)
      const res = await call(t.app, 'POST', `/api/users/${w.deskA.id}/reset-password`, { token: w.managerToken, body: { new_password: 'brand-new-pass' } })
      expect(res.statusCode).toBe(200)
      expect(res.json().data).toMatchObject({ user: { id: w.deskA.id }, sessions_ended: 1 })
      expect(res.body).not.toContain('argon2')
      expect(await verifyPassword((await staffRow(w.deskA.id)).password_hash, 'brand-new-pass')).toBe(true)
      expect((await call(t.app, 'GET', '/api/auth/me', { token: deskToken })).json()).toMatchObject({ code: 'TOKEN_REVOKED' })
      expect((await call(t.app, 'POST', '/api/auth/login', { body: { username: w.deskA.username, password: STAFF_PASSWORD } })).statusCode).toBe(401)
      expect((await call(t.app, 'POST', '/api/auth/login', { body: { username: w.deskA.username, password: 'brand-new-pass' } })).statusCode).toBe(200)
      const [audit] = await auditFor(w.deskA.id)
      expect(audit).toMatchObject({ action: 'staff_user.reset_password', actor_id: w.managerA.id })
      expect(audit!.changes).not.toContain('argon2')
    })

    it('nobody resets the password of an equal or higher rank: 403', async () => {
      const w = await world()
      const res = await call(t.app, 'POST', `/api/users/${w.managerA.id}/reset-password`, { token: w.managerToken, body: { new_password: 'brand-new-pass' } })
      expect(res.statusCode).toBe(403)
      expect(await verifyPassword((await staffRow(w.managerA.id)).password_hash, STAFF_PASSWORD)).toBe(true)
    })
  })

  describe('bad input', () => {
    const cases: Array<[string, 'POST' | 'PUT', (w: { deskA: { id: number }; a: { id: number } }) => string, (w: { a: { id: number } }) => unknown]> = [
      ['create: password too short', 'POST', () => '/api/users', (w) => ({ username: 'abc', password: 'short', full_name: 'X', role: 'trainer', branch_id: w.a.id })],
      ['create: unknown role', 'POST', () => '/api/users', (w) => ({ username: 'abc', password: 'long-enough', full_name: 'X', role: 'janitor', branch_id: w.a.id })],
      ['create: unknown field', 'POST', () => '/api/users', (w) => ({ username: 'abc', password: 'long-enough', full_name: 'X', role: 'trainer', branch_id: w.a.id, is_admin: true })],
      ['create: username with spaces', 'POST', () => '/api/users', (w) => ({ username: 'a b c', password: 'long-enough', full_name: 'X', role: 'trainer', branch_id: w.a.id })],
      ['create: missing full_name', 'POST', () => '/api/users', (w) => ({ username: 'abc', password: 'long-enough', role: 'trainer', branch_id: w.a.id })],
      ['create: bad email', 'POST', () => '/api/users', (w) => ({ username: 'abc', password: 'long-enough', full_name: 'X', role: 'trainer', branch_id: w.a.id, email: 'not-an-email' })],
      ['update: empty body', 'PUT', (w) => `/api/users/${w.deskA.id}`, () => ({})],
      ['update: password is not editable here', 'PUT', (w) => `/api/users/${w.deskA.id}`, () => ({ password: 'long-enough' })],
      ['update: bad phone', 'PUT', (w) => `/api/users/${w.deskA.id}`, () => ({ phone: 'call me' })],
      ['update: branch_id as text', 'PUT', (w) => `/api/users/${w.deskA.id}`, () => ({ branch_id: 'one' })],
      ['update: id not a number', 'PUT', () => '/api/users/abc', () => ({ full_name: 'X' })],
      ['deactivate: unexpected body field', 'POST', (w) => `/api/users/${w.deskA.id}/deactivate`, () => ({ reason: 'x' })],
      ['activate: unexpected body field', 'POST', (w) => `/api/users/${w.deskA.id}/activate`, () => ({ reason: 'x' })],
      ['reset-password: too short', 'POST', (w) => `/api/users/${w.deskA.id}/reset-password`, () => ({ new_password: '1234567' })],
      ['reset-password: missing', 'POST', (w) => `/api/users/${w.deskA.id}/reset-password`, () => ({})],
    ]
    it.each(cases)('%s → 400 VALIDATION_ERROR and nothing written', async (_name, method, url, body) => {
      const w = await world()
      const before = { users: await count('staff_users'), sessions: await count('auth_sessions'), row: await staffRow(w.deskA.id) }
      const res = await call(t.app, method, url(w), { token: w.ownerToken, body: body(w) })
      expect(res.statusCode).toBe(400)
      expect(res.json()).toMatchObject({ status: 'error', code: 'VALIDATION_ERROR' })
      expect(res.json().errors.length).toBeGreaterThan(0)
      expect(await count('staff_users')).toBe(before.users)
      expect(await count('audit_log')).toBe(0)
      expect(await staffRow(w.deskA.id)).toEqual(before.row)
      const revoked = await t.db.selectFrom('auth_sessions').select('id').where('revoked_at', 'is not', null).execute()
      expect(revoked).toHaveLength(0)
    })
  })
})
