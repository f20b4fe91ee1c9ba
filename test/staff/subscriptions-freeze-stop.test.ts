// Freezing, unfreezing and stopping plans through /api/subscriptions: end dates, the freeze
// allowance and count, paid freezes, overdue freezes, and what stopping does to a freeze.
import { describe, expect, it } from 'vitest'
import { call } from '../support/app.ts'
import { createService, signInMember } from '../support/factories.ts'
import { at, auditFor, count, counts, get, gym, post, sell, subRow, t, useFreshApp } from './support/subscriptions-world.ts'

useFreshApp()

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

  it('after an earlier freeze, only the allowance left can be asked for: 6 of 10 days used, 5 more answer 422 and 4 are accepted', async () => {
    const g = await gym()
    const sub = (await sell(g.desk, { customer_id: g.member.id, service_id: g.plan.id })).json().data
    expect((await post(g.desk, `/${sub.id}/freeze`, { days: 6, reason: 'Trip' })).statusCode).toBe(200)
    const desk = await at('2026-02-17T09:00:00Z', g.deskUser.username)
    expect((await post(desk, `/${sub.id}/unfreeze`)).json().data).toMatchObject({ freeze_days_used: 6, freeze_days_remaining: 4 })
    const before = await counts()
    const tooMany = await post(desk, `/${sub.id}/freeze`, { days: 5, reason: 'Another trip' })
    expect(tooMany.statusCode).toBe(422)
    expect(tooMany.json()).toMatchObject({ code: 'BUSINESS_RULE', message: 'This plan allows 10 freeze days in all; 4 remain, 5 were asked for.' })
    expect(await counts()).toEqual(before)
    expect(await subRow(sub.id)).toMatchObject({ status: 'active', freeze_count: 1, freeze_days_used: 6 })
    expect((await post(desk, `/${sub.id}/freeze`, { days: 4, reason: 'Another trip' })).json().data).toMatchObject({ status: 'frozen', freeze_count: 2 })
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
