import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyPassword } from '../../src/lib/passwords.ts'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createStaff, STAFF_PASSWORD, staffToken } from '../support/factories.ts'

describe('staff auth: change-password', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  const login = (username: string, password: string, app = t.app) => call(app, 'POST', '/api/auth/login', { body: { username, password } })

  describe('POST /api/auth/change-password', () => {
    it('with the right current password, the hash changes, other sessions end, this one stays, and it is audited', async () => {
      const branch = await createBranch(t.db)
      const desk = await createStaff(t.db, 'front_desk', branch.id)
      const current = await staffToken(t.app, desk.username)
      const other = await staffToken(t.app, desk.username)
      const res = await call(t.app, 'POST', '/api/auth/change-password', { token: current, body: { current_password: STAFF_PASSWORD, new_password: 'a-new-password' } })
      expect(res.statusCode).toBe(200)
      expect(res.json()).toMatchObject({ status: 'success', data: { sessions_ended: 1 } })
      const row = await t.db.selectFrom('staff_users').selectAll().where('id', '=', desk.id).executeTakeFirstOrThrow()
      expect(await verifyPassword(row.password_hash, 'a-new-password')).toBe(true)
      expect((await call(t.app, 'GET', '/api/auth/me', { token: current })).statusCode).toBe(200)
      const ended = await call(t.app, 'GET', '/api/auth/me', { token: other })
      expect(ended.statusCode).toBe(401)
      expect(ended.json()).toMatchObject({ code: 'TOKEN_REVOKED' })
      expect((await login(desk.username, STAFF_PASSWORD)).statusCode).toBe(401)
      expect((await login(desk.username, 'a-new-password')).statusCode).toBe(200)
      const audit = await t.db.selectFrom('audit_log').selectAll().where('entity_id', '=', desk.id).execute()
      expect(audit).toHaveLength(1)
      expect(audit[0]).toMatchObject({ action: 'staff_user.change_password', actor_id: desk.id, entity_type: 'staff_user' })
      expect(audit[0]!.changes).not.toContain('argon2')
    })

    it('with a wrong current password, the answer is 401 INVALID_CREDENTIALS and nothing changes', async () => {
      const owner = await createStaff(t.db, 'owner', null)
      const token = await staffToken(t.app, owner.username)
      const res = await call(t.app, 'POST', '/api/auth/change-password', { token, body: { current_password: 'not-my-password', new_password: 'a-new-password' } })
      expect(res.statusCode).toBe(401)
      expect(res.json()).toMatchObject({ status: 'error', code: 'INVALID_CREDENTIALS' })
      const row = await t.db.selectFrom('staff_users').selectAll().where('id', '=', owner.id).executeTakeFirstOrThrow()
      expect(row.password_hash).toBe(owner.password_hash)
      expect((await call(t.app, 'GET', '/api/auth/me', { token })).statusCode).toBe(200)
    })

    it.each([
      ['too short', { current_password: STAFF_PASSWORD, new_password: 'short' }],
      ['the same as the current one', { current_password: STAFF_PASSWORD, new_password: STAFF_PASSWORD }],
      ['missing the current password', { new_password: 'a-new-password' }],
      ['with an unknown field', { current_password: STAFF_PASSWORD, new_password: 'a-new-password', user_id: 1 }],
    ])('when the new password is %s, the answer is 400 VALIDATION_ERROR and nothing changes', async (_name, body) => {
      const owner = await createStaff(t.db, 'owner', null)
      const token = await staffToken(t.app, owner.username)
      const res = await call(t.app, 'POST', '/api/auth/change-password', { token, body })
      expect(res.statusCode).toBe(400)
      expect(res.json()).toMatchObject({ status: 'error', code: 'VALIDATION_ERROR' })
      expect(res.json().errors.length).toBeGreaterThan(0)
      const row = await t.db.selectFrom('staff_users').selectAll().where('id', '=', owner.id).executeTakeFirstOrThrow()
      expect(row.password_hash).toBe(owner.password_hash)
      expect(await t.db.selectFrom('audit_log').select('id').execute()).toHaveLength(0)
    })

    it('without a token, the answer is 401 TOKEN_MISSING', async () => {
      const res = await call(t.app, 'POST', '/api/auth/change-password', { body: { current_password: 'x', new_password: 'a-new-password' } })
      expect(res.statusCode).toBe(401)
      expect(res.json()).toMatchObject({ code: 'TOKEN_MISSING' })
    })
  })
})
