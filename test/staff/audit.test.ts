// GET /api/audit: the owner reads who changed what, filtered by entity, actor and gym-local day.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createStaff, staffToken } from '../support/factories.ts'

describe('audit trail', () => {
  let t: TestApp
  let owner: string
  let manager: { id: number; token: string }
  beforeEach(async () => {
    t = await createTestApp({ env: { GYM_TIMEZONE: 'Africa/Cairo' } })
    const branch = await createBranch(t.db, { name: 'Dragon Club' })
    owner = await staffToken(t.app, (await createStaff(t.db, 'owner', null)).username)
    const m = await createStaff(t.db, 'branch_manager', branch.id)
    manager = { id: m.id, token: await staffToken(t.app, m.username) }
  })
  afterEach(async () => t.close())

  const audit = (query = '') => call(t.app, 'GET', `/api/audit${query}`, { token: owner })

  it('records a staff write with its actor and changed fields, never the password hash', async () => {
    const created = await call(t.app, 'POST', '/api/users', { token: manager.token, body: { username: 'desk9', password: 'a-good-password', full_name: 'Desk Nine', role: 'front_desk' } })
    expect(created.statusCode).toBe(201)
    const res = await audit('?entity_type=staff_user')
    expect(res.statusCode).toBe(200)
    const [entry] = res.json().data.items
    expect(entry).toMatchObject({
      actor_id: manager.id, actor_role: 'branch_manager', action: 'staff_user.create', entity_type: 'staff_user',
      entity_id: created.json().data.id, changes: { username: { before: null, after: 'desk9' }, role: { before: null, after: 'front_desk' } },
    })
    expect(entry.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    expect(JSON.stringify(res.json())).not.toMatch(/password|argon2/)
  })

  it('filters by actor, and by day in the gym time zone', async () => {
    // 23:30 UTC on the 10th is already the 11th in Cairo (UTC+2).
    t.clock.set('2026-02-10T23:30:00Z')
    await call(t.app, 'POST', '/api/branches', { token: owner, body: { name: 'Tiger Club' } })
    t.clock.set('2026-02-12T08:00:00Z')
    await call(t.app, 'POST', '/api/users', { token: manager.token, body: { username: 'desk10', password: 'a-good-password', full_name: 'Desk Ten', role: 'front_desk' } })

    const onEleventh = (await audit('?from=2026-02-11&to=2026-02-11')).json().data
    expect(onEleventh.items.map((e: { action: string }) => e.action)).toEqual(['branch.create'])
    expect((await audit('?from=2026-02-12')).json().data.items.map((e: { action: string }) => e.action)).toEqual(['staff_user.create'])
    const byManager = (await audit(`?actor_id=${manager.id}`)).json().data
    expect(byManager).toMatchObject({ total: 1, page: 1, per_page: 20, pages: 1 })
  })

  it('answers 403 to everyone but the owner, and 400 for a malformed date', async () => {
    expect((await call(t.app, 'GET', '/api/audit', { token: manager.token })).json()).toMatchObject({ code: 'FORBIDDEN' })
    expect((await audit('?from=yesterday')).json()).toMatchObject({ code: 'VALIDATION_ERROR' })
  })
})
