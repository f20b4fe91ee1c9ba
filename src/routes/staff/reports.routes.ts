// /api/reports: read-only figures over a gym-local date range, for the roles that read money.
// Every report also answers text/csv (?format=csv or Accept: text/csv).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { TSchema } from 'typebox'
import { staff, staffAuth } from '../../http/access.ts'
import type { CsvRows } from '../../http/csv.ts'
import { ErrorEnvelope, success, SuccessEnvelope } from '../../lib/envelope.ts'
import * as csv from '../../modules/reports/reports.csv.ts'
import * as s from '../../modules/reports/reports.schemas.ts'
import * as reports from '../../modules/reports/reports.service.ts'
import type { Services } from '../../services.ts'

/** SPEC: accountants and branch managers their branch, central accountants and owners every branch. */
export const REPORT_READERS = staff('owner', 'central_accountant', 'branch_manager', 'accountant')

const tags = ['Staff: reports']
const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope }
const defaults = (range: string) => `Default range: ${range}. A branch outside your scope answers 404. Also answers text/csv (?format=csv or Accept: text/csv).`

export const reportsRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const deps = { db: services.database.db, dialect: services.database.dialect, clock: services.clock, config: services.config }
  const route = <Q extends TSchema>(path: string, summary: string, range: string, querystring: Q, data: TSchema, rows: CsvRows,
    handler: (caller: reports.Caller, query: any) => Promise<unknown>) =>
    app.get(path, {
      config: { access: REPORT_READERS, csv: rows },
      schema: { tags, summary, description: defaults(range), querystring, response: { 200: SuccessEnvelope(data), ...errors } },
    }, async (request) => success(await handler(staffAuth(request), request.query)))

  route('/daily', 'Revenue, approved expenses and check-ins per day', 'today', s.ReportQuery, s.PeriodReport, csv.periodCsv,
    (caller, q) => reports.periodReport(deps, caller, q, 'daily'))
  route('/weekly', 'Revenue, approved expenses and check-ins per ISO week (Monday to Sunday)', 'this week, Monday to today', s.ReportQuery, s.PeriodReport, csv.periodCsv,
    (caller, q) => reports.periodReport(deps, caller, q, 'weekly'))
  route('/monthly', 'Revenue, approved expenses and check-ins per month', 'this month, 1st to today', s.ReportQuery, s.PeriodReport, csv.periodCsv,
    (caller, q) => reports.periodReport(deps, caller, q, 'monthly'))
  route('/revenue', 'Revenue in total and by branch, plan and payment method', 'this month', s.ReportQuery, s.RevenueReport, csv.revenueCsv,
    (caller, q) => reports.revenueReport(deps, caller, q))
  route('/revenue-trend', 'Revenue per day, ISO week or month, empty buckets as zeros', 'this month', s.TrendQuery, s.TrendReport, csv.periodCsv,
    (caller, q) => reports.revenueTrend(deps, caller, q))
  route('/expenses-by-category', 'Approved expenses per category', 'this month', s.ReportQuery, s.ExpensesReport, csv.expensesCsv,
    (caller, q) => reports.expensesByCategory(deps, caller, q))
  route('/branch-comparison', 'Every branch in scope side by side', 'this month', s.ReportQuery, s.BranchComparison, csv.branchesCsv,
    (caller, q) => reports.branchComparison(deps, caller, q))
  route('/employee-performance', 'Sales count and value per staff member, with their renewal rate', 'this month', s.ReportQuery, s.EmployeePerformance, csv.staffCsv,
    (caller, q) => reports.employeePerformance(deps, caller, q))
  route('/members', 'Active, frozen, new, expiring and lapsed members', 'this month', s.MembersQuery, s.MembersReport, csv.membersCsv,
    (caller, q) => reports.membersReport(deps, caller, q))
  route('/check-ins', 'Approved check-ins by gym-local day and hour', 'this month', s.ReportQuery, s.CheckInsReport, csv.checkInsCsv,
    (caller, q) => reports.checkInsReport(deps, caller, q))
  route('/cash-differences', 'The evening cash counts and their differences', 'this month', s.ReportQuery, s.CashDifferencesReport, csv.closingsCsv,
    (caller, q) => reports.cashDifferences(deps, caller, q))
}
