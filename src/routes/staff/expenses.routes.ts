// Expenses: record, list with totals, read, review, and delete while pending.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { staff, staffActor } from '../../http/access.ts'
import { ErrorEnvelope, success, SuccessEnvelope } from '../../lib/envelope.ts'
import { CreateExpenseBody, Expense, ExpenseListQuery, ExpensePage, ReviewBody } from '../../modules/expenses/expenses.schemas.ts'
import { createExpense, deleteExpense, getExpense, listAllExpenses, reviewExpense, type presentExpense } from '../../modules/expenses/expenses.service.ts'
import { IdParams } from '../../modules/payments/money-scope.ts'
import type { Services } from '../../services.ts'

const tags = ['Staff: expenses']
export const recorders = staff('owner', 'branch_manager', 'accountant')
export const reviewers = staff('owner', 'branch_manager', 'central_accountant', 'accountant')
const readErrors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope }
const writeErrors = { ...readErrors, 422: ErrorEnvelope }

const csvRows = (data: { items: Array<ReturnType<typeof presentExpense>> }) => data.items.map((e) => ({
  id: e.id, expense_date: e.expense_date, branch_id: e.branch_id, branch_name: e.branch_name, title: e.title, category: e.category,
  amount: e.amount, status: e.status, description: e.description, created_by: e.created_by, created_by_name: e.created_by_name,
  reviewed_by: e.reviewed_by, reviewed_by_name: e.reviewed_by_name, reviewed_at: e.reviewed_at, review_notes: e.review_notes, created_at: e.created_at,
}))

export const expensesRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const { db, dialect } = services.database
  const deps = { db, dialect, clock: services.clock, config: services.config }

  app.post('/', {
    config: { access: recorders },
    schema: { tags, summary: 'Record an expense (pending until reviewed)', body: CreateExpenseBody, response: { 201: SuccessEnvelope(Expense), ...writeErrors } },
  }, async (request, reply) => reply.status(201).send(success(await createExpense(deps, staffActor(request), request.body), 'Expense recorded')))

  app.get('/', {
    config: { access: reviewers, csv: csvRows },
    schema: {
      tags, summary: 'Expenses, newest day first, with totals by status and category (also text/csv: ?format=csv)',
      querystring: ExpenseListQuery, response: { 200: SuccessEnvelope(ExpensePage), ...readErrors },
    },
  }, async (request) => success(await listAllExpenses(deps, staffActor(request), request.query)))

  app.get('/:id', {
    config: { access: reviewers },
    schema: { tags, summary: 'One expense', params: IdParams, response: { 200: SuccessEnvelope(Expense), ...readErrors } },
  }, async (request) => success(await getExpense(deps, staffActor(request), request.params.id)))

  app.post('/:id/review', {
    config: { access: reviewers },
    schema: {
      tags, summary: 'Approve or reject a pending expense',
      description: 'Rejecting needs notes (400). Only a pending expense (422 BUSINESS_RULE otherwise); nobody but the owner approves their own (422).',
      params: IdParams, body: ReviewBody, response: { 200: SuccessEnvelope(Expense), ...writeErrors },
    },
  }, async (request) => success(await reviewExpense(deps, staffActor(request), request.params.id, request.body), 'Expense reviewed'))

  app.delete('/:id', {
    config: { access: reviewers },
    schema: {
      tags, summary: 'Delete a pending expense (reviewed ones stay: 422)', params: IdParams,
      response: { 200: SuccessEnvelope(Type.Object({ id: Type.Integer(), deleted: Type.Boolean() })), ...writeErrors },
    },
  }, async (request) => success(await deleteExpense(deps, staffActor(request), request.params.id), 'Expense deleted'))
}
