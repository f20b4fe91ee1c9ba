// /api/services (plans) through HTTP on SQLite and PostgreSQL: creation (201), the rules between
// fields, partial updates, what may change once a plan is sold, (de)activation, filters and order,
// who may write which plans, and the audit trail.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createStaff, createSubscription, staffToken } from '../support/factories.ts'

const URL = '/api/services'
const monthly = { name: 'Monthly Gym', service_type: 'gym', subscription_type: 'time_based', price: 50_000, duration_days: 30 }

describe('/api/services', () => {
  let t: TestApp
  let branchA: { id: number }
  let branchB: { id: number }
  let owner: string
  let managerA: string
  let deskA: string
  beforeEach(async () => {
    t = await createTestApp()
    branchA = await createBranch(t.db)
    branchB = await createBranch(t.db)
    owner = await staffToken(t.app, (await createStaff(t.db, 'owner', null)).username)
    managerA = await staffToken(t.app, (await createStaff(t.db, 'branch_manager', branchA.id)).username)
    deskA = await staffToken(t.app, (await createStaff(t.db, 'front_desk', branchA.id)).username)
  })
  afterEach(async () => t.close())

  const create = (token: string, body: Record<string, unknown>) => call(t.app, 'POST', URL, { token, body })
  const plansInDb = () => t.db.selectFrom('services').selectAll().orderBy('id').execute()
  const auditActions = async () => (await t.db.selectFrom('audit_log').select('action').orderBy('id').execute()).map((r) => r.action)

  it('when the owner creates a coins plan, it answers 201 with defaults filled in, stores it chain-wide and audits it', async () => {
    const res = await create(owner, { ...monthly, name: ' 10 visits ', subscription_type: 'coins', coins: 10, freeze_cost: 2_500, entry_start_time: '06:00', entry_end_time: '14:00' })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ status: 'success', data: {
      name: '10 visits', subscription_type: 'coins', coins: 10, sessions: null, price: 50_000, freeze_max_days: 0, freeze_count_limit: 0,
      freeze_cost: 2_500, entry_start_time: '06:00', entry_end_time: '14:00', grants_gym_entry: true, branch_id: null, is_active: true, created_at: '2026-02-11T09:30:00Z',
    } })
    const [row] = await plansInDb()
    expect(row).toMatchObject({ id: res.json().data.id, name: '10 visits', coins: 10, branch_id: null, is_active: true })
    const [audit] = await t.db.selectFrom('audit_log').selectAll().execute()
    expect(audit).toMatchObject({ action: 'service.create', entity_type: 'service', entity_id: row!.id })
    expect(JSON.parse(audit!.changes).coins).toEqual({ before: null, after: 10 })
  })

  it.each([
    [{ subscription_type: 'coins' }, 'coins'],
    [{ subscription_type: 'coins', coins: 0 }, 'coins'],
    [{ coins: 5 }, 'coins'],
    [{ subscription_type: 'sessions' }, 'sessions'],
    [{ subscription_type: 'training', coins: 4 }, 'sessions'],
    [{ sessions: 4 }, 'sessions'],
    [{ entry_start_time: '06:00' }, 'entry_end_time'],
    [{ entry_end_time: '06:00' }, 'entry_start_time'],
    [{ entry_start_time: '06:00', entry_end_time: '06:00' }, 'entry_end_time'],
    [{ entry_start_time: '24:00', entry_end_time: '06:00' }, 'entry_start_time'],
    [{ price: -1 }, 'price'],
    [{ price: 10.5 }, 'price'],
    [{ duration_days: 0 }, 'duration_days'],
    [{ duration_days: 3651 }, 'duration_days'],
    [{ freeze_cost: -100 }, 'freeze_cost'],
    [{ service_type: 'yoga' }, 'service_type'],
    [{ name: '' }, 'name'],
    [{ colour: 'red' }, 'colour'],
    [{ price: null }, 'price'],
  ])('when a plan is created with %j, it answers 400 naming %s and writes nothing', async (change, field) => {
    const res = await create(owner, { ...monthly, ...change })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ status: 'error', code: 'VALIDATION_ERROR' })
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field)
    expect(await plansInDb()).toEqual([])
    expect(await auditActions()).toEqual([])
  })

  it('when a required field is missing, it answers 400 naming it', async () => {
    const { price: _omitted, ...withoutPrice } = monthly
    const res = await create(owner, withoutPrice)
    expect(res.statusCode).toBe(400)
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'price' })])
    expect(await plansInDb()).toEqual([])
  })

  it('a sessions or training plan with sessions, and a window crossing midnight, are accepted', async () => {
    expect((await create(owner, { ...monthly, subscription_type: 'sessions', sessions: 12 })).statusCode).toBe(201)
    expect((await create(owner, { ...monthly, subscription_type: 'training', service_type: 'personal_training', sessions: 8 })).statusCode).toBe(201)
    expect((await create(owner, { ...monthly, entry_start_time: '22:00', entry_end_time: '02:00' })).statusCode).toBe(201)
  })

  describe('changing a plan', () => {
    let id: number
    beforeEach(async () => {
      id = (await create(owner, monthly)).json().data.id
    })

    it('PUT changes only the sent fields, checks the rules on the result, and records before and after', async () => {
      const bad = await call(t.app, 'PUT', `${URL}/${id}`, { token: owner, body: { subscription_type: 'coins' } })
      expect(bad.statusCode).toBe(400)
      expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'coins' })])
      const res = await call(t.app, 'PUT', `${URL}/${id}`, { token: owner, body: { subscription_type: 'coins', coins: 12, price: 45_000 } })
      expect(res.statusCode).toBe(200)
      expect(res.json().data).toMatchObject({ name: 'Monthly Gym', subscription_type: 'coins', coins: 12, price: 45_000, duration_days: 30 })
      const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'service.update').executeTakeFirstOrThrow()
      expect(JSON.parse(audit.changes)).toEqual({
        subscription_type: { before: 'time_based', after: 'coins' }, coins: { before: null, after: 12 }, price: { before: 50_000, after: 45_000 },
      })
      const back = await call(t.app, 'PUT', `${URL}/${id}`, { token: owner, body: { subscription_type: 'time_based', coins: null } })
      expect(back.json().data).toMatchObject({ subscription_type: 'time_based', coins: null })
    })

    it('answers 400 to bad input on every write route and changes nothing', async () => {
      const before = await plansInDb()
      for (const [method, url, body] of [
        ['PUT', `${URL}/${id}`, {}], ['PUT', `${URL}/${id}`, { price: 'free' }], ['PUT', `${URL}/${id}`, { coins: 3 }],
        ['PUT', `${URL}/${id}`, { entry_start_time: '7:00' }], ['PUT', `${URL}/nope`, { price: 1 }],
        ['POST', `${URL}/${id}/deactivate`, { why: 'x' }], ['POST', `${URL}/${id}/activate`, { why: 'x' }],
      ] as const) {
        const res = await call(t.app, method, url, { token: owner, body })
        expect(res.statusCode, `${method} ${url} ${JSON.stringify(body)}`).toBe(400)
        expect(res.json().code).toBe('VALIDATION_ERROR')
      }
      expect(await plansInDb()).toEqual(before)
      expect(await auditActions()).toEqual(['service.create'])
    })

    it('deactivate takes the plan off sale and activate puts it back, each audited', async () => {
      const off = await call(t.app, 'POST', `${URL}/${id}/deactivate`, { token: owner })
      expect(off.statusCode).toBe(200)
      expect(off.json().data.is_active).toBe(false)
      expect((await plansInDb())[0]!.is_active).toBe(false)
      expect((await call(t.app, 'GET', `${URL}?is_active=true`, { token: deskA })).json().data).toEqual([])
      expect((await call(t.app, 'GET', `${URL}?is_active=false`, { token: deskA })).json().data).toMatchObject([{ id }])
      const on = await call(t.app, 'POST', `${URL}/${id}/activate`, { token: owner })
      expect(on.json().data.is_active).toBe(true)
      expect(await auditActions()).toEqual(['service.create', 'service.deactivate', 'service.activate'])
    })

    it('an unknown plan answers 404', async () => {
      expect((await call(t.app, 'GET', `${URL}/9999`, { token: owner })).statusCode).toBe(404)
      expect((await call(t.app, 'PUT', `${URL}/9999`, { token: owner, body: { price: 1 } })).statusCode).toBe(404)
    })
  })

  describe('a plan members already hold', () => {
    const put = (id: number, body: Record<string, unknown>) => call(t.app, 'PUT', `${URL}/${id}`, { token: owner, body })
    /** Creates a plan through the API and gives a member of branch A a subscription to it. */
    async function sold(body: Record<string, unknown>, status: 'active' | 'stopped' = 'active') {
      const plan = (await create(owner, { ...monthly, ...body })).json().data
      const member = await createCustomer(t.db, { branch_id: branchA.id })
      const subscription = await createSubscription(t.db, { customerId: member.id, serviceId: plan.id, branchId: branchA.id, start: '2026-02-01', end: '2026-03-03', status })
      return { plan, member, subscription }
    }

    it('when it has any subscription, changing service_type, subscription_type, coins, sessions or duration_days answers 422 and changes nothing', async () => {
      const gym = await sold({})
      const visits = await sold({ name: '10 visits', subscription_type: 'coins', coins: 10 })
      // A stopped subscription still holds the terms it was sold with.
      const classes = await sold({ name: 'Classes', subscription_type: 'sessions', sessions: 8 }, 'stopped')
      const before = await plansInDb()
      for (const [id, body, fields] of [
        [gym.plan.id, { service_type: 'karate' }, 'service_type'],
        [gym.plan.id, { subscription_type: 'coins', coins: 12 }, 'subscription_type, coins'],
        [gym.plan.id, { duration_days: 31, price: 1 }, 'duration_days'],
        [visits.plan.id, { coins: 20 }, 'coins'],
        [classes.plan.id, { sessions: 10 }, 'sessions'],
      ] as const) {
        const res = await put(id, body)
        expect(res.statusCode, JSON.stringify(body)).toBe(422)
        expect(res.json()).toMatchObject({
          status: 'error', code: 'BUSINESS_RULE',
          message: `This plan has been sold, so its ${fields} cannot change; create a new plan instead (and take this one off sale if it should no longer be sold).`,
        })
      }
      expect(await plansInDb()).toEqual(before)
      expect(await auditActions()).toEqual(['service.create', 'service.create', 'service.create'])
      // Sending the values the plan already has changes nothing, so it is not refused.
      expect((await put(gym.plan.id, { service_type: 'gym', subscription_type: 'time_based', coins: null, duration_days: 30 })).statusCode).toBe(200)
      // A plan nobody holds can still become anything.
      const fresh = (await create(owner, { ...monthly, name: 'Draft' })).json().data.id
      expect((await put(fresh, { service_type: 'karate', duration_days: 60 })).json().data).toMatchObject({ service_type: 'karate', duration_days: 60 })
    })

    it('when the plan is sold, its price, entry hours, grants_gym_entry and freeze rules may change: the price for later sales, the rest for every holder', async () => {
      const { plan, subscription } = await sold({ freeze_max_days: 10 })
      const desk = (path: string) => call(t.app, 'GET', `/api/subscriptions${path}`, { token: deskA })
      expect((await desk(`/${subscription.id}`)).json().data).toMatchObject({ freeze_days_remaining: 10, amount: 50_000 })
      const change = { price: 60_000, entry_start_time: '06:00', entry_end_time: '14:00', grants_gym_entry: false, freeze_max_days: 5, freeze_count_limit: 1, freeze_cost: 1_000 }
      const res = await put(plan.id, change)
      expect(res.statusCode).toBe(200)
      expect(res.json().data).toMatchObject(change)
      expect((await plansInDb())[0]).toMatchObject(change)
      // The member keeps the amount they paid; the freeze allowance is the plan's, now 5 for them too.
      expect((await desk(`/${subscription.id}`)).json().data).toMatchObject({ freeze_days_remaining: 5, freezes_remaining: 1, amount: 50_000 })
      expect(await t.db.selectFrom('subscriptions').select('amount').where('id', '=', subscription.id).executeTakeFirstOrThrow()).toEqual({ amount: 50_000 })
    })

    it('PUT /api/services/{id} documents which changes reach existing subscriptions and which are refused', async () => {
      const put = (await call(t.app, 'GET', '/openapi.json')).json().paths['/api/services/{id}'].put
      expect(put.description).not.toContain('keep the terms they bought')
      expect(put.description).toContain('Entry hours, grants_gym_entry and the freeze rules (freeze_max_days, freeze_count_limit, freeze_cost) apply to everyone holding the plan')
      expect(put.description).toContain('service_type, subscription_type, coins, sessions and duration_days cannot change (422 BUSINESS_RULE): create a new plan instead')
      expect(put.responses['422']).toBeDefined()
    })
  })

  it('plan prices and the amounts a sale takes share one limit, documented in minor units', async () => {
    const doc = (await call(t.app, 'GET', '/openapi.json')).json()
    const body = (path: string) => doc.paths[path].post.requestBody.content['application/json'].schema.properties
    const limits = [body('/api/services').price, body('/api/services').freeze_cost, body('/api/subscriptions/activate').amount, body('/api/subscriptions/activate').discount, body('/api/subscriptions/{id}/renew').amount]
    for (const field of limits) expect(field).toMatchObject({ type: 'integer', minimum: 0, maximum: 1_000_000_000, description: expect.stringContaining('integer minor units') })
    expect((await create(owner, { ...monthly, price: 1_000_000_000 })).statusCode).toBe(201)
    expect((await create(owner, { ...monthly, price: 1_000_000_001 })).json().errors).toEqual([expect.objectContaining({ field: 'price' })])
  })

  it('filters by service type, subscription type and the branch a plan is on sale at', async () => {
    await create(owner, { ...monthly, name: 'A gym' })
    await create(owner, { ...monthly, name: 'B swim', service_type: 'swimming_recreation', subscription_type: 'coins', coins: 8, branch_id: branchA.id })
    await create(owner, { ...monthly, name: 'C karate', service_type: 'karate', subscription_type: 'sessions', sessions: 12, branch_id: branchB.id })
    const names = async (query: string) => (await call(t.app, 'GET', `${URL}${query}`, { token: owner })).json().data.map((p: { name: string }) => p.name)
    expect(await names('')).toEqual(['A gym', 'B swim', 'C karate'])
    expect(await names('?service_type=karate')).toEqual(['C karate'])
    expect(await names('?subscription_type=coins')).toEqual(['B swim'])
    expect(await names(`?branch_id=${branchB.id}`)).toEqual(['A gym', 'C karate'])
    expect((await call(t.app, 'GET', `${URL}?service_type=yoga`, { token: owner })).statusCode).toBe(400)
  })

  it('lists plans by name without regard to case, the same on both databases', async () => {
    for (const name of ['beta', 'Alpha', 'Charlie', 'alpha']) await create(owner, { ...monthly, name })
    const listed = (await call(t.app, 'GET', URL, { token: owner })).json().data.map((p: { name: string }) => p.name)
    // Equal names apart from case keep the order they were created in (by id).
    expect(listed).toEqual(['Alpha', 'alpha', 'beta', 'Charlie'])
  })

  describe('branch managers and other roles', () => {
    it('a manager’s plan lands in their branch; chain-wide plans are the owner’s (403) and other branches are not there (404)', async () => {
      const own = await create(managerA, monthly)
      expect(own.statusCode).toBe(201)
      expect(own.json().data.branch_id).toBe(branchA.id)
      expect((await create(managerA, { ...monthly, branch_id: null })).statusCode).toBe(403)
      expect((await create(managerA, { ...monthly, branch_id: branchB.id })).statusCode).toBe(404)
      expect((await create(owner, { ...monthly, branch_id: 9999 })).statusCode).toBe(404)

      const chainWide = (await create(owner, { ...monthly, name: 'Everywhere' })).json().data.id
      const elsewhere = (await create(owner, { ...monthly, name: 'Elsewhere', branch_id: branchB.id })).json().data.id
      expect((await call(t.app, 'GET', `${URL}/${chainWide}`, { token: managerA })).statusCode).toBe(200)
      expect((await call(t.app, 'PUT', `${URL}/${chainWide}`, { token: managerA, body: { price: 1 } })).statusCode).toBe(403)
      expect((await call(t.app, 'POST', `${URL}/${chainWide}/deactivate`, { token: managerA })).statusCode).toBe(403)
      for (const [method, url] of [['GET', `${URL}/${elsewhere}`], ['PUT', `${URL}/${elsewhere}`], ['POST', `${URL}/${elsewhere}/deactivate`]] as const) {
        const res = await call(t.app, method, url, { token: managerA, body: method === 'PUT' ? { price: 1 } : undefined })
        expect(res.statusCode, `${method} ${url}`).toBe(404)
      }
      expect((await call(t.app, 'PUT', `${URL}/${own.json().data.id}`, { token: managerA, body: { branch_id: null } })).statusCode).toBe(403)
      expect((await call(t.app, 'PUT', `${URL}/${own.json().data.id}`, { token: managerA, body: { price: 1 } })).json().data.price).toBe(1)
      const listed = (await call(t.app, 'GET', URL, { token: deskA })).json().data.map((p: { name: string }) => p.name)
      expect(listed).toEqual(['Everywhere', 'Monthly Gym'])
      const rows = await plansInDb()
      expect(rows.map((r) => [r.name, r.price, r.is_active])).toEqual([['Monthly Gym', 1, true], ['Everywhere', 50_000, true], ['Elsewhere', 50_000, true]])
    })

    it.each(['front_desk', 'trainer', 'accountant', 'central_accountant'] as const)('role %s reads plans but may not write them (403)', async (role) => {
      const id = (await create(owner, monthly)).json().data.id
      const token = await staffToken(t.app, (await createStaff(t.db, role, role === 'central_accountant' ? null : branchA.id)).username)
      expect((await call(t.app, 'GET', `${URL}/${id}`, { token })).statusCode).toBe(200)
      expect((await call(t.app, 'GET', URL, { token })).json().data).toHaveLength(1)
      expect((await create(token, monthly)).json()).toMatchObject({ code: 'FORBIDDEN' })
      expect((await call(t.app, 'PUT', `${URL}/${id}`, { token, body: { price: 1 } })).statusCode).toBe(403)
      expect((await call(t.app, 'POST', `${URL}/${id}/deactivate`, { token })).statusCode).toBe(403)
      expect(await plansInDb()).toHaveLength(1)
    })
  })
})
