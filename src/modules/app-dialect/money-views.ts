// The staff Flutter app's view of Spotter's money (contract staff-app-*.json): the ledger, expenses,
// closings, dashboards and reports as the app reads them — its field names beside Spotter's, money
// in major units. Every figure comes from the money and reports services; nothing is recomputed here.
import { EXPENSE_CATEGORIES, type ExpenseCategory } from '../../db/tables/money.ts'
import { localTime } from '../../lib/dates.ts'
import { invalidField } from '../../lib/errors.ts'
import type { StaffActor } from '../audit/audit.ts'
import { findBranch } from '../branches/branches.repository.ts'
import { listAllExpenses } from '../expenses/expenses.service.ts'
import { getReceipt, listLedger, type MoneyDeps, type presentEntry } from '../payments/payments.service.ts'
import { pendingExpenses } from '../reports/alerts.repository.ts'
import { accountantDashboard, lastMonthToDate, monthChange } from '../reports/dashboards.service.ts'
import type { Period } from '../reports/report-range.ts'
import * as reports from '../reports/reports.service.ts'
import { revenueTotal } from '../reports/revenue.repository.ts'
import { inMajorUnits, toMajor } from './dialect.ts'

/** The fields of the money and reports answers that carry an amount (minor units in Spotter). */
const MONEY = new Set([
  'gross', 'discount', 'refunds', 'net', 'expenses', 'net_after_expenses', 'amount', 'difference', 'expected_cash', 'actual_cash',
  'network_total', 'transfer_total', 'total_difference', 'total_short', 'total_over', 'cash', 'network', 'transfer', 'sales_value',
  'cash_payments', 'cash_refunds', 'refunded', 'refundable', 'revenue',
])
/** A money or reports answer with its amounts in major units. */
export const inMajor = <T>(value: T): T => inMajorUnits(value, MONEY)
const major = inMajor

type Range = { branch_id?: number; from?: string; to?: string }

/** A ledger row as the ledger screen and the receipt read it: its time of day (gym-local), the plan as service_name. */
function appTransaction(e: ReturnType<typeof presentEntry>, timeZone: string) {
  return {
    ...major(e), time: localTime(new Date(e.created_at), timeZone), transaction_date: e.business_date,
    service_name: e.plan_name, reference_number: e.reference, created_by_name: e.staff_name,
  }
}

/** The receipt of one payment (GET /api/payments/{id}), with the branch's address and phone the PDF prints. */
export async function appReceipt(deps: MoneyDeps, caller: StaffActor, id: number) {
  const receipt = await getReceipt(deps, caller, id)
  const branch = await findBranch(deps.db, receipt.branch_id)
  return {
    ...major(receipt), ...appTransaction(receipt, deps.config.gymTimezone),
    refunds: receipt.refunds.map((r) => appTransaction(r, deps.config.gymTimezone)),
    description: receipt.notes ?? receipt.plan_name ?? receipt.transaction_type,
    branch_address: branch?.address ?? null, branch_phone: branch?.phone ?? null, branch_city: null,
  }
}

const byMethod = (cash: number, network: number, transfer: number) =>
  ({ cash: toMajor(cash), network: toMajor(network), card: toMajor(network), transfer: toMajor(transfer), online: toMajor(transfer) })

/** Sales over a range of days (default today) from the ledger's totals: net by method and the number of payments. */
export async function appDailySales(deps: MoneyDeps, caller: StaffActor, q: Range) {
  const today = reports.todayIn(deps)
  const from = q.from ?? today
  const to = q.to ?? today
  const { totals } = await listLedger(deps, caller, { page: 1, per_page: 1, branch_id: q.branch_id, from, to })
  const m = byMethod(totals.by_method.cash.net, totals.by_method.network.net, totals.by_method.transfer.net)
  return {
    from, to, totals: major(totals),
    total_sales: toMajor(totals.net), cash_sales: m.cash, network_sales: m.network, card_sales: m.card, transfer_sales: m.transfer, online_sales: m.online,
    transaction_count: totals.payments_count,
  }
}

/** One day's report (GET /api/reports/daily) with the day's ledger rows (at most 100) and the totals the ledger screen shows. */
export async function appDailyReport(deps: MoneyDeps, caller: StaffActor, q: { date?: string; branch_id?: number }) {
  const day = q.date ?? reports.todayIn(deps)
  const report = await reports.periodReport(deps, caller, { from: day, to: day, branch_id: q.branch_id }, 'daily')
  const range = { from: day, to: day, branch_id: report.branch_id ?? undefined }
  const ledger = await listLedger(deps, caller, { page: 1, per_page: 100, ...range })
  const sales = await listLedger(deps, caller, { page: 1, per_page: 1, ...range, transaction_type: 'subscription' })
  const t = ledger.totals
  return {
    ...major(report), date: day,
    transactions: ledger.items.map((e) => appTransaction(e, deps.config.gymTimezone)),
    total_revenue: toMajor(t.net), total_transactions: t.payments_count, total_discount: toMajor(t.discount), new_subscriptions: sales.total,
    payment_breakdown: { cash: toMajor(t.by_method.cash.net), network: toMajor(t.by_method.network.net), transfer: toMajor(t.by_method.transfer.net) },
  }
}

/** The accountant's dashboard (GET /api/dashboards/accountant) with the app's today, current_month, last_month and comparison. */
export async function appAccountantDashboard(deps: MoneyDeps, caller: StaffActor, q: { branch_id?: number }) {
  const d = await accountantDashboard(deps, caller, q)
  const last = { ...lastMonthToDate(d.date), branchId: d.branch_id }
  const lastNet = (await revenueTotal(deps.db, last)).net
  const [pending] = await pendingExpenses(deps.db, d.branch_id)
  const change = monthChange(d.month.net, lastNet)
  return {
    ...major(d),
    today: { ...major(d.today), total: toMajor(d.today.net), ...byMethod(d.today.by_method.cash, d.today.by_method.network, d.today.by_method.transfer), count: d.today.payments_count },
    current_month: {
      from: d.month.from, to: d.month.to, revenue: toMajor(d.month.net), expenses: toMajor(d.month.expenses), net: toMajor(d.month.net_after_expenses),
      pending_expenses: Number(pending?.total ?? 0),
    },
    last_month: { from: last.from, to: last.to, revenue: toMajor(lastNet) },
    comparison: { change: toMajor(change.amount), percentage: change.percent },
  }
}

/** Expenses (GET /api/expenses) in data.items, with the pending and approved totals the money screen shows. */
export async function appExpenses(deps: MoneyDeps, caller: StaffActor, q: Range & { page: number; per_page: number }) {
  const page = await listAllExpenses(deps, caller, q)
  const { by_status } = page.totals
  return { ...major(page), total_pending: toMajor(by_status.pending.amount), total_approved: toMajor(by_status.approved.amount), total_rejected: toMajor(by_status.rejected.amount) }
}

/** The app's category (any case; none means other) onto Spotter's list; an unknown one is refused, not guessed. */
export function appCategory(category: string | undefined): ExpenseCategory {
  const name = (category ?? '').trim().toLowerCase()
  if (name === '') return 'other'
  if ((EXPENSE_CATEGORIES as readonly string[]).includes(name)) return name as ExpenseCategory
  throw invalidField('category', `must be one of ${EXPENSE_CATEGORIES.join(', ')}`)
}

/** The evening counts and their differences (GET /api/reports/cash-differences), each also as the app names it. */
export async function appCashDifferences(deps: MoneyDeps, caller: StaffActor, q: Range) {
  const r = await reports.cashDifferences(deps, caller, q)
  return { ...major(r), differences: r.closings.map((c) => ({ ...major(c), date: c.business_date })) }
}

/** The app's period word (day, week, month, daily…) onto Spotter's buckets. */
export const appPeriod = (period: string | undefined): Period =>
  /^week/i.test(period ?? '') ? 'weekly' : /^(month|year)/i.test(period ?? '') ? 'monthly' : 'daily'

/** Revenue per bucket (GET /api/reports/revenue-trend), also as data.points[] with a date and the net revenue. */
export async function appRevenueTrend(deps: MoneyDeps, caller: StaffActor, q: Range & { period: Period }) {
  const r = await reports.revenueTrend(deps, caller, q)
  return { ...major(r), points: r.rows.map((row) => ({ ...major(row), date: row.period, label: row.period, revenue: toMajor(row.net) })) }
}

/** Approved expenses per category (GET /api/reports/expenses-by-category), also as data.categories[]. */
export async function appExpensesByCategory(deps: MoneyDeps, caller: StaffActor, q: Range) {
  const r = await reports.expensesByCategory(deps, caller, q)
  const categories = major(r.by_category).map((c) => ({ ...c, name: c.category }))
  return { ...r, total: toMajor(r.total), by_category: categories, categories }
}

/** The weekly or monthly report; the weekly one also day by day, as the app's dashboard shows it. */
export async function appPeriodReport(deps: MoneyDeps, caller: StaffActor, q: Range, period: 'weekly' | 'monthly') {
  const r = await reports.periodReport(deps, caller, q, period)
  const days = period === 'weekly' ? (await reports.periodReport(deps, caller, { from: r.from, to: r.to, branch_id: r.branch_id ?? undefined }, 'daily')).rows : undefined
  return {
    ...major(r), total_revenue: toMajor(r.totals.net), total_expenses: toMajor(r.totals.expenses), net_profit: toMajor(r.totals.net_after_expenses),
    ...(days ? { days: major(days), daily: major(days) } : {}),
  }
}

/** Revenue in total and by branch, plan and method (GET /api/reports/revenue), with the app's names for them. */
export async function appRevenueReport(deps: MoneyDeps, caller: StaffActor, q: Range) {
  const r = major(await reports.revenueReport(deps, caller, q))
  return { ...r, total_revenue: r.totals.net, by_service: r.by_plan, by_payment_method: r.by_method }
}

/** Every branch in scope side by side (GET /api/reports/branch-comparison), as the bare list the app reads. */
export async function appBranchComparison(deps: MoneyDeps, caller: StaffActor, q: Range) {
  const r = await reports.branchComparison(deps, caller, q)
  return r.branches.map((b) => ({ ...major(b), id: b.branch_id, name: b.branch_name, revenue: toMajor(b.net) }))
}
