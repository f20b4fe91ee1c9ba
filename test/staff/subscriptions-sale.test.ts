// Selling plans through /api/subscriptions: the sale and its payment, plan kinds, trainers, prices
// and roles; one live plan per service type (the gym setting); and bad input on every write route.
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { call } from '../support/app.ts'
import { createBranch, createCustomer, createService, createStaff, signInMember, staffToken } from '../support/factories.ts'
import { auditFor, count, counts, get, gym, post, sell, subRow, t, URL, useFreshApp } from './support/subscriptions-world.ts'

useFreshApp()

describe('selling a plan', () => {
  it('when the desk sells a plan, the subscription and its payment are written together and audited', async () => {
    const g = await gym()
    const res = await sell(g.desk, { customer_id: g.member.id, service_id: g.plan.id, discount: 5_000 })
    expect(res.statusCode).toBe(201)
    const data = res.json().data
    // The seed's 30-day plan starting 2026-01-11 ends 2026-02-11: end = start + duration_days.
    expect(data).toMatchObject({
      customer_id: g.member.id, service_id: g.plan.id, branch_id: g.branch.id, start_date: '2026-02-11', end_date: '2026-03-13',
      status: 'active', amount: 50_000, discount: 5_000, remaining_days: 30, freeze_days_remaining: 10, freezes: [],
      payment: { amount: 50_000, discount: 5_000, payment_method: 'cash', transaction_type: 'subscription', business_date: '2026-02-11' },
    })
    const payments = await t.db.selectFrom('payments').selectAll().execute()
    expect(payments).toHaveLength(1)
    expect(payments[0]).toMatchObject({ subscription_id: data.id, customer_id: g.member.id, branch_id: g.branch.id, created_by: g.deskUser.id, reference: data.payment.reference })
    const audit = await auditFor(data.id)
    expect(audit.map((a) => a.action)).toEqual(['subscription.activate'])
    expect(audit[0]).toMatchObject({ actor_id: g.deskUser.id, actor_role: 'front_desk', branch_id: g.branch.id })
  })

  it('when the payment cannot be written, the sale is rolled back: no subscription exists', async () => {
    const g = await gym()
    await sql`alter table payments rename to payments_offline`.execute(t.db)
    const res = await sell(g.desk, { customer_id: g.member.id, service_id: g.plan.id })
    expect(res.statusCode).toBe(500)
    expect(res.json()).toMatchObject({ status: 'error', code: 'INTERNAL_ERROR' })
    expect(await count('subscriptions')).toBe(0)
    expect(await count('audit_log')).toBe(0)
  })

  it('when a coin or session plan is sold, its counters come from the plan and the member app shows them', async () => {
    const g = await gym()
    const coins = await createService(t.db, { subscription_type: 'coins', coins: 12, duration_days: 60 })
    await t.db.updateTable('services').set({ service_type: 'swimming_recreation' }).where('id', '=', coins.id).execute()
    const classes = await createService(t.db, { subscription_type: 'sessions', sessions: 8, duration_days: 30 })
    await t.db.updateTable('services').set({ service_type: 'classes' }).where('id', '=', classes.id).execute()
    expect((await sell(g.desk, { customer_id: g.member.id, service_id: coins.id })).json().data).toMatchObject({ total_coins: 12, remaining_coins: 12, total_sessions: null })
    expect((await sell(g.desk, { customer_id: g.member.id, service_id: classes.id })).statusCode).toBe(201)
    const { accessToken } = await signInMember(t.app, t.notifier, g.member.phone, g.member.phone)
    const app = (await call(t.app, 'GET', '/api/clients/subscription', { token: accessToken })).json().data
    const all = [app.current_subscription, ...app.subscription_history]
    expect(all).toEqual(expect.arrayContaining([
      expect.objectContaining({ subscription_type: 'coins', remaining_coins: 12, total_coins: 12 }),
      expect.objectContaining({ subscription_type: 'sessions', remaining_sessions: 8, total_sessions: 8 }),
    ]))
  })

  it('when a training plan is sold, it needs an active trainer of the member\'s branch', async () => {
    const g = await gym()
    const training = await createService(t.db, { subscription_type: 'training', sessions: 10 })
    await t.db.updateTable('services').set({ service_type: 'personal_training' }).where('id', '=', training.id).execute()
    const trainer = await createStaff(t.db, 'trainer', g.branch.id)
    const elsewhere = await createStaff(t.db, 'trainer', (await createBranch(t.db)).id)
    const missing = await sell(g.desk, { customer_id: g.member.id, service_id: training.id })
    expect(missing.statusCode).toBe(400)
    expect(missing.json().errors).toEqual([{ field: 'trainer_id', message: 'is required for a training plan' }])
    const wrong = await sell(g.desk, { customer_id: g.member.id, service_id: training.id, trainer_id: elsewhere.id })
    expect(wrong.statusCode).toBe(422)
    expect(wrong.json()).toMatchObject({ code: 'BUSINESS_RULE', field: 'trainer_id' })
    expect((await sell(g.desk, { customer_id: g.member.id, service_id: training.id, trainer_id: g.deskUser.id })).statusCode).toBe(422)
    expect(await count('subscriptions')).toBe(0)
    const ok = await sell(g.desk, { customer_id: g.member.id, service_id: training.id, trainer_id: trainer.id })
    expect(ok.statusCode).toBe(201)
    expect(ok.json().data).toMatchObject({ trainer_id: trainer.id, remaining_sessions: 10 })
  })

  it('when the plan is inactive or offered only at another branch, the sale answers 422 and writes nothing', async () => {
    const g = await gym()
    const other = await createBranch(t.db)
    const elsewhere = await createService(t.db)
    await t.db.updateTable('services').set({ branch_id: other.id }).where('id', '=', elsewhere.id).execute()
    const retired = await createService(t.db)
    await t.db.updateTable('services').set({ is_active: false }).where('id', '=', retired.id).execute()
    for (const plan of [elsewhere, retired]) {
      const res = await sell(g.owner, { customer_id: g.member.id, service_id: plan.id })
      expect(res.statusCode).toBe(422)
      expect(res.json().code).toBe('BUSINESS_RULE')
    }
    // For the branch's own desk, another branch's plan does not exist.
    expect((await sell(g.desk, { customer_id: g.member.id, service_id: elsewhere.id })).statusCode).toBe(404)
    expect(await counts()).toMatchObject({ subscriptions: 0, payments: 0, audit: 0 })
  })

  it('when a plan is priced 200,000,000 minor units, it sells at that price by default and with the amount sent', async () => {
    const g = await gym()
    const dear = await createService(t.db, { price: 200_000_000 })
    const byDefault = await sell(g.desk, { customer_id: g.member.id, service_id: dear.id })
    expect(byDefault.statusCode).toBe(201)
    expect(byDefault.json().data).toMatchObject({ amount: 200_000_000, discount: 0, payment: { amount: 200_000_000 } })
    const other = await createCustomer(t.db, { branch_id: g.branch.id })
    const explicit = await sell(g.desk, { customer_id: other.id, service_id: dear.id, amount: 200_000_000, discount: 150_000_000 })
    expect(explicit.statusCode).toBe(201)
    expect(explicit.json().data).toMatchObject({ amount: 200_000_000, discount: 150_000_000 })
    const renewed = await post(g.desk, `/${byDefault.json().data.id}/renew`, { payment_method: 'cash', amount: 200_000_000 })
    expect(renewed.statusCode).toBe(201)
    const payments = await t.db.selectFrom('payments').select(['amount', 'discount']).orderBy('id').execute()
    expect(payments).toEqual([{ amount: 200_000_000, discount: 0 }, { amount: 200_000_000, discount: 150_000_000 }, { amount: 200_000_000, discount: 0 }])
    // Past the one limit every money field shares (the most a plan may cost), the answer is 400.
    const third = await createCustomer(t.db, { branch_id: g.branch.id })
    const over = await sell(g.desk, { customer_id: third.id, service_id: dear.id, amount: 1_000_000_001 })
    expect(over.statusCode).toBe(400)
    expect(over.json().errors.map((e: { field: string }) => e.field)).toContain('amount')
    expect(await count('subscriptions')).toBe(3)
  })

  it('when an accountant tries to sell, the answer is 403 and nothing is written', async () => {
    const g = await gym()
    const accountant = await createStaff(t.db, 'accountant', g.branch.id)
    const res = await sell(await staffToken(t.app, accountant.username), { customer_id: g.member.id, service_id: g.plan.id })
    expect(res.statusCode).toBe(403)
    expect(res.json()).toMatchObject({ status: 'error', code: 'FORBIDDEN' })
    expect(await count('subscriptions')).toBe(0)
  })
})

describe('one live plan per service type (the gym setting)', () => {
  it('when the member already holds an active plan of that type, a second sale answers 409 naming it', async () => {
    const g = await gym()
    const first = (await sell(g.desk, { customer_id: g.member.id, service_id: g.plan.id })).json().data
    const again = await sell(g.desk, { customer_id: g.member.id, service_id: (await createService(t.db)).id })
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({ status: 'error', code: 'CONFLICT' })
    expect(again.json().message).toContain(`subscription ${first.id}`)
    // Another service type is a separate plan.
    const karate = await createService(t.db)
    await t.db.updateTable('services').set({ service_type: 'karate' }).where('id', '=', karate.id).execute()
    expect((await sell(g.desk, { customer_id: g.member.id, service_id: karate.id })).statusCode).toBe(201)
  })

  it('when eight desks sell the same member a gym plan at once, exactly one sale succeeds', async () => {
    const g = await gym()
    const plans = await Promise.all(Array.from({ length: 8 }, () => createService(t.db)))
    const results = await Promise.all(plans.map((p) => sell(g.desk, { customer_id: g.member.id, service_id: p.id })))
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409])
    expect(await count('subscriptions', `where customer_id = ${g.member.id} and status = 'active'`)).toBe(1)
    expect(await count('payments')).toBe(1)
  })

  it('when the owner allows several plans, a second one can be sold; only the owner may change it, and it is audited', async () => {
    const g = await gym()
    expect((await get(g.desk, '/settings')).json().data).toEqual({ allow_multiple_active_plans: false })
    const denied = await call(t.app, 'PUT', `${URL}/settings`, { token: g.desk, body: { allow_multiple_active_plans: true } })
    expect(denied.statusCode).toBe(403)
    const res = await call(t.app, 'PUT', `${URL}/settings`, { token: g.owner, body: { allow_multiple_active_plans: true } })
    expect(res.statusCode).toBe(200)
    expect(res.json().data).toEqual({ allow_multiple_active_plans: true })
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'gym_settings.update').execute()
    expect(JSON.parse(audit[0]!.changes)).toEqual({ allow_multiple_active_plans: { before: false, after: true } })
    expect((await sell(g.desk, { customer_id: g.member.id, service_id: g.plan.id })).statusCode).toBe(201)
    expect((await sell(g.desk, { customer_id: g.member.id, service_id: g.plan.id })).statusCode).toBe(201)
  })
})

describe('bad input', () => {
  it('on every write route answers 400 in the envelope and writes nothing', async () => {
    const g = await gym()
    const sub = (await sell(g.desk, { customer_id: g.member.id, service_id: g.plan.id })).json().data
    const frozen = (await sell(g.desk, { customer_id: (await createCustomer(t.db, { branch_id: g.branch.id })).id, service_id: g.plan.id })).json().data
    await post(g.desk, `/${frozen.id}/freeze`, { days: 3, reason: 'Trip' })
    const before = await counts()
    const rowsBefore = [await subRow(sub.id), await subRow(frozen.id)]
    const cases: [string, string, unknown, string][] = [
      ['POST', '/activate', { customer_id: g.member.id, service_id: g.plan.id, payment_method: 'bitcoin' }, 'payment_method'],
      ['POST', '/activate', { customer_id: g.member.id, service_id: g.plan.id }, 'payment_method'],
      ['POST', '/activate', { customer_id: g.member.id, service_id: g.plan.id, payment_method: 'cash', amount: 1_000, discount: 2_000 }, 'discount'],
      ['POST', '/activate', { customer_id: g.member.id, service_id: g.plan.id, payment_method: 'cash', start_date: '2026-02-10' }, 'start_date'],
      ['POST', '/activate', { customer_id: 'one', service_id: g.plan.id, payment_method: 'cash' }, 'customer_id'],
      ['POST', '/activate', { customer_id: g.member.id, service_id: g.plan.id, payment_method: 'cash', branch_id: 9 }, 'branch_id'],
      ['POST', `/${sub.id}/renew`, { payment_method: 'cheque' }, 'payment_method'],
      ['POST', `/${sub.id}/renew`, { payment_method: 'cash', amount: -5 }, 'amount'],
      ['POST', `/${sub.id}/freeze`, { days: 0, reason: 'x' }, 'days'],
      ['POST', `/${sub.id}/freeze`, { days: 3 }, 'reason'],
      ['POST', `/${sub.id}/freeze`, { days: 3, reason: '   ' }, 'reason'],
      ['POST', `/${frozen.id}/unfreeze`, { now: true }, 'now'],
      ['POST', `/${sub.id}/stop`, { reason: '' }, 'reason'],
      ['POST', '/abc/stop', { reason: 'x' }, 'id'],
      ['PUT', '/settings', { allow_multiple_active_plans: 'yes' }, 'allow_multiple_active_plans'],
    ]
    for (const [method, path, body, field] of cases) {
      const token = method === 'PUT' ? g.owner : g.desk
      const res = await call(t.app, method as 'POST', `${URL}${path}`, { token, body })
      expect(res.statusCode, `${method} ${path} ${JSON.stringify(body)}`).toBe(400)
      expect(res.json()).toMatchObject({ status: 'error', code: 'VALIDATION_ERROR' })
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field)
    }
    expect(await counts()).toEqual(before)
    expect([await subRow(sub.id), await subRow(frozen.id)]).toEqual(rowsBefore)
  })
})
