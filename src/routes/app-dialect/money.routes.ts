// The staff Flutter app's money calls (/flutter/api/…): payments, the evening count, expenses, the
// accountant's dashboard and the reports, as thin adapters over the money and reports services.
// Each is open to the same roles as the Spotter route it adapts, writes are audited by the same
// services, and amounts cross in major units (toMinor/toMajor).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { staffActor } from '../../http/access.ts'
import { ErrorEnvelope } from '../../lib/envelope.ts'
import * as views from '../../modules/app-dialect/money-views.ts'
import { closeDay } from '../../modules/closings/closings.service.ts'
import { createExpense, reviewExpense } from '../../modules/expenses/expenses.service.ts'
import { recordManual } from '../../modules/payments/payments.service.ts'
import { Day } from '../../modules/reports/reports.schemas.ts'
import type { Services } from '../../services.ts'
import { closers } from '../staff/daily-closings.routes.ts'
import { ACCOUNTANT_DASHBOARD_READERS } from '../staff/dashboards.routes.ts'
import { recorders as expenseRecorders, reviewers as expenseReviewers } from '../staff/expenses.routes.ts'
import { readers as ledgerReaders, takers as paymentTakers } from '../staff/payments.routes.ts'
import { REPORT_READERS } from '../staff/reports.routes.ts'
import { acceptEmptyJsonBodies, AppEnvelope, appSuccess, toMinor } from './dialect.ts'
import { Method, method } from './staff.routes.ts'

const tags = ['Flutter apps: staff app']
const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope, 409: ErrorEnvelope, 422: ErrorEnvelope }
const Anything = Type.Object({}, { additionalProperties: true })
const Id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 })
/** An amount that moves money, in major units as the app sends it (0.01 to 10,000,000.00). */
const Amount = Type.Number({ minimum: 0.01, maximum: 10_000_000, description: 'major units (e.g. 500.00), as the app sends it' })
const Branch = { branch_id: Type.Optional(Id) }
/** The app's two spellings of a date range. */
const DateFromTo = { date_from: Type.Optional(Day()), date_to: Type.Optional(Day()) }
const StartEnd = { start_date: Type.Optional(Day()), end_date: Type.Optional(Day()) }
const range = (q: { branch_id?: number; date_from?: string; date_to?: string; start_date?: string; end_date?: string }) =>
  ({ branch_id: q.branch_id, from: q.date_from ?? q.start_date, to: q.date_to ?? q.end_date })

export const staffMoneyDialectRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const { db, dialect } = services.database
  const deps = { db, dialect, clock: services.clock, config: services.config }
  acceptEmptyJsonBodies(app)

  app.post('/payments/record', {
    config: { access: paymentTakers },
    schema: {
      tags, summary: 'Take a payment outside a plan sale (as POST /api/payments/record); amount in major units',
      description: "With subscription_id the payment is money for that plan (transaction_type subscription), otherwise other. The branch is the plan's, "
        + "or the member's home branch (branch_id is not read), and the day is the server's gym-local today (payment_date is not read: no back-dating).",
      body: Type.Object({
        customer_id: Id, amount: Amount, payment_method: Method, branch_id: Type.Optional(Id), subscription_id: Type.Optional(Id),
        notes: Type.Optional(Type.String({ maxLength: 1000 })), payment_date: Type.Optional(Type.String({ maxLength: 40 })),
      }, { additionalProperties: false }),
      response: { 201: AppEnvelope(Anything), ...errors },
    },
  }, async (request, reply) => {
    const b = request.body
    const receipt = await recordManual(deps, staffActor(request), {
      customer_id: b.customer_id, amount: toMinor(b.amount), payment_method: method(b.payment_method),
      transaction_type: b.subscription_id === undefined ? 'other' : 'subscription',
      ...(b.subscription_id === undefined ? {} : { subscription_id: b.subscription_id }), ...(b.notes === undefined ? {} : { notes: b.notes }),
    })
    reply.status(201)
    return appSuccess(await views.appReceipt(deps, staffActor(request), receipt.id), 'Payment recorded')
  })

  app.post('/payments/daily-closing', {
    config: { access: closers },
    schema: {
      tags, summary: "Close a branch's till (as POST /api/daily-closings); actual_cash in major units",
      description: "date: the gym-local day, today when left out; a past day left open can be closed up to 31 days later by a supervisor (the front desk closes only today); a future day answers 400; a second closing of the day answers 409 DAY_CLOSED.",
      body: Type.Object({ branch_id: Id, date: Type.Optional(Day()), actual_cash: Type.Number({ minimum: 0, maximum: 10_000_000 }), notes: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false }),
      response: { 201: AppEnvelope(Anything), ...errors },
    },
  }, async (request, reply) => {
    const b = request.body
    const closing = await closeDay(deps, staffActor(request), {
      branch_id: b.branch_id, actual_cash: toMinor(b.actual_cash), ...(b.date === undefined ? {} : { date: b.date }), ...(b.notes === undefined ? {} : { notes: b.notes }),
    })
    reply.status(201)
    return appSuccess(views.inMajor(closing), 'Day closed')
  })

  app.get('/dashboards/accountant', {
    config: { access: ACCOUNTANT_DASHBOARD_READERS },
    schema: {
      tags, summary: "The accountant's dashboard (as GET /api/dashboards/accountant) with today, current_month, last_month and comparison; major units",
      querystring: Type.Object(Branch), response: { 200: AppEnvelope(Anything), ...errors },
    },
  }, async (request) => appSuccess(await views.appAccountantDashboard(deps, staffActor(request), request.query)))

  app.get('/finance/daily-sales', {
    config: { access: ledgerReaders },
    schema: {
      tags, summary: "Sales by method from the ledger's totals (as GET /api/payments), today unless start_date/end_date; major units",
      querystring: Type.Object({ ...Branch, ...StartEnd }), response: { 200: AppEnvelope(Anything), ...errors },
    },
  }, async (request) => appSuccess(await views.appDailySales(deps, staffActor(request), range(request.query))))

  app.get('/reports/daily', {
    config: { access: REPORT_READERS },
    schema: {
      tags, summary: "One day's report (as GET /api/reports/daily) with its ledger rows in data.transactions (at most 100); major units",
      querystring: Type.Object({ ...Branch, date: Type.Optional(Day()) }), response: { 200: AppEnvelope(Anything), ...errors },
    },
  }, async (request) => appSuccess(await views.appDailyReport(deps, staffActor(request), request.query)))

  app.get('/transactions/:id', {
    config: { access: ledgerReaders },
    schema: { tags, summary: 'A receipt (as GET /api/payments/{id}); major units', params: Type.Object({ id: Id }), response: { 200: AppEnvelope(Anything), ...errors } },
  }, async (request) => appSuccess(await views.appReceipt(deps, staffActor(request), request.params.id)))

  app.get('/finance/expenses', {
    config: { access: expenseReviewers },
    schema: {
      tags, summary: 'Expenses in data.items with total_pending and total_approved (as GET /api/expenses); limit capped at 100; major units',
      querystring: Type.Object({ ...Branch, ...DateFromTo, page: Type.Integer({ minimum: 1, default: 1 }), limit: Type.Optional(Type.Integer({ minimum: 1 })) }),
      response: { 200: AppEnvelope(Anything), ...errors },
    },
  }, async (request) => {
    const q = request.query
    return appSuccess(await views.appExpenses(deps, staffActor(request), { ...range(q), page: q.page, per_page: Math.min(100, q.limit ?? 20) }))
  })

  app.post('/expenses', {
    config: { access: expenseRecorders },
    schema: {
      tags, summary: 'Record an expense, pending until reviewed (as POST /api/expenses); amount in major units',
      description: "category in any case, one of Spotter's categories (none: other; another answers 400).",
      body: Type.Object({
        title: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }), amount: Amount, branch_id: Id, expense_date: Day(),
        category: Type.Optional(Type.String({ maxLength: 64 })), description: Type.Optional(Type.String({ maxLength: 2000 })),
      }, { additionalProperties: false }),
      response: { 201: AppEnvelope(Anything), ...errors },
    },
  }, async (request, reply) => {
    const b = request.body
    const expense = await createExpense(deps, staffActor(request), {
      title: b.title, amount: toMinor(b.amount), branch_id: b.branch_id, expense_date: b.expense_date, category: views.appCategory(b.category),
      ...(b.description === undefined ? {} : { description: b.description }),
    })
    reply.status(201)
    return appSuccess(views.inMajor(expense), 'Expense recorded')
  })

  app.post('/expenses/:id/review', {
    config: { access: expenseReviewers },
    schema: {
      tags, summary: 'Approve or reject a pending expense (as POST /api/expenses/{id}/review); rejecting needs notes',
      params: Type.Object({ id: Id }),
      body: Type.Object({ action: Type.Enum(['approve', 'reject']), notes: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false }),
      response: { 200: AppEnvelope(Anything), ...errors },
    },
  }, async (request) => appSuccess(views.inMajor(await reviewExpense(deps, staffActor(request), request.params.id, request.body)), 'Expense reviewed'))

  app.get('/finance/cash-differences', {
    config: { access: REPORT_READERS },
    schema: {
      tags, summary: 'The evening counts and their differences, also in data.differences (as GET /api/reports/cash-differences); major units',
      querystring: Type.Object({ ...Branch, ...DateFromTo }), response: { 200: AppEnvelope(Anything), ...errors },
    },
  }, async (request) => appSuccess(await views.appCashDifferences(deps, staffActor(request), range(request.query))))

  app.get('/reports/revenue-trend', {
    config: { access: REPORT_READERS },
    schema: {
      tags, summary: 'Revenue per bucket, also in data.points (as GET /api/reports/revenue-trend); period day/week/month in any spelling; major units',
      querystring: Type.Object({ ...Branch, ...DateFromTo, ...StartEnd, period: Type.Optional(Type.String({ maxLength: 16 })) }),
      response: { 200: AppEnvelope(Anything), ...errors },
    },
  }, async (request) => appSuccess(await views.appRevenueTrend(deps, staffActor(request), { ...range(request.query), period: views.appPeriod(request.query.period) })))

  app.get('/reports/expenses-by-category', {
    config: { access: REPORT_READERS },
    schema: {
      tags, summary: 'Approved expenses per category, also in data.categories (as GET /api/reports/expenses-by-category); major units',
      querystring: Type.Object({ ...Branch, ...DateFromTo }), response: { 200: AppEnvelope(Anything), ...errors },
    },
  }, async (request) => appSuccess(await views.appExpensesByCategory(deps, staffActor(request), range(request.query))))

  for (const period of ['weekly', 'monthly'] as const) {
    app.get(`/reports/${period}`, {
      config: { access: REPORT_READERS },
      schema: {
        tags, summary: `The ${period} report (as GET /api/reports/${period}) with total_revenue${period === 'weekly' ? ' and the week day by day in data.days' : ''}; major units`,
        querystring: Type.Object(Branch), response: { 200: AppEnvelope(Anything), ...errors },
      },
    }, async (request) => appSuccess(await views.appPeriodReport(deps, staffActor(request), request.query, period)))
  }

  app.get('/reports/revenue', {
    config: { access: REPORT_READERS },
    schema: {
      tags, summary: 'Revenue in total and by branch, plan (by_service) and method (as GET /api/reports/revenue); major units',
      querystring: Type.Object({ ...Branch, ...DateFromTo }), response: { 200: AppEnvelope(Anything), ...errors },
    },
  }, async (request) => appSuccess(await views.appRevenueReport(deps, staffActor(request), range(request.query))))

  app.get('/reports/branch-comparison', {
    config: { access: REPORT_READERS },
    schema: {
      tags, summary: 'Every branch in scope side by side, as the bare list in data (as GET /api/reports/branch-comparison); major units',
      querystring: Type.Object({ ...StartEnd }), response: { 200: AppEnvelope(Type.Array(Anything)), ...errors },
    },
  }, async (request) => appSuccess(await views.appBranchComparison(deps, staffActor(request), range(request.query))))
}
