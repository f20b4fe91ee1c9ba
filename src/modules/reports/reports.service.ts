// The reports: each reads its range and branch, runs a few grouped queries and shapes the groups.
// Buckets and branch lists are generated here so empty ones show as zeros.
import type { Config } from '../../config.ts'
import type { Db, Dialect } from '../../db/database.ts'
import type { StaffRole } from '../../db/types.ts'
import type { Clock } from '../../lib/clock.ts'
import { apiInstant, localDate } from '../../lib/dates.ts'
import { EXPENSE_CATEGORIES } from '../../db/tables/money.ts'
import { branchesOf, checkInsBy, closingsOf, closingTotals, memberCounts, visitCountsBy } from './activity.repository.ts'
import { bucketsOf, resolveBranch, resolveDates, weekStart, type Period, type ReportRange } from './report-range.ts'
import { NO_MONEY, toMoney, type Money } from '../payments/ledger-money.ts'
import { approvedExpensesBy, revenueBy, revenueTotal, type RevenueGroup } from './revenue.repository.ts'

export interface ReportDeps {
  db: Db
  dialect: Dialect
  clock: Clock
  config: Pick<Config, 'gymTimezone'>
}

export type Caller = { role: StaffRole; branchId: number | null }
export interface RangeQuery { from?: string; to?: string; branch_id?: number }

export const todayIn = (deps: Pick<ReportDeps, 'clock' | 'config'>) => localDate(deps.clock.now(), deps.config.gymTimezone)

const DEFAULT_FROM: Record<Period, (to: string) => string> = { daily: (to) => to, weekly: weekStart, monthly: (to) => `${to.slice(0, 8)}01` }

export async function rangeFor(deps: ReportDeps, caller: Caller, q: RangeQuery, defaultFrom = DEFAULT_FROM.monthly): Promise<ReportRange> {
  const dates = resolveDates(todayIn(deps), q, defaultFrom)
  return { ...dates, branchId: await resolveBranch(deps.db, caller, q.branch_id) }
}

const head = (range: ReportRange) => ({ from: range.from, to: range.to, branch_id: range.branchId })
const money = (m: Money) => toMoney(m)
const byKey = <T extends { key: unknown }>(rows: T[]) => new Map(rows.map((r) => [String(r.key), r]))

/** daily, weekly, monthly: one row per bucket with revenue, approved expenses and check-ins. Default range: today, this ISO week, this month. */
export async function periodReport(deps: ReportDeps, caller: Caller, q: RangeQuery, period: Period) {
  const range = await rangeFor(deps, caller, q, DEFAULT_FROM[period])
  const [revenue, expenses, visits] = [
    byKey(await revenueBy(deps.db, deps.dialect, range, period)),
    byKey(await approvedExpensesBy(deps.db, deps.dialect, range, period)),
    byKey(await visitCountsBy(deps.db, deps.dialect, range, period)),
  ]
  const rows = bucketsOf(range, period).map((b) => {
    const m = money(revenue.get(b.period) ?? NO_MONEY)
    const spent = expenses.get(b.period)?.amount ?? 0
    return { ...b, ...m, expenses: spent, net_after_expenses: m.net - spent, check_ins: visits.get(b.period)?.check_ins ?? 0 }
  })
  const totals = { ...NO_MONEY, expenses: 0, net_after_expenses: 0, check_ins: 0 }
  for (const row of rows) for (const field of Object.keys(totals) as Array<keyof typeof totals>) totals[field] += row[field]
  return { ...head(range), period, rows, totals }
}

/** Revenue per bucket over the range, every bucket present (zeros where nothing was sold). Default range: this month. */
export async function revenueTrend(deps: ReportDeps, caller: Caller, q: RangeQuery & { period: Period }) {
  const range = await rangeFor(deps, caller, q)
  const groups = byKey(await revenueBy(deps.db, deps.dialect, range, q.period))
  return { ...head(range), period: q.period, rows: bucketsOf(range, q.period).map((b) => ({ ...b, ...money(groups.get(b.period) ?? NO_MONEY) })) }
}

const group = (g: RevenueGroup) => ({ key: g.key, name: g.name, ...money(g) })
const byNet = (a: { net: number }, b: { net: number }) => b.net - a.net

/** Revenue of the range in total and by branch, plan and payment method. Default range: this month. */
export async function revenueReport(deps: ReportDeps, caller: Caller, q: RangeQuery) {
  const range = await rangeFor(deps, caller, q)
  return {
    ...head(range),
    totals: await revenueTotal(deps.db, range),
    by_branch: (await revenueBy(deps.db, deps.dialect, range, 'branch')).map(group).sort(byNet),
    by_plan: (await revenueBy(deps.db, deps.dialect, range, 'plan')).map(group).sort(byNet),
    by_method: (await revenueBy(deps.db, deps.dialect, range, 'method')).map(group).sort(byNet),
  }
}

/** Approved expenses by category (every category listed, zeros included). Default range: this month. */
export async function expensesByCategory(deps: ReportDeps, caller: Caller, q: RangeQuery) {
  const range = await rangeFor(deps, caller, q)
  const groups = byKey(await approvedExpensesBy(deps.db, deps.dialect, range, 'category'))
  const by_category = EXPENSE_CATEGORIES.map((category) => ({ category, amount: groups.get(category)?.amount ?? 0, count: groups.get(category)?.count ?? 0 }))
  return { ...head(range), total: by_category.reduce((s, c) => s + c.amount, 0), count: by_category.reduce((s, c) => s + c.count, 0), by_category }
}

/** Every branch in scope side by side: revenue, approved expenses, check-ins. Default range: this month. */
export async function branchComparison(deps: ReportDeps, caller: Caller, q: RangeQuery) {
  const range = await rangeFor(deps, caller, q)
  const revenue = byKey(await revenueBy(deps.db, deps.dialect, range, 'branch'))
  const expenses = byKey(await approvedExpensesBy(deps.db, deps.dialect, range, 'branch'))
  const visits = byKey(await visitCountsBy(deps.db, deps.dialect, range, 'branch'))
  const branches = (await branchesOf(deps.db, range.branchId)).map((b) => {
    const m = money(revenue.get(String(b.id)) ?? NO_MONEY)
    const spent = expenses.get(String(b.id))?.amount ?? 0
    return { branch_id: b.id, branch_name: b.name, is_active: Boolean(b.is_active), ...m, expenses: spent, net_after_expenses: m.net - spent, check_ins: visits.get(String(b.id))?.check_ins ?? 0 }
  })
  return { ...head(range), branches: branches.sort(byNet) }
}

/** Sales per staff member who recorded them (refunds counted against the original seller). Default range: this month. */
export async function employeePerformance(deps: ReportDeps, caller: Caller, q: RangeQuery) {
  const range = await rangeFor(deps, caller, q)
  const staff = (await revenueBy(deps.db, deps.dialect, range, 'staff')).map((g) => ({
    staff_id: g.key === null ? null : Number(g.key), full_name: g.name,
    sales_count: g.payments_count, sales_value: g.gross - g.discount, refunds: g.refunds, net: g.net,
    plan_sales: g.plan_sales, renewals: g.renewals,
    renewal_rate: g.plan_sales === 0 ? null : Math.round((g.renewals / g.plan_sales) * 10_000) / 10_000,
  }))
  return { ...head(range), staff: staff.sort(byNet) }
}

/** Active, frozen, new, expiring and lapsed members (definitions in the README). Default range: this month. */
export async function membersReport(deps: ReportDeps, caller: Caller, q: RangeQuery & { days: number }) {
  const range = await rangeFor(deps, caller, q)
  const today = todayIn(deps)
  return { ...head(range), today, days: q.days, ...(await memberCounts(deps.db, range, today, q.days)) }
}

/** Approved check-ins by gym-local day (every day listed) and hour (all 24). Default range: this month. */
export async function checkInsReport(deps: ReportDeps, caller: Caller, q: RangeQuery) {
  const range = await rangeFor(deps, caller, q)
  const tz = deps.config.gymTimezone
  const [total] = await checkInsBy(deps.db, deps.dialect, range, null, tz)
  const days = byKey(await checkInsBy(deps.db, deps.dialect, range, 'daily', tz))
  const hours = byKey(await checkInsBy(deps.db, deps.dialect, range, 'hour', tz))
  return {
    ...head(range), total: total?.check_ins ?? 0, members: total?.members ?? 0, denied: total?.denied ?? 0,
    by_day: bucketsOf(range, 'daily').map((b) => ({ date: b.period, check_ins: days.get(b.period)?.check_ins ?? 0, members: days.get(b.period)?.members ?? 0 })),
    by_hour: Array.from({ length: 24 }, (_, hour) => ({ hour, check_ins: hours.get(String(hour))?.check_ins ?? 0 })),
  }
}

/** The evening cash counts of the range with their differences. Default range: this month. */
export async function cashDifferences(deps: ReportDeps, caller: Caller, q: RangeQuery) {
  const range = await rangeFor(deps, caller, q)
  const closings = (await closingsOf(deps.db, range)).map((c) => ({ ...c, created_at: apiInstant(c.created_at)! }))
  return { ...head(range), ...(await closingTotals(deps.db, range)), closings }
}
