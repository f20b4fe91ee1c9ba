import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createService, createStaff, signInMember, staffToken } from '../support/factories.ts'

let t: TestApp
beforeEach(async () => {
  t = await createTestApp()
})
afterEach(async () => t.close())

const URL = '/api/subscriptions'

/** A branch with a front-desk account, an owner, a member of the branch and a 30-day gym plan (10 freeze days). */
async function gym() {
  const branch = await createBranch(t.db)
  const desk = await createStaff(t.db, 'front_desk', branch.id)
  const owner = await createStaff(t.db, 'owner', null)
  const member = await createCustomer(t.db, { branch_id: branch.id })
  const plan = await createService(t.db, { duration_days: 30, price: 50_000, freeze_max_days: 10 })
  return {
    branch, member, plan, deskUser: desk, ownerUser: owner,
    desk: await staffToken(t.app, desk.username),
    owner: await staffToken(t.app, owner.username),
  }
}

const sell = (token: string, body: Record<string, unknown>) => call(t.app, 'POST', `${URL}/activate`, { token, body: { payment_method: 'cash', ...body } })
const post = (token: string, path: string, body: unknown = {}) => call(t.app, 'POST', `${URL}${path}`, { token, body })
const get = (token: string, path = '') => call(t.app, 'GET', `${URL}${path}`, { token })

/** Moves the gym's clock; access tokens only live a day, so the caller signs in again. */
async function at(instant: string, username: string) {
  t.clock.set(instant)
  return staffToken(t.app, username)
}

async function count(table: string, where = '') {
  const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} ${sql.raw(where)}`.execute(t.db)
  return Number(rows[0]!.n)
}

const counts = async () => ({
  subscriptions: await count('subscriptions'), payments: await count('payments'), freezes: await count('subscription_freezes'),
  audit: await count('audit_log'), settings: await count('gym_settings'),
})

const subRow = (id: number) => t.db.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
const auditFor = (id: number) => t.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'subscription').where('entity_id', '=', id).orderBy('id').execute()

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

describe('freezing', () => {
  it('when a plan is frozen on Jan 28 for 10 days and unfrozen on Feb 4, the end date moves by 7 and 3 freeze days remain', async () => {
    const g = await gym()
    let desk = await at('2026-01-28T10:00:00Z', g.deskUser.username)
    const sub = (await sell(desk, { customer_id: g.member.id, service_id: g.plan.id })).json().data
    expect(sub).toMatchObject({ start_date: '2026-01-28', end_date: '2026-02-27' })
    const frozen = await post(desk, `/${sub.id}/freeze`, { days: 10, reason: 'Travelling' })
    expect(frozen.statusCode).toBe(200)
    expect(frozen.json().data).toMatchObject({ status: 'frozen', frozen_since: '2026-01-28', freeze_count: 1, remaining_days: 30 })
    expect(frozen.json().data.freezes).toEqual([expect.objectContaining({ start_date: '2026-01-28', requested_days: 10, planned_end_date: '2026-02-07', ended_on: null, is_overdue: false })])

    desk = await at('2026-02-04T10:00:00Z', g.deskUser.username)
    // Remaining days are paused while frozen; the freeze under way already counts against the allowance.
    expect((await get(desk, `/${sub.id}`)).json().data).toMatchObject({ status: 'frozen', remaining_days: 30, freeze_days_remaining: 3 })
    const res = await post(desk, `/${sub.id}/unfreeze`)
    expect(res.statusCode).toBe(200)
    expect(res.json().data).toMatchObject({ status: 'active', end_date: '2026-03-06', frozen_since: null, freeze_days_used: 7, freeze_days_remaining: 3, remaining_days: 30 })
    expect(await subRow(sub.id)).toMatchObject({ status: 'active', end_date: '2026-03-06', freeze_days_used: 7, frozen_since: null })
    const freezes = await t.db.selectFrom('subscription_freezes').selectAll().execute()
    expect(freezes).toEqual([expect.objectContaining({ ended_on: '2026-02-04', days_used: 7, reason: 'Travelling' })])
    expect((await auditFor(sub.id)).map((a) => a.action)).toEqual(['subscription.activate', 'subscription.freeze', 'subscription.unfreeze'])

    const { accessToken } = await signInMember(t.app, t.notifier, g.member.phone, g.member.phone)
    const app = (await call(t.app, 'GET', '/api/clients/subscription', { token: accessToken })).json().data
    expect(app.current_subscription).toMatchObject({ id: sub.id, status: 'active', end_date: '2026-03-06', freeze_days_remaining: 3 })
  })

  it('when a freeze ends early, the unused days return and can be used by the next freeze, up to the freeze count limit', async () => {
    const g = await gym()
    const sub = (await sell(g.desk, { customer_id: g.member.id, service_id: g.plan.id })).json().data
    expect((await post(g.desk, `/${sub.id}/freeze`, { days: 8, reason: 'Injury' })).statusCode).toBe(200)
    let desk = await at('2026-02-13T09:00:00Z', g.deskUser.username)
    expect((await post(desk, `/${sub.id}/unfreeze`)).json().data).toMatchObject({ end_date: '2026-03-15', freeze_days_used: 2, freeze_days_remaining: 8 })
    expect((await post(desk, `/${sub.id}/freeze`, { days: 8, reason: 'Injury again' })).statusCode).toBe(200)
    desk = await at('2026-02-14T09:00:00Z', g.deskUser.username)
    expect((await post(desk, `/${sub.id}/unfreeze`)).json().data).toMatchObject({ end_date: '2026-03-16', freeze_days_used: 3, freeze_count: 2, freezes_remaining: 0 })
    const third = await post(desk, `/${sub.id}/freeze`, { days: 1, reason: 'Once more' })
    expect(third.statusCode).toBe(422)
    expect(third.json()).toMatchObject({ code: 'BUSINESS_RULE', message: 'This plan allows 2 freeze(s) and 2 have been used.' })
  })

  it('when more days are asked for than the plan allows, the freeze answers 422 and nothing changes', async () => {
    const g = await gym()
    const sub = (await sell(g.desk, { customer_id: g.member.id, service_id: g.plan.id })).json().data
    const before = await counts()
    const res = await post(g.desk, `/${sub.id}/freeze`, { days: 11, reason: 'Long trip' })
    expect(res.statusCode).toBe(422)
    expect(res.json()).toMatchObject({ status: 'error', code: 'BUSINESS_RULE', message: 'This plan allows 10 freeze days in all; 10 remain, 11 were asked for.' })
    expect(await counts()).toEqual(before)
    expect(await subRow(sub.id)).toMatchObject({ status: 'active', freeze_count: 0, frozen_since: null })
  })

  it('when the plan charges for a freeze, the freeze needs a payment method and records a freeze payment', async () => {
    const g = await gym()
    await t.db.updateTable('services').set({ freeze_cost: 2_500 }).where('id', '=', g.plan.id).execute()
    const sub = (await sell(g.desk, { customer_id: g.member.id, service_id: g.plan.id })).json().data
    const unpaid = await post(g.desk, `/${sub.id}/freeze`, { days: 3, reason: 'Exams' })
    expect(unpaid.statusCode).toBe(400)
    expect(unpaid.json().errors).toEqual([{ field: 'payment_method', message: 'is required for a paid freeze' }])
    expect(await count('subscription_freezes')).toBe(0)
    const paid = await post(g.desk, `/${sub.id}/freeze`, { days: 3, reason: 'Exams', payment_method: 'network' })
    expect(paid.statusCode).toBe(200)
    expect(paid.json().data.payment).toMatchObject({ amount: 2_500, transaction_type: 'freeze', payment_method: 'network' })
    expect(await count('payments', `where transaction_type = 'freeze' and subscription_id = ${sub.id}`)).toBe(1)
    expect(paid.json().data.freezes[0]).toMatchObject({ cost: 2_500 })
  })

  it('when the plan is not active or not frozen, freeze and unfreeze answer 422', async () => {
    const g = await gym()
    const sub = (await sell(g.desk, { customer_id: g.member.id, service_id: g.plan.id })).json().data
    expect((await post(g.desk, `/${sub.id}/unfreeze`)).statusCode).toBe(422)
    expect((await post(g.desk, `/${sub.id}/stop`, { reason: 'Moved away' })).statusCode).toBe(200)
    const res = await post(g.desk, `/${sub.id}/freeze`, { days: 2, reason: 'Trip' })
    expect(res.statusCode).toBe(422)
    expect(res.json().message).toBe('Only an active plan can be frozen; this one is stopped.')
  })
  it('when a 1-day freeze on a plan with 7 freeze days is unfrozen 90 days later, only 7 days are credited', async () => {
    const g = await gym()
    const plan = await createService(t.db, { duration_days: 30, freeze_max_days: 7 })
    const sub = (await sell(g.desk, { customer_id: g.member.id, service_id: plan.id })).json().data
    expect(sub).toMatchObject({ end_date: '2026-03-13', freeze_days_remaining: 7 })
    const renewal = (await post(g.desk, `/${sub.id}/renew`, { payment_method: 'cash' })).json().data
    expect(renewal).toMatchObject({ start_date: '2026-03-14', end_date: '2026-04-13' })
    expect((await post(g.desk, `/${sub.id}/freeze`, { days: 1, reason: 'Weekend away' })).statusCode).toBe(200)

    const desk = await at('2026-05-12T09:00:00Z', g.deskUser.username)
    const overdue = (await get(desk, `/${sub.id}`)).json().data
    expect(overdue).toMatchObject({ status: 'frozen', freeze_days_remaining: 0 })
    expect(overdue.freezes[0]).toMatchObject({ planned_end_date: '2026-02-12', is_overdue: true })
    const res = await post(desk, `/${sub.id}/unfreeze`)
    expect(res.statusCode).toBe(200)
    // The end date moves by the 7 days the plan allows, not the 90 the member stayed away.
    expect(res.json().data).toMatchObject({ end_date: '2026-03-20', freeze_days_used: 7, freeze_days_remaining: 0, frozen_since: null, status: 'expired' })
    expect(res.json().data.freezes[0]).toMatchObject({ ended_on: '2026-05-12', days_used: 7, is_overdue: false })
    expect(await subRow(sub.id)).toMatchObject({ status: 'active', end_date: '2026-03-20', freeze_days_used: 7 })
    expect(await t.db.selectFrom('subscription_freezes').select(['ended_on', 'days_used']).execute()).toEqual([{ ended_on: '2026-05-12', days_used: 7 }])
    // The renewal queued behind it moves by the same 7 days.
    expect(await subRow(renewal.id)).toMatchObject({ start_date: '2026-03-21', end_date: '2026-04-20' })
    const unfreeze = (await auditFor(sub.id)).find((a) => a.action === 'subscription.unfreeze')!
    expect(JSON.parse(unfreeze.changes)).toMatchObject({ end_date: { before: '2026-03-13', after: '2026-03-20' }, days_frozen: { after: 90 }, days_credited: { after: 7 } })
  })

  it('when a frozen plan is stopped long after its freeze allowance ran out, only the allowance left is counted', async () => {
    const g = await gym()
    const plan = await createService(t.db, { duration_days: 30, freeze_max_days: 7 })
    const sub = (await sell(g.desk, { customer_id: g.member.id, service_id: plan.id })).json().data
    await post(g.desk, `/${sub.id}/freeze`, { days: 1, reason: 'Cold' })
    let desk = await at('2026-02-12T09:00:00Z', g.deskUser.username)
    expect((await post(desk, `/${sub.id}/unfreeze`)).json().data).toMatchObject({ freeze_days_used: 1, freeze_days_remaining: 6 })
    expect((await post(desk, `/${sub.id}/freeze`, { days: 2, reason: 'Trip' })).statusCode).toBe(200)
    desk = await at('2026-03-14T09:00:00Z', g.deskUser.username)
    const res = await post(desk, `/${sub.id}/stop`, { reason: 'Never came back' })
    expect(res.statusCode).toBe(200)
    expect(res.json().data).toMatchObject({ status: 'stopped', freeze_days_used: 7, freeze_days_remaining: 0, end_date: '2026-03-14' })
    const freezes = await t.db.selectFrom('subscription_freezes').select(['ended_on', 'days_used']).orderBy('id').execute()
    expect(freezes).toEqual([{ ended_on: '2026-02-12', days_used: 1 }, { ended_on: '2026-03-14', days_used: 6 }])
    expect(await subRow(sub.id)).toMatchObject({ status: 'stopped', freeze_days_used: 7, end_date: '2026-03-14' })
  })
})

describe('renewing', () => {
  it('when a running plan is renewed, the new period starts the day after it ends and the old one is kept', async () => {
    const g = await gym()
    const sub = (await sell(g.desk, { customer_id: g.member.id, service_id: g.plan.id })).json().data
    const res = await post(g.desk, `/${sub.id}/renew`, { payment_method: 'transfer', discount: 1_000 })
    expect(res.statusCode).toBe(201)
    const renewal = res.json().data
    expect(renewal).toMatchObject({ start_date: '2026-03-14', end_date: '2026-04-13', status: 'active', amount: 50_000, discount: 1_000, remaining_days: 30 })
    expect(renewal.payment).toMatchObject({ transaction_type: 'renewal', payment_method: 'transfer' })
    expect(await subRow(sub.id)).toMatchObject({ status: 'active', start_date: '2026-02-11', end_date: '2026-03-13' })
    expect((await auditFor(renewal.id)).map((a) => a.action)).toEqual(['subscription.renew'])
    // The member app keeps showing the running plan as current.
    const { accessToken } = await signInMember(t.app, t.notifier, g.member.phone, g.member.phone)
    const app = (await call(t.app, 'GET', '/api/clients/subscription', { token: accessToken })).json().data
    expect(app.current_subscription.id).toBe(sub.id)
    expect(app.subscription_history).toEqual([expect.objectContaining({ id: renewal.id, start_date: '2026-03-14' })])
    // Renewing the same period twice would overlap the renewal already queued.
    const twice = await post(g.desk, `/${sub.id}/renew`, { payment_method: 'cash' })
    expect(twice.statusCode).toBe(409)
    expect(twice.json().message).toContain(`subscription ${renewal.id}`)
  })

  it('when an expired plan is renewed, the new period starts today', async () => {
    const g = await gym()
    const sub = (await sell(g.desk, { customer_id: g.member.id, service_id: g.plan.id })).json().data
    const desk = await at('2026-03-20T08:00:00Z', g.deskUser.username)
    const res = await post(desk, `/${sub.id}/renew`, { payment_method: 'cash' })
    expect(res.statusCode).toBe(201)
    expect(res.json().data).toMatchObject({ start_date: '2026-03-20', end_date: '2026-04-19', status: 'active' })
  })

  it('when a plan unfreezes, a renewal queued after it moves by the same days so the two never overlap', async () => {
    const g = await gym()
    const sub = (await sell(g.desk, { customer_id: g.member.id, service_id: g.plan.id })).json().data
    const renewal = (await post(g.desk, `/${sub.id}/renew`, { payment_method: 'cash' })).json().data
    await post(g.desk, `/${sub.id}/freeze`, { days: 5, reason: 'Trip' })
    const desk = await at('2026-02-16T09:00:00Z', g.deskUser.username)
    expect((await post(desk, `/${sub.id}/unfreeze`)).json().data).toMatchObject({ end_date: '2026-03-18' })
    expect(await subRow(renewal.id)).toMatchObject({ start_date: '2026-03-19', end_date: '2026-04-18' })
    expect((await auditFor(renewal.id)).map((a) => a.action)).toEqual(['subscription.renew', 'subscription.postpone'])
  })

  it('when the plan is stopped or frozen, renewing answers 422 and writes nothing', async () => {
    const g = await gym()
    const frozen = (await sell(g.desk, { customer_id: g.member.id, service_id: g.plan.id })).json().data
    await post(g.desk, `/${frozen.id}/freeze`, { days: 2, reason: 'Trip' })
    const other = await createCustomer(t.db, { branch_id: g.branch.id })
    const stopped = (await sell(g.desk, { customer_id: other.id, service_id: g.plan.id })).json().data
    await post(g.desk, `/${stopped.id}/stop`, { reason: 'Refund' })
    const before = await counts()
    for (const [id, message] of [[stopped.id, 'A stopped plan cannot be renewed; sell a new one instead.'], [frozen.id, 'Unfreeze the plan before renewing it.']]) {
      const res = await post(g.desk, `/${id}/renew`, { payment_method: 'cash' })
      expect(res.statusCode).toBe(422)
      expect(res.json()).toMatchObject({ code: 'BUSINESS_RULE', message })
    }
    expect(await counts()).toEqual(before)
  })
  it("when the member's account is deactivated, renewing answers 422 as a new sale does and writes nothing", async () => {
    const g = await gym()
    const sub = (await sell(g.desk, { customer_id: g.member.id, service_id: g.plan.id })).json().data
    await t.db.updateTable('customers').set({ is_active: false }).where('id', '=', g.member.id).execute()
    const before = await counts()
    const message = "The member's account is deactivated; activate it before selling a plan."
    const res = await post(g.desk, `/${sub.id}/renew`, { payment_method: 'cash' })
    expect(res.statusCode).toBe(422)
    expect(res.json()).toMatchObject({ status: 'error', code: 'BUSINESS_RULE', message })
    const karate = await createService(t.db)
    await t.db.updateTable('services').set({ service_type: 'karate' }).where('id', '=', karate.id).execute()
    expect((await sell(g.desk, { customer_id: g.member.id, service_id: karate.id })).json()).toMatchObject({ code: 'BUSINESS_RULE', message })
    expect(await counts()).toEqual(before)
  })
})

describe('stopping', () => {
  it('when an active plan is stopped, it keeps the reason, is audited, and cannot be stopped twice', async () => {
    const g = await gym()
    const sub = (await sell(g.desk, { customer_id: g.member.id, service_id: g.plan.id })).json().data
    const res = await post(g.desk, `/${sub.id}/stop`, { reason: 'Moved to another city' })
    expect(res.statusCode).toBe(200)
    expect(res.json().data).toMatchObject({ status: 'stopped', stop_reason: 'Moved to another city', remaining_days: 0 })
    expect(await subRow(sub.id)).toMatchObject({ status: 'stopped', stop_reason: 'Moved to another city' })
    const audit = await auditFor(sub.id)
    expect(audit.map((a) => a.action)).toEqual(['subscription.activate', 'subscription.stop'])
    expect(JSON.parse(audit[1]!.changes)).toMatchObject({ status: { before: 'active', after: 'stopped' } })
    expect((await post(g.desk, `/${sub.id}/stop`, { reason: 'Again' })).statusCode).toBe(422)
  })

  it('when a frozen plan is stopped, its freeze ends and the days frozen are counted', async () => {
    const g = await gym()
    const sub = (await sell(g.desk, { customer_id: g.member.id, service_id: g.plan.id })).json().data
    await post(g.desk, `/${sub.id}/freeze`, { days: 5, reason: 'Trip' })
    const desk = await at('2026-02-14T09:00:00Z', g.deskUser.username)
    expect((await post(desk, `/${sub.id}/stop`, { reason: 'Refund' })).json().data).toMatchObject({ status: 'stopped', freeze_days_used: 3, frozen_since: null })
    expect(await t.db.selectFrom('subscription_freezes').select(['ended_on', 'days_used']).execute()).toEqual([{ ended_on: '2026-02-14', days_used: 3 }])
  })
})

describe('expiry without a job', () => {
  it('when the clock passes the end date, the member app and the staff list show the plan as expired', async () => {
    const g = await gym()
    const sub = (await sell(g.desk, { customer_id: g.member.id, service_id: g.plan.id })).json().data
    t.clock.set('2026-03-13T20:00:00Z')
    let member = await signInMember(t.app, t.notifier, g.member.phone, g.member.phone)
    let app = (await call(t.app, 'GET', '/api/clients/subscription', { token: member.accessToken })).json().data
    expect(app.current_subscription).toMatchObject({ id: sub.id, status: 'active', remaining_days: 0 })

    const desk = await at('2026-03-14T08:00:00Z', g.deskUser.username)
    member = await signInMember(t.app, t.notifier, g.member.phone, g.member.phone)
    app = (await call(t.app, 'GET', '/api/clients/subscription', { token: member.accessToken })).json().data
    expect(app.current_subscription).toBeNull()
    expect(app.subscription_history).toEqual([expect.objectContaining({ id: sub.id, status: 'expired', remaining_days: 0 })])
    expect((await get(desk, '?status=EXPIRED')).json().data).toMatchObject({ total: 1, items: [{ id: sub.id, status: 'expired' }] })
    expect((await get(desk, '?status=Active')).json().data.total).toBe(0)
    expect(await subRow(sub.id)).toMatchObject({ status: 'active' })
  })

  it('when a coin plan has used its last coin, it shows as expired and a renewal starts today', async () => {
    const g = await gym()
    const coins = await createService(t.db, { subscription_type: 'coins', coins: 10, duration_days: 90 })
    const sub = (await sell(g.desk, { customer_id: g.member.id, service_id: coins.id })).json().data
    await t.db.updateTable('subscriptions').set({ remaining_coins: 0 }).where('id', '=', sub.id).execute()
    expect((await get(g.desk, `/${sub.id}`)).json().data).toMatchObject({ status: 'expired', remaining_coins: 0, total_coins: 10 })
    expect((await get(g.desk, '?status=expired')).json().data.items.map((s: { id: number }) => s.id)).toEqual([sub.id])
    const member = await signInMember(t.app, t.notifier, g.member.phone, g.member.phone)
    const app = (await call(t.app, 'GET', '/api/clients/subscription', { token: member.accessToken })).json().data
    expect(app.current_subscription).toBeNull()
    expect(app.subscription_history[0]).toMatchObject({ status: 'expired', remaining_coins: 0, total_coins: 10 })
    const renewal = await post(g.desk, `/${sub.id}/renew`, { payment_method: 'cash' })
    expect(renewal.statusCode).toBe(201)
    expect(renewal.json().data).toMatchObject({ start_date: '2026-02-11', remaining_coins: 10, status: 'active' })
  })
})

describe('reading and scope', () => {
  it('lists with filters and pages; the detail carries the freeze history', async () => {
    const g = await gym()
    const members = [g.member, await createCustomer(t.db, { branch_id: g.branch.id }), await createCustomer(t.db, { branch_id: g.branch.id })]
    const ids: number[] = []
    for (const m of members) ids.push((await sell(g.desk, { customer_id: m.id, service_id: g.plan.id })).json().data.id)
    await post(g.desk, `/${ids[0]}/freeze`, { days: 2, reason: 'Cold' })
    const page = (await get(g.desk, '?per_page=2&page=2')).json().data
    expect(page).toMatchObject({ total: 3, page: 2, per_page: 2, pages: 2 })
    expect(page.items).toHaveLength(1)
    expect((await get(g.desk, `?customer_id=${members[1]!.id}`)).json().data.items.map((s: { id: number }) => s.id)).toEqual([ids[1]])
    expect((await get(g.desk, '?status=FROZEN')).json().data.items.map((s: { id: number }) => s.id)).toEqual([ids[0]])
    const detail = (await get(g.desk, `/${ids[0]}`)).json().data
    expect(detail).toMatchObject({ id: ids[0], customer_name: g.member.full_name, service_name: g.plan.name, status: 'frozen' })
    expect(detail.freezes).toEqual([expect.objectContaining({ requested_days: 2, reason: 'Cold' })])
    expect((await get(g.desk, '?status=paused')).statusCode).toBe(400)
  })

  it("when staff of another branch reach for a plan, it answers 404 and nothing is written", async () => {
    const g = await gym()
    const sub = (await sell(g.desk, { customer_id: g.member.id, service_id: g.plan.id })).json().data
    const elsewhere = await createBranch(t.db)
    const stranger = await staffToken(t.app, (await createStaff(t.db, 'branch_manager', elsewhere.id)).username)
    const before = await counts()
    expect((await get(stranger, `/${sub.id}`)).json()).toMatchObject({ status: 'error', code: 'NOT_FOUND' })
    expect((await get(stranger, `/${sub.id}`)).statusCode).toBe(404)
    expect((await get(stranger)).json().data.total).toBe(0)
    expect((await get(stranger, `?branch_id=${g.branch.id}`)).json().data.total).toBe(0)
    for (const [path, body] of [[`/${sub.id}/freeze`, { days: 1, reason: 'x' }], [`/${sub.id}/renew`, { payment_method: 'cash' }], [`/${sub.id}/stop`, { reason: 'x' }], [`/${sub.id}/unfreeze`, {}]] as const) {
      expect((await post(stranger, path, body)).statusCode).toBe(404)
    }
    expect((await sell(stranger, { customer_id: g.member.id, service_id: g.plan.id })).statusCode).toBe(404)
    expect(await counts()).toEqual(before)
    // The owner sees every branch and can filter by one.
    expect((await get(g.owner, `?branch_id=${g.branch.id}`)).json().data.total).toBe(1)
    expect((await get(g.owner, `?branch_id=${elsewhere.id}`)).json().data.total).toBe(0)
  })

  it('when a trainer reads subscriptions, only the plans they train are visible', async () => {
    const g = await gym()
    const training = await createService(t.db, { subscription_type: 'training', sessions: 10 })
    const coach = await createStaff(t.db, 'trainer', g.branch.id)
    const otherCoach = await createStaff(t.db, 'trainer', g.branch.id)
    const trained = (await sell(g.desk, { customer_id: g.member.id, service_id: training.id, trainer_id: coach.id })).json().data
    const other = await createCustomer(t.db, { branch_id: g.branch.id })
    await sell(g.desk, { customer_id: other.id, service_id: g.plan.id })
    const coachToken = await staffToken(t.app, coach.username)
    expect((await get(coachToken)).json().data.items.map((s: { id: number }) => s.id)).toEqual([trained.id])
    expect((await get(coachToken, `/${trained.id}`)).statusCode).toBe(200)
    expect((await get(await staffToken(t.app, otherCoach.username), `/${trained.id}`)).statusCode).toBe(404)
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
