// GET/PATCH /api/clients/profile: the seed's fields, BMI with the WHO bands, and the two fields a
// member may change (weight and height, within bounds) — nothing else.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createService, createSubscription, signInMember } from '../support/factories.ts'
import { expectError } from './helpers.ts'

describe('member profile', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  async function member(overrides: Parameters<typeof createCustomer>[1] = {}) {
    const phone = overrides.phone ?? '01666660000'
    const row = await createCustomer(t.db, { phone, ...overrides })
    const { accessToken } = await signInMember(t.app, t.notifier, phone)
    return { row, token: accessToken }
  }

  const stored = (id: number) => t.db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirstOrThrow()

  it("answers exactly the seed's fields, with BMI and the current subscription", async () => {
    const branch = await createBranch(t.db, { name: 'Dragon Club' })
    const { row, token } = await member({ full_name: 'Ahmed Hassan', phone: '01234567890', email: 'ahmed@example.com', qr_code: 'GYM-123', branch_id: branch.id, weight: 80, height: 175 })
    const plan = await createService(t.db, { name: 'Monthly Gym', freeze_max_days: 7 })
    const sub = await createSubscription(t.db, { customerId: row.id, serviceId: plan.id, branchId: branch.id, start: '2026-01-11', end: '2026-02-20', freezeDaysUsed: 2 })
    const res = await call(t.app, 'GET', '/api/clients/profile', { token })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      status: 'success',
      data: {
        id: row.id, full_name: 'Ahmed Hassan', phone: '01234567890', email: 'ahmed@example.com', qr_code: 'GYM-123',
        branch_name: 'Dragon Club', weight: 80, height: 175, bmi: 26.1, bmi_category: 'Overweight',
        active_subscription: {
          id: sub.id, service_name: 'Monthly Gym', service_type: 'gym', subscription_type: 'time_based',
          start_date: '2026-01-11', end_date: '2026-02-20', status: 'active', remaining_days: 9, freeze_days_remaining: 5,
        },
        has_active_subscription: true,
      },
    })
  })

  it('without measurements, a branch or a subscription the fields are null and has_active_subscription false', async () => {
    const { row, token } = await member({ email: null })
    const res = await call(t.app, 'GET', '/api/clients/profile', { token })
    expect(res.json().data).toEqual({
      id: row.id, full_name: row.full_name, phone: row.phone, email: null, qr_code: row.qr_code, branch_name: null,
      weight: null, height: null, bmi: null, bmi_category: null, active_subscription: null, has_active_subscription: false,
    })
  })

  it.each([
    [73.6, 200, 18.4, 'Underweight'],
    [74, 200, 18.5, 'Normal'],
    [99.6, 200, 24.9, 'Normal'],
    [100, 200, 25, 'Overweight'],
    [119.6, 200, 29.9, 'Overweight'],
    [120, 200, 30, 'Obese'],
    [160, 200, 40, 'Obese'],
  ])('weight %d kg at %d cm gives BMI %d, %s (WHO bands)', async (weight, height, bmi, category) => {
    const { token } = await member({ weight, height })
    const res = await call(t.app, 'GET', '/api/clients/profile', { token })
    expect(res.json().data).toMatchObject({ bmi, bmi_category: category })
  })

  it('only one of weight and height gives no BMI', async () => {
    const { token } = await member({ weight: 80, height: null })
    expect((await call(t.app, 'GET', '/api/clients/profile', { token })).json().data).toMatchObject({ weight: 80, height: null, bmi: null, bmi_category: null })
  })

  describe('PATCH', () => {
    it('updates weight and answers the new profile with the new BMI', async () => {
      const { row, token } = await member({ weight: 80, height: 175 })
      t.clock.advance(3600)
      const res = await call(t.app, 'PATCH', '/api/clients/profile', { token, body: { weight: 70.5 } })
      expect(res.statusCode).toBe(200)
      expect(res.json()).toMatchObject({ status: 'success', message: 'Profile updated', data: { id: row.id, weight: 70.5, height: 175, bmi: 23, bmi_category: 'Normal' } })
      const after = await stored(row.id)
      expect(after).toMatchObject({ weight: 70.5, height: 175, full_name: row.full_name })
      expect(new Date(after.updated_at).toISOString()).toBe('2026-02-11T10:30:00.000Z')
    })

    it('updates height alone, and both together', async () => {
      const { row, token } = await member({ weight: 80, height: 175 })
      expect((await call(t.app, 'PATCH', '/api/clients/profile', { token, body: { height: 180 } })).json().data).toMatchObject({ weight: 80, height: 180, bmi: 24.7 })
      expect((await call(t.app, 'PATCH', '/api/clients/profile', { token, body: { weight: 90, height: 190 } })).json().data).toMatchObject({ weight: 90, height: 190, bmi: 24.9 })
      expect(await stored(row.id)).toMatchObject({ weight: 90, height: 190 })
    })

    it.each([
      [{ weight: 20 }],
      [{ weight: 400 }],
      [{ height: 80 }],
      [{ height: 260 }],
    ])('accepts the bounds %j', async (body) => {
      const { row, token } = await member()
      expect((await call(t.app, 'PATCH', '/api/clients/profile', { token, body })).statusCode).toBe(200)
      expect(await stored(row.id)).toMatchObject(body)
    })

    it.each([
      ['weight below 20', { weight: 19.9 }, 'weight'],
      ['weight above 400', { weight: 400.1 }, 'weight'],
      ['weight zero', { weight: 0 }, 'weight'],
      ['weight negative', { weight: -80 }, 'weight'],
      ['weight as text', { weight: '80' }, 'weight'],
      ['weight null', { weight: null }, 'weight'],
      ['height below 80', { height: 79 }, 'height'],
      ['height above 260', { height: 261 }, 'height'],
      ['height as a boolean', { height: true }, 'height'],
      ['full_name', { full_name: 'Someone Else' }, 'full_name'],
      ['an unknown field', { bmi: 10 }, 'bmi'],
      ['a field staff own', { is_active: false }, 'is_active'],
      ['full_name next to a valid weight', { weight: 75, full_name: 'Someone Else' }, 'full_name'],
    ])('rejects %s with 400 VALIDATION_ERROR naming the field, and changes nothing', async (_name, body, field) => {
      const { row, token } = await member({ weight: 80, height: 175 })
      const before = await stored(row.id)
      const answer = expectError(await call(t.app, 'PATCH', '/api/clients/profile', { token, body }), 400, 'VALIDATION_ERROR')
      expect((answer.errors as Array<{ field: string }>).map((e) => e.field)).toContain(field)
      expect(await stored(row.id)).toEqual(before)
    })

    it('an empty body answers 400 VALIDATION_ERROR and changes nothing', async () => {
      const { row, token } = await member({ weight: 80, height: 175 })
      const before = await stored(row.id)
      expectError(await call(t.app, 'PATCH', '/api/clients/profile', { token, body: {} }), 400, 'VALIDATION_ERROR')
      expectError(await call(t.app, 'PATCH', '/api/clients/profile', { token }), 400, 'VALIDATION_ERROR')
      expect(await stored(row.id)).toEqual(before)
    })

    it('needs a client token', async () => {
      expectError(await call(t.app, 'PATCH', '/api/clients/profile', { body: { weight: 80 } }), 401, 'TOKEN_MISSING')
    })

    it("changes only the signed-in member's row", async () => {
      const { token } = await member({ phone: '01666661111', weight: 80 })
      const other = await createCustomer(t.db, { phone: '01666662222', weight: 60 })
      await call(t.app, 'PATCH', '/api/clients/profile', { token, body: { weight: 81 } })
      expect((await stored(other.id)).weight).toBe(60)
    })
  })
})
