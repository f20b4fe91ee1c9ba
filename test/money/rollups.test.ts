// The reports' daily roll-ups (migration 20261130_0011_rollups) equal the raw rows summed afresh
// after every kind of write: the sample day (sales, renewal, paid freeze, "other" payment, partial
// refund, approved and denied check-ins), a late sale across a daylight-saving change, a failed
// write, the migration's backfill and the operator's rebuild.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as rollupsMigration from '../../src/db/migrations/20261130_0011_rollups.ts'
import { insertEntry } from '../../src/modules/entries/entry.repository.ts'
import { rebuildDailyRollups } from '../../src/modules/ops/admin.service.ts'
import { recordPayment } from '../../src/modules/payments/payment.repository.ts'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createService, createStaff, staffToken } from '../support/factories.ts'
import { expectRollupsMatchRaw, rollupsAsStored } from './support/rollups.ts'
import { buildSampleDay, DAY, ok, sampleApp, type SampleDay } from './support/sample-day.ts'

describe('the roll-ups after the sample day', () => {
  let t: TestApp
  let w: SampleDay
  beforeAll(async () => {
    t = await sampleApp()
    w = await buildSampleDay(t)
  })
  afterAll(async () => t.close())

  it('equal the ledger and the entry log summed afresh', async () => {
    await expectRollupsMatchRaw(t.db)
  })

  it('count the refund on its own day, branch and method, against the sale\'s plan and seller', async () => {
    const refund = await t.db.selectFrom('payment_day_totals').selectAll()
      .where('business_date', '=', DAY).where('transaction_type', '=', 'refund').execute()
    expect(refund.map((r) => ({ ...r, amount: Number(r.amount), discount: Number(r.discount) }))).toEqual([{
      business_date: DAY, branch_id: w.a.id, transaction_type: 'refund', payment_method: 'network',
      service_id: w.plans.coins.id, seller_id: w.users.deskA.id, amount: 10_000, discount: 0, entries: 1,
    }])
  })

  it('count approved and denied check-ins per day and branch', async () => {
    const visits = await t.db.selectFrom('entry_day_counts').select(['branch_id', 'entry_status', 'entries'])
      .where('business_date', '=', DAY).orderBy('branch_id').orderBy('entry_status').execute()
    expect(visits).toEqual([
      { branch_id: w.a.id, entry_status: 'approved', entries: 2 },
      { branch_id: w.a.id, entry_status: 'denied', entries: 1 },
      { branch_id: w.b.id, entry_status: 'approved', entries: 1 },
    ])
  })

  it('a write that rolls back leaves them as they were', async () => {
    const before = await rollupsAsStored(t.db)
    const deps = { dialect: t.dialect, clock: t.clock, config: t.config }
    await expect(t.db.transaction().execute(async (tx) => {
      // Uptown's till is still open on the day (Downtown's is closed).
      await recordPayment(tx, deps, { branchId: w.b.id, customerId: w.members.m3.id, subscriptionId: null, amount: 1_000, discount: 0, method: 'cash', type: 'other', notes: null, staffId: w.users.deskB.id })
      await insertEntry(tx, {
        customer_id: w.members.m3.id, branch_id: w.b.id, subscription_id: null, entry_time: t.clock.now().toISOString(), business_date: DAY,
        entry_type: 'manual', entry_status: 'denied', reason: 'NO_ACTIVE_SUBSCRIPTION', staff_id: w.users.deskB.id, scan_key: null,
      })
      expect((await rollupsAsStored(tx)).payment_day_totals).not.toEqual(before.payment_day_totals)
      throw new Error('the request failed after writing')
    })).rejects.toThrow('the request failed after writing')
    expect(await rollupsAsStored(t.db)).toEqual(before)
    await expectRollupsMatchRaw(t.db)
  })

  it('the migration fills them from the rows already written', async () => {
    const before = await rollupsAsStored(t.db)
    await t.db.transaction().execute(async (tx) => {
      await rollupsMigration.down(tx as never)
      await rollupsMigration.up(tx as never)
    })
    expect(await rollupsAsStored(t.db)).toEqual(before)
  })

  it('the operator\'s rebuild repairs a hand-edited roll-up and is audited', async () => {
    const before = await rollupsAsStored(t.db)
    await t.db.updateTable('payment_day_totals').set({ amount: 1 }).where('business_date', '=', DAY).execute()
    await t.db.deleteFrom('entry_day_counts').execute()
    const rebuilt = await rebuildDailyRollups({ db: t.db, config: t.config, clock: t.clock }, { from: '2026-11-01' })
    expect(rebuilt.entry_day_counts).toBe(before.entry_day_counts.length)
    expect(await rollupsAsStored(t.db)).toEqual(before)
    const audit = await t.db.selectFrom('audit_log').select(['action', 'actor_role']).where('action', '=', 'rollups.rebuild').execute()
    expect(audit).toHaveLength(1)
    await expect(rebuildDailyRollups({ db: t.db, config: t.config, clock: t.clock }, { from: 'yesterday' })).rejects.toThrow('--from takes a day as YYYY-MM-DD')
    expect(await rollupsAsStored(t.db)).toEqual(before)
  })
})

describe('the roll-ups across a daylight-saving change', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ env: { GYM_TIMEZONE: 'America/New_York', AUTH_RATE_LIMIT_PER_MINUTE: '100000' } })
  })
  afterAll(async () => t.close())

  it('a sale at 23:30 local on the night the clocks go back counts on its local day, as do its refund and check-ins', async () => {
    const branch = await createBranch(t.db)
    const desk = await createStaff(t.db, 'front_desk', branch.id)
    const manager = await createStaff(t.db, 'branch_manager', branch.id)
    const plan = await createService(t.db, { price: 10_000, duration_days: 30 })
    const member = await createCustomer(t.db, { branch_id: branch.id })
    const stranger = await createCustomer(t.db, { branch_id: branch.id })
    t.clock.set('2026-11-01T03:30:00Z') // 23:30 EDT, 31 October
    let token = await staffToken(t.app, desk.username)
    const sold = await ok(await call(t.app, 'POST', '/api/subscriptions/activate', { token, body: { customer_id: member.id, service_id: plan.id, payment_method: 'cash', discount: 1_000 } }))
    t.clock.set('2026-11-01T03:45:00Z')
    expect((await ok(await call(t.app, 'POST', '/api/entries/check-in', { token, body: { customer_id: member.id } }), 200)).allowed).toBe(true)
    expect((await ok(await call(t.app, 'POST', '/api/entries/check-in', { token, body: { customer_id: stranger.id } }), 200)).allowed).toBe(false)
    t.clock.set('2026-11-02T04:30:00Z') // 23:30 EST, 1 November
    token = await staffToken(t.app, manager.username)
    await ok(await call(t.app, 'POST', `/api/payments/${sold.payment.id}/refund`, { token, body: { amount: 2_000, reason: 'Goodwill' } }))

    await expectRollupsMatchRaw(t.db)
    const money = await t.db.selectFrom('payment_day_totals').select(['business_date', 'transaction_type', 'seller_id', 'amount', 'discount', 'entries']).orderBy('business_date').execute()
    expect(money.map((r) => ({ ...r, amount: Number(r.amount), discount: Number(r.discount) }))).toEqual([
      { business_date: '2026-10-31', transaction_type: 'subscription', seller_id: desk.id, amount: 10_000, discount: 1_000, entries: 1 },
      { business_date: '2026-11-01', transaction_type: 'refund', seller_id: desk.id, amount: 2_000, discount: 0, entries: 1 },
    ])
    const visits = await t.db.selectFrom('entry_day_counts').select(['business_date', 'entry_status', 'entries']).orderBy('entry_status').execute()
    expect(visits).toEqual([
      { business_date: '2026-10-31', entry_status: 'approved', entries: 1 },
      { business_date: '2026-10-31', entry_status: 'denied', entries: 1 },
    ])
    const daily = await call(t.app, 'GET', '/api/reports/daily?from=2026-10-31&to=2026-11-01', { token: await staffToken(t.app, (await createStaff(t.db, 'owner', null)).username) })
    expect(daily.json().data.rows.map((r: any) => [r.period, r.net, r.check_ins])).toEqual([['2026-10-31', 9_000, 1], ['2026-11-01', -2_000, 0]])
  })
})
