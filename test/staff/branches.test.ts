import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createStaff, staffToken } from '../support/factories.ts'

describe('/api/branches', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  async function world() {
    const a = await createBranch(t.db, { name: 'Dragon Club' })
    const b = await createBranch(t.db, { name: 'Tiger Club' })
    const owner = await createStaff(t.db, 'owner', null)
    const managerA = await createStaff(t.db, 'branch_manager', a.id)
    return { a, b, owner, managerA, ownerToken: await staffToken(t.app, owner.username), managerToken: await staffToken(t.app, managerA.username) }
  }

  const branchRow = (id: number) => t.db.selectFrom('branches').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
  const count = async (table: 'branches' | 'audit_log') =>
    Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
  const ids = (res: { json(): { data: { items: Array<{ id: number }> } } }) => res.json().data.items.map((b) => b.id)

  it('when the owner creates a branch, it is stored trimmed with its phone normalised, and audited', async () => {
    const w = await world()
    const res = await call(t.app, 'POST', '/api/branches', { token: w.ownerToken, body: { name: '  Lion Club ', address: '12 Nile St', phone: '+20 100 000 0001' } })
    expect(res.statusCode).toBe(201)
    const data = res.json().data
    expect(data).toMatchObject({ name: 'Lion Club', address: '12 Nile St', phone: '+201000000001', is_active: true, created_at: '2026-02-11T09:30:00Z' })
    expect(await branchRow(data.id)).toMatchObject({ name: 'Lion Club', phone: '+201000000001', is_active: true })
    const audit = await t.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'branch').execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ action: 'branch.create', entity_id: data.id, actor_id: w.owner.id })
  })

  it('when the name is taken, even in another letter case, create and update answer 409 naming name', async () => {
    const w = await world()
    const created = await call(t.app, 'POST', '/api/branches', { token: w.ownerToken, body: { name: 'dragon CLUB' } })
    expect(created.statusCode).toBe(409)
    expect(created.json()).toMatchObject({ status: 'error', code: 'DUPLICATE', field: 'name' })
    const renamed = await call(t.app, 'PUT', `/api/branches/${w.b.id}`, { token: w.ownerToken, body: { name: 'Dragon Club' } })
    expect(renamed.statusCode).toBe(409)
    expect(renamed.json()).toMatchObject({ code: 'DUPLICATE', field: 'name' })
    expect(await count('branches')).toBe(2)
    expect((await branchRow(w.b.id)).name).toBe('Tiger Club')
    expect(await count('audit_log')).toBe(0)
  })

  it('the owner and the central accountant list every branch; branch roles see only their own', async () => {
    const w = await world()
    const central = await createStaff(t.db, 'central_accountant', null)
    const deskB = await createStaff(t.db, 'front_desk', w.b.id)
    const owner = await call(t.app, 'GET', '/api/branches', { token: w.ownerToken })
    expect(owner.statusCode).toBe(200)
    expect(owner.json().data).toMatchObject({ total: 2, page: 1, pages: 1 })
    expect(ids(owner)).toEqual([w.a.id, w.b.id])
    expect(ids(await call(t.app, 'GET', '/api/branches', { token: await staffToken(t.app, central.username) }))).toEqual([w.a.id, w.b.id])
    expect(ids(await call(t.app, 'GET', '/api/branches', { token: w.managerToken }))).toEqual([w.a.id])
    expect(ids(await call(t.app, 'GET', '/api/branches', { token: await staffToken(t.app, deskB.username) }))).toEqual([w.b.id])
  })

  it('the list filters by is_active', async () => {
    const w = await world()
    await t.db.updateTable('branches').set({ is_active: false }).where('id', '=', w.b.id).execute()
    expect(ids(await call(t.app, 'GET', '/api/branches?is_active=true', { token: w.ownerToken }))).toEqual([w.a.id])
    expect(ids(await call(t.app, 'GET', '/api/branches?is_active=false', { token: w.ownerToken }))).toEqual([w.b.id])
  })

  it('a manager reads their own branch and gets 404 for another', async () => {
    const w = await world()
    const own = await call(t.app, 'GET', `/api/branches/${w.a.id}`, { token: w.managerToken })
    expect(own.statusCode).toBe(200)
    expect(own.json().data).toMatchObject({ id: w.a.id, name: 'Dragon Club' })
    const other = await call(t.app, 'GET', `/api/branches/${w.b.id}`, { token: w.managerToken })
    expect(other.statusCode).toBe(404)
    expect(other.json()).toMatchObject({ status: 'error', code: 'NOT_FOUND' })
    expect((await call(t.app, 'GET', '/api/branches/99999', { token: w.ownerToken })).statusCode).toBe(404)
  })

  it('when the owner updates a branch, only the fields sent change and the audit keeps before and after', async () => {
    const w = await world()
    const res = await call(t.app, 'PUT', `/api/branches/${w.a.id}`, { token: w.ownerToken, body: { address: '5 Corniche', phone: '' } })
    expect(res.statusCode).toBe(200)
    expect(res.json().data).toMatchObject({ name: 'Dragon Club', address: '5 Corniche', phone: null })
    expect(await branchRow(w.a.id)).toMatchObject({ name: 'Dragon Club', address: '5 Corniche', phone: null })
    const [audit] = await t.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'branch').execute()
    expect(audit!.action).toBe('branch.update')
    expect(JSON.parse(audit!.changes)).toEqual({ address: { before: null, after: '5 Corniche' } })
  })

  it('only the owner writes branches: a manager gets 403 on create, update, deactivate and activate', async () => {
    const w = await world()
    const tries = [
      call(t.app, 'POST', '/api/branches', { token: w.managerToken, body: { name: 'Mine' } }),
      call(t.app, 'PUT', `/api/branches/${w.a.id}`, { token: w.managerToken, body: { address: 'x' } }),
      call(t.app, 'POST', `/api/branches/${w.a.id}/deactivate`, { token: w.managerToken }),
      call(t.app, 'POST', `/api/branches/${w.a.id}/activate`, { token: w.managerToken }),
    ]
    for (const res of await Promise.all(tries)) {
      expect(res.statusCode).toBe(403)
      expect(res.json()).toMatchObject({ status: 'error', code: 'FORBIDDEN' })
    }
    expect(await count('branches')).toBe(2)
    expect(await branchRow(w.a.id)).toMatchObject({ address: null, is_active: true })
    expect(await count('audit_log')).toBe(0)
  })

  it('the owner deactivates and activates a branch; each change is stored and audited', async () => {
    const w = await world()
    const off = await call(t.app, 'POST', `/api/branches/${w.b.id}/deactivate`, { token: w.ownerToken })
    expect(off.statusCode).toBe(200)
    expect(off.json().data).toMatchObject({ id: w.b.id, is_active: false })
    expect((await branchRow(w.b.id)).is_active).toBe(false)
    const placed = await call(t.app, 'POST', '/api/users', { token: w.ownerToken, body: { username: 'deskb', password: 'long-enough', full_name: 'X', role: 'front_desk', branch_id: w.b.id } })
    expect(placed.statusCode).toBe(422)
    const on = await call(t.app, 'POST', `/api/branches/${w.b.id}/activate`, { token: w.ownerToken })
    expect(on.statusCode).toBe(200)
    expect((await branchRow(w.b.id)).is_active).toBe(true)
    const actions = await t.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'branch').orderBy('id').execute()
    expect(actions.map((a) => a.action)).toEqual(['branch.deactivate', 'branch.activate'])
  })

  describe('bad input', () => {
    const long = 'x'.repeat(121)
    const cases: Array<[string, 'POST' | 'PUT', (w: { a: { id: number } }) => string, unknown]> = [
      ['create: missing name', 'POST', () => '/api/branches', { address: 'x' }],
      ['create: blank name', 'POST', () => '/api/branches', { name: '   ' }],
      ['create: name too long', 'POST', () => '/api/branches', { name: long }],
      ['create: unknown field', 'POST', () => '/api/branches', { name: 'New', manager_id: 1 }],
      ['create: bad phone', 'POST', () => '/api/branches', { name: 'New', phone: 'no phone' }],
      ['update: empty body', 'PUT', (w) => `/api/branches/${w.a.id}`, {}],
      ['update: name as number', 'PUT', (w) => `/api/branches/${w.a.id}`, { name: 42 }],
      ['update: is_active is not edited here', 'PUT', (w) => `/api/branches/${w.a.id}`, { is_active: false }],
      ['update: id not a number', 'PUT', () => '/api/branches/first', { name: 'X' }],
      ['deactivate: unexpected field', 'POST', (w) => `/api/branches/${w.a.id}/deactivate`, { reason: 'x' }],
      ['activate: unexpected field', 'POST', (w) => `/api/branches/${w.a.id}/activate`, { reason: 'x' }],
    ]
    it.each(cases)('%s → 400 VALIDATION_ERROR and nothing written', async (_name, method, url, body) => {
      const w = await world()
      const before = await branchRow(w.a.id)
      const res = await call(t.app, method, url(w), { token: w.ownerToken, body })
      expect(res.statusCode).toBe(400)
      expect(res.json()).toMatchObject({ status: 'error', code: 'VALIDATION_ERROR' })
      expect(res.json().errors.length).toBeGreaterThan(0)
      expect(await count('branches')).toBe(2)
      expect(await branchRow(w.a.id)).toEqual(before)
      expect(await count('audit_log')).toBe(0)
    })
  })
})
