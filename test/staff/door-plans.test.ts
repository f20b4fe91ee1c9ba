// Which plans open the door: one without gym entry does not, one not started yet does not, and
// entry hours that cross midnight (22:00–02:00) admit on both sides of it and nowhere else.
import { describe, expect, it } from 'vitest'
import { createCustomer, createService, createSubscription } from '../support/factories.ts'
import { closeAppAfterEach, door } from './support/door-world.ts'

describe('door: the plans that open it', () => {
  closeAppAfterEach()

  it('a plan with grants_gym_entry false does not open the door (NO_ACTIVE_SUBSCRIPTION), and nothing is charged', async () => {
    const d = await door()
    const customer = await createCustomer(d.t.db, { branch_id: d.branch.id })
    const swimming = await createService(d.t.db, { subscription_type: 'coins', coins: 5, grants_gym_entry: false })
    const sub = await createSubscription(d.t.db, { customerId: customer.id, serviceId: swimming.id, branchId: d.branch.id, start: '2026-02-01', end: '2026-03-02', coins: 5 })
    const res = await d.scan(customer.id)
    expect(res.statusCode).toBe(200)
    expect(res.json().data).toMatchObject({ allowed: false, reason: 'NO_ACTIVE_SUBSCRIPTION' })
    expect((await d.entries()).map((e) => e.entry_status)).toEqual(['denied'])
    expect(await d.t.db.selectFrom('subscriptions').select('remaining_coins').where('id', '=', sub.id).executeTakeFirstOrThrow()).toEqual({ remaining_coins: 5 })
  })

  it('a plan that starts tomorrow does not open the door today (NO_ACTIVE_SUBSCRIPTION); on its first day it does', async () => {
    const d = await door()
    const customer = await createCustomer(d.t.db, { branch_id: d.branch.id })
    const plan = await createService(d.t.db)
    await createSubscription(d.t.db, { customerId: customer.id, serviceId: plan.id, branchId: d.branch.id, start: '2026-02-12', end: '2026-03-14' })
    expect((await d.scan(customer.id)).json().data).toMatchObject({ allowed: false, reason: 'NO_ACTIVE_SUBSCRIPTION' }) // today is 2026-02-11
    d.t.clock.set('2026-02-12T06:00:00Z')
    expect((await d.scan(customer.id)).json().data).toMatchObject({ allowed: true, reason: 'OK' })
  })

  it('overnight entry hours 22:00–02:00 admit at 23:30 and at 01:30, and refuse at 03:00 and at 21:00 (OUTSIDE_ENTRY_HOURS)', async () => {
    const d = await door()
    const { customer } = await d.member({ hours: ['22:00', '02:00'] })
    const at = async (instant: string) => {
      d.t.clock.set(instant)
      return (await d.scan(customer.id)).json().data
    }
    expect(await at('2026-02-11T21:00:00Z')).toMatchObject({ allowed: false, reason: 'OUTSIDE_ENTRY_HOURS' })
    expect(await at('2026-02-11T23:30:00Z')).toMatchObject({ allowed: true, reason: 'OK' })
    expect(await at('2026-02-12T01:30:00Z')).toMatchObject({ allowed: true, reason: 'OK' })
    expect(await at('2026-02-12T02:00:00Z')).toMatchObject({ allowed: false, reason: 'OUTSIDE_ENTRY_HOURS' }) // the end is exclusive
    expect(await at('2026-02-12T03:00:00Z')).toMatchObject({ allowed: false, reason: 'OUTSIDE_ENTRY_HOURS' })
    expect((await d.entries()).map((e) => e.entry_status)).toEqual(['denied', 'approved', 'approved', 'denied', 'denied'])
  })
})
