// Renewing plans through /api/subscriptions, expiry without a job, and reading: filters, paging,
// the freeze history, branch scope and the trainer's view.
import { describe, expect, it } from 'vitest'
import { call } from '../support/app.ts'
import { createBranch, createCustomer, createService, createStaff, signInMember, staffToken } from '../support/factories.ts'
import { at, auditFor, counts, get, gym, post, sell, subRow, t, useFreshApp } from './support/subscriptions-world.ts'

useFreshApp()

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
