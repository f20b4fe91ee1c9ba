// /api/users through HTTP: updating accounts (roles, branches, demotions ending sessions),
// deactivating and activating them, and resetting passwords.
import { describe, expect, it } from 'vitest'
import { verifyPassword } from '../../src/lib/passwords.ts'
import { call } from '../support/app.ts'
import { createStaff, STAFF_PASSWORD, staffToken } from '../support/factories.ts'
import { auditFor, count, staffRow, t, useFreshApp, world } from './support/users-world.ts'

describe('/api/users', () => {
  useFreshApp()

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
})
