// The home screens of the owner, the branch manager and the accountant, and the alerts list. Each
// runs a fixed number of grouped queries whatever the number of branches, members or payments.
import { addDays } from '../../lib/dates.ts'
import { invalidField } from '../../lib/errors.ts'
import { branchesOf, checkInsBy, closingsOf, expiringCounts, memberCounts } from './activity.repository.ts'
import { branchesWithoutClosing, daysWithoutClosing, expiringPlans, lowCounterPlans, pendingExpenses } from './alerts.repository.ts'
import { addMonths, monthStart, resolveBranch, type ReportRange } from './report-range.ts'
import { approvedExpensesTotal, revenueBy, revenueTotal } from './revenue.repository.ts'
import { todayIn, type Caller, type ReportDeps } from './reports.service.ts'

/** How many staff the owner's dashboard ranks. */
export const TOP_STAFF = 5

const METHODS = ['cash', 'network', 'transfer'] as const

async function todayByMethod(deps: ReportDeps, day: ReportRange) {
  const groups = new Map((await revenueBy(deps.db, deps.dialect, day, 'method')).map((g) => [g.key, g.net]))
  return Object.fromEntries(METHODS.map((m) => [m, groups.get(m) ?? 0])) as Record<(typeof METHODS)[number], number>
}

async function monthFigures(deps: ReportDeps, month: ReportRange) {
  const revenue = await revenueTotal(deps.db, month)
  const expenses = await approvedExpensesTotal(deps.db, deps.dialect, month)
  return { from: month.from, to: month.to, ...revenue, expenses, net_after_expenses: revenue.net - expenses }
}

/**
 * The same days of last month as this month has had so far (1st to today's day of the month,
 * clipped to last month's end), so "change" compares like with like.
 */
export function lastMonthToDate(today: string) {
  const from = addMonths(today, -1)
  const end = addDays(monthStart(today), -1)
  const sameDay = `${from.slice(0, 8)}${today.slice(8, 10)}`
  return { from, to: sameDay > end ? end : sameDay }
}

/** This month's net against the same days of last month: the amount and the percent (one decimal; null when last month had nothing). */
export function monthChange(net: number, lastNet: number) {
  const amount = net - lastNet
  return { amount, percent: lastNet === 0 ? null : Math.round((amount / lastNet) * 1000) / 10 }
}

export async function ownerDashboard(deps: ReportDeps) {
  const today = todayIn(deps)
  const day: ReportRange = { from: today, to: today, branchId: null }
  const month: ReportRange = { from: monthStart(today), to: today, branchId: null }
  const last = { ...lastMonthToDate(today), branchId: null }
  const [todayMoney, monthly, lastNet, byBranch, branches, expiring, staff] = [
    await revenueTotal(deps.db, day), await monthFigures(deps, month), (await revenueTotal(deps.db, last)).net,
    new Map((await revenueBy(deps.db, deps.dialect, month, 'branch')).map((g) => [Number(g.key), g.net])),
    await branchesOf(deps.db, null), await expiringCounts(deps.db, null, today),
    await revenueBy(deps.db, deps.dialect, month, 'staff'),
  ]
  const ranked = branches.filter((b) => b.is_active)
    .map((b) => ({ branch_id: b.id, branch_name: b.name, revenue: byBranch.get(b.id) ?? 0 }))
    .sort((a, b) => b.revenue - a.revenue || a.branch_id - b.branch_id)
  return {
    date: today, today: todayMoney, month: monthly,
    last_month: { from: last.from, to: last.to, net: lastNet },
    change: monthChange(monthly.net, lastNet),
    best_branch: ranked[0] ?? null, worst_branch: ranked.at(-1) ?? null,
    expiring,
    top_staff: staff.filter((s) => s.key !== null).sort((a, b) => b.net - a.net).slice(0, TOP_STAFF)
      .map((s) => ({ staff_id: Number(s.key), full_name: s.name, sales_count: s.payments_count, net: s.net })),
  }
}

/** One branch's day: the manager's own, or (for the owner) the one named. */
export async function branchManagerDashboard(deps: ReportDeps, caller: Caller, q: { branch_id?: number }) {
  const branchId = await resolveBranch(deps.db, caller, q.branch_id)
  if (branchId === null) throw invalidField('branch_id', 'is required for an account without a branch')
  const today = todayIn(deps)
  const day: ReportRange = { from: today, to: today, branchId }
  const [visits] = await checkInsBy(deps.db, deps.dialect, day, null, deps.config.gymTimezone)
  const members = await memberCounts(deps.db, day, today, 7)
  const pending = await pendingExpenses(deps.db, branchId)
  return {
    date: today, branch_id: branchId,
    sales_today: { ...(await revenueTotal(deps.db, day)), by_method: await todayByMethod(deps, day) },
    check_ins_today: { check_ins: visits?.check_ins ?? 0, members: visits?.members ?? 0, denied: visits?.denied ?? 0 },
    members: { active: members.active, frozen: members.frozen, expiring_7_days: members.expiring },
    pending_expenses: { count: Number(pending[0]?.total ?? 0), amount: Number(pending[0]?.total_amount ?? 0) },
  }
}

/** How many past days the accountant's dashboard checks for a missing cash count. */
export const CLOSING_LOOKBACK_DAYS = 7

export async function accountantDashboard(deps: ReportDeps, caller: Caller, q: { branch_id?: number }) {
  const branchId = await resolveBranch(deps.db, caller, q.branch_id)
  const today = todayIn(deps)
  const day: ReportRange = { from: today, to: today, branchId }
  const month: ReportRange = { from: monthStart(today), to: today, branchId }
  const yesterday = addDays(today, -1)
  return {
    date: today, branch_id: branchId,
    today: { ...(await revenueTotal(deps.db, day)), by_method: await todayByMethod(deps, day) },
    month: await monthFigures(deps, month),
    closings: {
      missing: await daysWithoutClosing(deps.db, branchId, addDays(today, -CLOSING_LOOKBACK_DAYS), yesterday),
      with_difference: (await closingsOf(deps.db, month, true)).map((c) => ({
        id: c.id, branch_id: c.branch_id, branch_name: c.branch_name, business_date: c.business_date,
        expected_cash: c.expected_cash, actual_cash: c.actual_cash, difference: c.difference,
      })),
    },
  }
}

/** Whom to call and what to check today: members leaving or running low, expenses to review, drawers not counted. */
export async function alerts(deps: ReportDeps, caller: Caller, q: { branch_id?: number }) {
  const branchId = await resolveBranch(deps.db, caller, q.branch_id)
  const today = todayIn(deps)
  const yesterday = addDays(today, -1)
  const listed = <T extends { total: number }>(rows: T[]) => ({ total: Number(rows[0]?.total ?? 0), items: rows.map(({ total: _, ...row }) => row) })
  const expenses = await pendingExpenses(deps.db, branchId)
  return {
    date: today, branch_id: branchId,
    expiring_plans: listed(await expiringPlans(deps.db, branchId, today, 7)),
    low_balance: listed(await lowCounterPlans(deps.db, branchId, today, 3)),
    pending_expenses: { ...listed(expenses.map(({ total_amount: _, ...e }) => ({ ...e, amount: Number(e.amount) }))), amount: Number(expenses[0]?.total_amount ?? 0) },
    missing_closings: { date: yesterday, branches: await branchesWithoutClosing(deps.db, branchId, yesterday) },
  }
}
