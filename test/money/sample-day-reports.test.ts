// Every report reproduces the sample day (test/money/support/sample-day.ts), figure by figure.
// The expected numbers are worked out by hand from the day's story, once, here at the top.
//
// 2026-11-18, Downtown (A): m1 Monthly 50 000 − 5 000 cash; m2 Four visits 20 000 network;
// m4 renewal 50 000 cash; m1's paid freeze 5 000 cash; a towel 3 000 cash; 10 000 of m2's sale
// refunded (network). Uptown (B): m3 Monthly 50 000 − 10 000 transfer. Check-ins: m2 10:30 and
// m4 12:30 at A, m3 11:30 at B; m1 13:30 denied (frozen). Expenses at A: 7 000 approved,
// 2 000 rejected, 1 500 pending. A's drawer: 103 000 expected, 102 500 counted.
// 2026-11-17: m5 Four visits 20 000 cash at B (22:30), checked in 22:45. October: m7 50 000 − 20 000
// cash A (10-05), m6 50 000 network B (10-22), m4 50 000 cash A (10-24), m8 20 000 transfer A (10-26).
// m9 (B) holds a coin plan used up to 0, ending 11-20: expired, so in no count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, type TestApp } from '../support/app.ts'
import { buildSampleDay, DAY, sampleApp, type SampleDay } from './support/sample-day.ts'

const money = (gross: number, discount: number, refunds: number, payments_count: number, refunds_count: number) =>
  ({ gross, discount, refunds, net: gross - discount - refunds, payments_count, refunds_count })

export const EXPECTED = {
  day: money(178_000, 15_000, 10_000, 6, 1), // net 153 000
  dayA: money(128_000, 5_000, 10_000, 5, 1), // net 113 000
  dayB: money(50_000, 10_000, 0, 1, 0), // net 40 000
  dayByMethod: { cash: 103_000, network: 10_000, transfer: 40_000 },
  dayAByMethod: { cash: 103_000, network: 10_000, transfer: 0 },
  // The same day per method, in full: cash m1 50 000 − 5 000, m4 50 000, freeze 5 000, towel 3 000;
  // network m2 20 000 less the 10 000 refund; transfer m3 50 000 − 10 000.
  dayMethods: {
    cash: money(108_000, 5_000, 0, 4, 0), network: money(20_000, 0, 10_000, 1, 1), transfer: money(50_000, 10_000, 0, 1, 0),
  },
  // Downtown's till: the cash expected is the cash taken less cash refunds; the drawer holds 500 less.
  till: { expected_cash: 103_000, network_total: 10_000, transfer_total: 0, payments_count: 5, refunds_count: 1, actual_cash: 102_500, difference: -500 },
  // m2's sale: 20 000, of which 10 000 went back.
  receipt: { amount: 20_000, discount: 0, net: 20_000, refunded: 10_000, refundable: 10_000 },
  dayExpenses: 7_000,
  dayCheckIns: { total: 3, members: 3, denied: 1, A: 2, B: 1, hours: { 10: 1, 11: 1, 12: 1 } as Record<number, number> },
  dayBefore: { net: 20_000, checkIns: 1, hour: 22 },
  month: money(198_000, 15_000, 10_000, 7, 1), // Nov 1–18: net 173 000
  monthA: 113_000, monthB: 60_000,
  lastMonthToDate: 30_000, // Oct 1–18: m7's sale only
  october: 150_000,
  members: { active: 6, frozen: 1, new_members: 4, expiring: 2, lapsed: 1 },
  membersA: { active: 3, frozen: 1, new_members: 2, expiring: 1, lapsed: 1 },
}

let t: TestApp
let w: SampleDay
beforeAll(async () => {
  t = await sampleApp()
  w = await buildSampleDay(t)
})
afterAll(async () => t.close())

const get = async (token: string, path: string) => {
  const res = await call(t.app, 'GET', path, { token })
  expect(res.statusCode, `${path}: ${res.body}`).toBe(200)
  return res.json().data
}

describe('the sample day in every report', () => {
  it('daily: the day, and its neighbours as zeros or their own takings', async () => {
    const today = await get(w.tokens.owner, '/api/reports/daily')
    expect(today).toMatchObject({ from: DAY, to: DAY, branch_id: null, period: 'daily' })
    expect(today.rows).toEqual([{ period: DAY, from: DAY, to: DAY, ...EXPECTED.day, expenses: 7_000, net_after_expenses: 146_000, check_ins: 3 }])
    const week = await get(w.tokens.owner, '/api/reports/daily?from=2026-11-15&to=2026-11-19')
    expect(week.rows.map((r: any) => [r.period, r.net, r.check_ins, r.expenses])).toEqual([
      ['2026-11-15', 0, 0, 0], ['2026-11-16', 0, 0, 0], ['2026-11-17', EXPECTED.dayBefore.net, 1, 0], [DAY, 153_000, 3, 7_000], ['2026-11-19', 0, 0, 0],
    ])
    expect(week.totals).toEqual({ ...money(198_000, 15_000, 10_000, 7, 1), expenses: 7_000, net_after_expenses: 166_000, check_ins: 4 })
  })

  it('weekly and monthly: this ISO week from Monday, this month from the 1st, October beside November', async () => {
    const week = await get(w.tokens.owner, '/api/reports/weekly')
    expect(week.rows).toEqual([{ period: '2026-11-16', from: '2026-11-16', to: DAY, ...EXPECTED.month, expenses: 7_000, net_after_expenses: 166_000, check_ins: 4 }])
    const month = await get(w.tokens.owner, '/api/reports/monthly')
    expect(month.rows).toEqual([{ period: '2026-11-01', from: '2026-11-01', to: DAY, ...EXPECTED.month, expenses: 7_000, net_after_expenses: 166_000, check_ins: 4 }])
    const two = await get(w.tokens.owner, '/api/reports/monthly?from=2026-10-01')
    expect(two.rows.map((r: any) => [r.period, r.from, r.to, r.net])).toEqual([['2026-10-01', '2026-10-01', '2026-10-31', EXPECTED.october], ['2026-11-01', '2026-11-01', DAY, 173_000]])
  })

  it('revenue: totals and by branch, plan and method', async () => {
    const r = await get(w.tokens.owner, `/api/reports/revenue?from=${DAY}&to=${DAY}`)
    expect(r.totals).toEqual(EXPECTED.day)
    expect(r.by_branch).toEqual([
      { key: w.a.id, name: 'Downtown', ...EXPECTED.dayA },
      { key: w.b.id, name: 'Uptown', ...EXPECTED.dayB },
    ])
    expect(r.by_plan).toEqual([
      { key: w.plans.monthly.id, name: 'Monthly', ...money(155_000, 15_000, 0, 4, 0) },
      { key: w.plans.coins.id, name: 'Four visits', ...money(20_000, 0, 10_000, 1, 1) },
      { key: null, name: null, ...money(3_000, 0, 0, 1, 0) },
    ])
    expect(r.by_method.map((g: any) => [g.key, g.net])).toEqual([['cash', 103_000], ['transfer', 40_000], ['network', 10_000]])
  })

  it('revenue trend: empty buckets as zeros, ISO weeks from Monday clipped to the range', async () => {
    const daily = await get(w.tokens.owner, '/api/reports/revenue-trend?period=daily&from=2026-11-15&to=2026-11-19')
    expect(daily.rows.map((r: any) => r.net)).toEqual([0, 0, 20_000, 153_000, 0])
    const weekly = await get(w.tokens.owner, `/api/reports/revenue-trend?period=weekly&from=2026-11-01&to=${DAY}`)
    expect(weekly.rows.map((r: any) => [r.period, r.from, r.to, r.net])).toEqual([
      ['2026-10-26', '2026-11-01', '2026-11-01', 0], ['2026-11-02', '2026-11-02', '2026-11-08', 0],
      ['2026-11-09', '2026-11-09', '2026-11-15', 0], ['2026-11-16', '2026-11-16', DAY, 173_000],
    ])
    // October's sales fell on Monday 10-05, Thursday 10-22, Saturday 10-24 and Monday 10-26.
    const october = await get(w.tokens.owner, '/api/reports/revenue-trend?period=weekly&from=2026-10-01&to=2026-11-01')
    expect(october.rows.map((r: any) => [r.period, r.net])).toEqual([
      ['2026-09-28', 0], ['2026-10-05', 30_000], ['2026-10-12', 0], ['2026-10-19', 100_000], ['2026-10-26', 20_000],
    ])
    const monthly = await get(w.tokens.owner, '/api/reports/revenue-trend?period=monthly&from=2026-09-01')
    expect(monthly.rows.map((r: any) => [r.period, r.net])).toEqual([['2026-09-01', 0], ['2026-10-01', EXPECTED.october], ['2026-11-01', 173_000]])
  })

  it('expenses by category: approved only', async () => {
    const r = await get(w.tokens.owner, `/api/reports/expenses-by-category?from=${DAY}&to=${DAY}`)
    expect(r).toMatchObject({ total: EXPECTED.dayExpenses, count: 1 })
    expect(r.by_category.filter((c: any) => c.amount > 0)).toEqual([{ category: 'maintenance', amount: 7_000, count: 1 }])
    expect(r.by_category).toHaveLength(13)
  })

  it('branch comparison', async () => {
    const r = await get(w.tokens.owner, `/api/reports/branch-comparison?from=${DAY}&to=${DAY}`)
    expect(r.branches).toEqual([
      { branch_id: w.a.id, branch_name: 'Downtown', is_active: true, ...EXPECTED.dayA, expenses: 7_000, net_after_expenses: 106_000, check_ins: EXPECTED.dayCheckIns.A },
      { branch_id: w.b.id, branch_name: 'Uptown', is_active: true, ...EXPECTED.dayB, expenses: 0, net_after_expenses: 40_000, check_ins: EXPECTED.dayCheckIns.B },
    ])
  })

  it('employee performance: refunds count against the seller, renewal rate = renewals ÷ plan sales', async () => {
    const day = await get(w.tokens.owner, `/api/reports/employee-performance?from=${DAY}&to=${DAY}`)
    expect(day.staff).toEqual([
      { staff_id: w.users.deskA.id, full_name: 'Test front_desk', sales_count: 5, sales_value: 123_000, refunds: 10_000, net: 113_000, plan_sales: 3, renewals: 1, renewal_rate: 0.3333 },
      { staff_id: w.users.deskB.id, full_name: 'Test front_desk', sales_count: 1, sales_value: 40_000, refunds: 0, net: 40_000, plan_sales: 1, renewals: 0, renewal_rate: 0 },
    ])
    const month = await get(w.tokens.owner, '/api/reports/employee-performance')
    expect(month.staff.map((s: any) => [s.staff_id, s.sales_count, s.net])).toEqual([[w.users.deskA.id, 5, 113_000], [w.users.deskB.id, 2, 60_000]])
  })

  it('members: active, frozen, new, expiring (7 days) and lapsed', async () => {
    const all = await get(w.tokens.owner, '/api/reports/members')
    expect(all).toEqual({ from: '2026-11-01', to: DAY, branch_id: null, today: DAY, days: 7, ...EXPECTED.members })
    const a = await get(w.tokens.managerA, '/api/reports/members')
    expect(a).toMatchObject({ branch_id: w.a.id, ...EXPECTED.membersA })
    expect(await get(w.tokens.owner, '/api/reports/members?days=3')).toMatchObject({ expiring: 1 })
  })

  it('check-ins: approved ones by gym-local day and hour', async () => {
    const r = await get(w.tokens.owner, `/api/reports/check-ins?from=${DAY}&to=${DAY}`)
    expect(r).toMatchObject({ total: 3, members: 3, denied: 1, by_day: [{ date: DAY, check_ins: 3, members: 3 }] })
    expect(r.by_hour).toHaveLength(24)
    expect(Object.fromEntries(r.by_hour.filter((h: any) => h.check_ins > 0).map((h: any) => [h.hour, h.check_ins]))).toEqual(EXPECTED.dayCheckIns.hours)
    const two = await get(w.tokens.owner, `/api/reports/check-ins?from=2026-11-17&to=${DAY}`)
    expect(two.total).toBe(4)
    expect(two.by_hour[22]).toEqual({ hour: 22, check_ins: 1 })
  })

  it('cash differences: from the closings', async () => {
    const r = await get(w.tokens.owner, `/api/reports/cash-differences?from=2026-11-17&to=${DAY}`)
    expect(r).toMatchObject({ closings_count: 2, with_difference: 1, total_difference: -500, total_short: 500, total_over: 0 })
    expect(r.closings.map((c: any) => [c.business_date, c.branch_name, c.expected_cash, c.actual_cash, c.difference])).toEqual([
      ['2026-11-17', 'Downtown', 0, 0, 0], [DAY, 'Downtown', 103_000, 102_500, -500],
    ])
  })
})

describe('the sample day in the ledger, the closing and the receipt', () => {
  it('ledger totals: gross, discount, refunds, net and by method, for every branch and for one', async () => {
    const all = await get(w.tokens.owner, `/api/payments?from=${DAY}&to=${DAY}&per_page=100`)
    expect(all.totals).toEqual({ ...EXPECTED.day, by_method: EXPECTED.dayMethods })
    expect(all.total).toBe(EXPECTED.day.payments_count + EXPECTED.day.refunds_count)
    expect(Object.fromEntries(Object.entries(all.totals.by_method).map(([k, v]: [string, any]) => [k, v.net]))).toEqual(EXPECTED.dayByMethod)
    // Each list line's net (a refund's is negative) adds up to the same net.
    expect(all.items.reduce((n: number, p: any) => n + p.net, 0)).toBe(EXPECTED.day.net)
    const a = await get(w.tokens.accountantA, `/api/payments?from=${DAY}&to=${DAY}`)
    expect(a.totals).toMatchObject(EXPECTED.dayA)
    expect(Object.fromEntries(Object.entries(a.totals.by_method).map(([k, v]: [string, any]) => [k, v.net]))).toEqual(EXPECTED.dayAByMethod)
    const b = await get(w.tokens.owner, `/api/payments?from=${DAY}&to=${DAY}&branch_id=${w.b.id}`)
    expect(b.totals).toMatchObject(EXPECTED.dayB)
    const month = await get(w.tokens.owner, `/api/payments?from=2026-11-01&to=${DAY}`)
    expect(month.totals).toMatchObject(EXPECTED.month)
    const october = await get(w.tokens.owner, '/api/payments?from=2026-10-01&to=2026-10-31')
    expect(october.totals.net).toBe(EXPECTED.october)
  })

  it("closing: the server's expected figures before the count, the difference after it", async () => {
    const { till } = EXPECTED
    expect(w.till.before).toMatchObject({
      branch_id: w.a.id, business_date: DAY, closed: false, closing_id: null, expected_cash: till.expected_cash,
      network_total: till.network_total, transfer_total: till.transfer_total, payments_count: till.payments_count, refunds_count: till.refunds_count,
    })
    const stored = { branch_id: w.a.id, business_date: DAY, expected_cash: till.expected_cash, network_total: till.network_total, transfer_total: till.transfer_total, payments_count: till.payments_count, actual_cash: till.actual_cash, difference: till.difference }
    expect(w.till.closing).toMatchObject(stored)
    expect(await get(w.tokens.accountantA, `/api/daily-closings/${w.till.closing.id}`)).toMatchObject(stored)
    // After the count, today's figures are unchanged and name the closing.
    expect(await get(w.tokens.owner, `/api/daily-closings/today?branch_id=${w.a.id}`)).toMatchObject({ ...w.till.before, closed: true, closing_id: w.till.closing.id })
    // Uptown is still open: its till holds only m3's transfer.
    expect(await get(w.tokens.owner, `/api/daily-closings/today?branch_id=${w.b.id}`)).toMatchObject({ closed: false, expected_cash: 0, network_total: 0, transfer_total: EXPECTED.dayByMethod.transfer, payments_count: 1 })
    const list = await get(w.tokens.owner, `/api/daily-closings?from=2026-11-17&to=${DAY}`)
    expect(list.items.map((c: any) => [c.business_date, c.branch_id, c.expected_cash, c.actual_cash, c.difference])).toEqual([
      [DAY, w.a.id, till.expected_cash, till.actual_cash, till.difference], ['2026-11-17', w.a.id, 0, 0, 0],
    ])
  })

  it('receipt of the refunded payment: the refund against it and what is left', async () => {
    const r = await get(w.tokens.deskA, `/api/payments/${w.payments.m2Sale}`)
    expect(r).toMatchObject({ ...EXPECTED.receipt, transaction_type: 'subscription', payment_method: 'network', business_date: DAY, branch_id: w.a.id, customer_id: w.members.m2.id, plan_id: w.plans.coins.id })
    expect(r.refunds).toHaveLength(1)
    expect(r.refunds[0]).toMatchObject({ transaction_type: 'refund', payment_method: 'network', amount: 10_000, net: -10_000, refund_of: w.payments.m2Sale, refund_of_reference: r.reference, notes: 'Partial refund', staff_id: w.users.managerA.id })
    // The refund route answered with the same receipt.
    expect(w.refund).toEqual(r)
    // The refund row is a receipt of its own: nothing left to refund on it.
    expect(await get(w.tokens.deskA, `/api/payments/${r.refunds[0].id}`)).toMatchObject({ transaction_type: 'refund', refund_of: w.payments.m2Sale, refunds: [], refunded: 0, refundable: 0 })
  })
})

describe('the sample day on the dashboards and alerts', () => {
  it("owner: today, the month, the change against last month's same days, best and worst branch, expiring, top staff", async () => {
    const d = await get(w.tokens.owner, '/api/dashboards/owner')
    expect(d).toEqual({
      date: DAY, today: EXPECTED.day,
      month: { from: '2026-11-01', to: DAY, ...EXPECTED.month, expenses: 7_000, net_after_expenses: 166_000 },
      last_month: { from: '2026-10-01', to: '2026-10-18', net: EXPECTED.lastMonthToDate },
      change: { amount: 143_000, percent: 476.7 },
      best_branch: { branch_id: w.a.id, branch_name: 'Downtown', revenue: EXPECTED.monthA },
      worst_branch: { branch_id: w.b.id, branch_name: 'Uptown', revenue: EXPECTED.monthB },
      expiring: { in_3_days: 1, in_7_days: 2 },
      top_staff: [
        { staff_id: w.users.deskA.id, full_name: 'Test front_desk', sales_count: 5, net: 113_000 },
        { staff_id: w.users.deskB.id, full_name: 'Test front_desk', sales_count: 2, net: 60_000 },
      ],
    })
  })

  it("branch manager: their branch's sales by method, check-ins, members and pending expenses", async () => {
    const d = await get(w.tokens.managerA, '/api/dashboards/branch-manager')
    expect(d).toEqual({
      date: DAY, branch_id: w.a.id,
      sales_today: { ...EXPECTED.dayA, by_method: EXPECTED.dayAByMethod },
      check_ins_today: { check_ins: 2, members: 2, denied: 1 },
      members: { active: 3, frozen: 1, expiring_7_days: 1 },
      pending_expenses: { count: 1, amount: 1_500 },
    })
  })

  it('accountant: today by method, month and net, closings missing or with a difference', async () => {
    const d = await get(w.tokens.central, '/api/dashboards/accountant')
    expect(d.today).toEqual({ ...EXPECTED.day, by_method: EXPECTED.dayByMethod })
    expect(d.month).toEqual({ from: '2026-11-01', to: DAY, ...EXPECTED.month, expenses: 7_000, net_after_expenses: 166_000 })
    expect(d.closings.missing).toEqual([{ branch_id: w.b.id, branch_name: 'Uptown', business_date: '2026-11-17', payments_count: 1 }])
    expect(d.closings.with_difference.map((c: any) => [c.branch_id, c.business_date, c.difference])).toEqual([[w.a.id, DAY, -500]])
    const own = await get(w.tokens.accountantA, '/api/dashboards/accountant')
    expect(own).toMatchObject({ branch_id: w.a.id, today: { ...EXPECTED.dayA, by_method: EXPECTED.dayAByMethod }, closings: { missing: [] } })
    expect(own.month.net).toBe(EXPECTED.monthA)
  })

  it('alerts: expiring plans (not the renewed one), low balances, pending expenses, branches not closed yesterday', async () => {
    const d = await get(w.tokens.owner, '/api/alerts')
    expect(d.expiring_plans.total).toBe(2)
    expect(d.expiring_plans.items.map((i: any) => [i.customer_id, i.end_date])).toEqual([[w.members.m6.id, '2026-11-21'], [w.members.m8.id, '2026-11-25']])
    expect(d.low_balance.items.map((i: any) => [i.customer_id, i.remaining_coins]).sort()).toEqual([[w.members.m2.id, 3], [w.members.m5.id, 3]].sort())
    expect(d.pending_expenses).toMatchObject({ total: 1, amount: 1_500, items: [{ title: 'Flyers', amount: 1_500, category: 'marketing' }] })
    expect(d.missing_closings).toEqual({ date: '2026-11-17', branches: [{ id: w.b.id, name: 'Uptown' }] })
    const a = await get(w.tokens.managerA, '/api/alerts')
    expect([a.expiring_plans.total, a.low_balance.total, a.pending_expenses.total, a.missing_closings.branches]).toEqual([1, 1, 1, []])
  })
})
