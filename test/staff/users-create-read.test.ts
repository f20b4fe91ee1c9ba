// /api/users through HTTP: creating staff accounts (roles, branches, duplicates), reading and
// listing them within the caller's scope, and bad input on every route.
import { describe, expect, it } from 'vitest'
import { verifyPassword } from '../../src/lib/passwords.ts'
import { call } from '../support/app.ts'
import { createBranch, createStaff, staffToken } from '../support/factories.ts'
import { auditFor, count, staffRow, t, useFreshApp, world } from './support/users-world.ts'

describe('/api/users', () => {
  useFreshApp()

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
