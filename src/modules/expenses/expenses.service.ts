// Expenses: recorded by a branch's money people, approved or rejected by a reviewer, deleted only
// while pending. Only approved expenses count in reports. Nobody but the owner approves their own.
import type { ExpenseCategory, ExpenseStatus } from '../../db/tables/money.ts'
import { apiInstant, localDate } from '../../lib/dates.ts'
import { AppError, invalidField } from '../../lib/errors.ts'
import { pageOffset, pageResult } from '../../lib/pagination.ts'
import { recordAudit, type StaffActor } from '../audit/audit.ts'
import { findBranch } from '../branches/branches.repository.ts'
import { assertDateRange, inScope, listBranch } from '../payments/money-scope.ts'
import type { MoneyDeps } from '../payments/payments.service.ts'
import * as repo from './expenses.repository.ts'

export function presentExpense(r: repo.ExpenseRow) {
  return {
    id: r.id, branch_id: r.branch_id, branch_name: r.branch_name, title: r.title, amount: r.amount, category: r.category,
    description: r.description, expense_date: r.expense_date, status: r.status,
    created_by: r.created_by, created_by_name: r.created_by_name, reviewed_by: r.reviewed_by, reviewed_by_name: r.reviewed_by_name,
    reviewed_at: apiInstant(r.reviewed_at), review_notes: r.review_notes, created_at: apiInstant(r.created_at)!,
  }
}

async function loadInScope(deps: MoneyDeps, caller: StaffActor, id: number) {
  const row = await repo.findExpense(deps.db, id)
  if (!row || !inScope(caller, row.branch_id)) throw new AppError('NOT_FOUND', 'Expense not found.')
  return row
}

export const getExpense = async (deps: MoneyDeps, caller: StaffActor, id: number) => presentExpense(await loadInScope(deps, caller, id))

export async function listAllExpenses(deps: MoneyDeps, caller: StaffActor, q: { page: number; per_page: number; branch_id?: number; category?: ExpenseCategory; status?: ExpenseStatus; from?: string; to?: string }) {
  assertDateRange(q)
  const { rows, sums } = await repo.listExpenses(deps.db, {
    branchId: listBranch(caller, q.branch_id), category: q.category, status: q.status, from: q.from, to: q.to,
  }, { limit: q.per_page, offset: pageOffset(q) })
  const sum = () => ({ count: 0, amount: 0 })
  const byStatus = { pending: sum(), approved: sum(), rejected: sum() }
  const byCategory = new Map<ExpenseCategory, { count: number; amount: number }>()
  for (const s of sums) {
    byStatus[s.status].count += s.count
    byStatus[s.status].amount += s.amount
    const c = byCategory.get(s.category) ?? sum()
    byCategory.set(s.category, { count: c.count + s.count, amount: c.amount + s.amount })
  }
  const count = sums.reduce((n, s) => n + s.count, 0)
  const totals = {
    count, amount: sums.reduce((n, s) => n + s.amount, 0), by_status: byStatus,
    by_category: [...byCategory].map(([category, s]) => ({ category, ...s })).sort((a, b) => b.amount - a.amount || a.category.localeCompare(b.category)),
  }
  return { ...pageResult(rows.map(presentExpense), count, q), totals }
}

export interface NewExpenseInput {
  title: string
  amount: number
  branch_id: number
  expense_date: string
  category: ExpenseCategory
  description?: string
}

export async function createExpense(deps: MoneyDeps, caller: StaffActor, input: NewExpenseInput) {
  const today = localDate(deps.clock.now(), deps.config.gymTimezone)
  if (input.expense_date > today) throw invalidField('expense_date', `must not be after today (${today})`)
  const branch = await findBranch(deps.db, input.branch_id)
  if (!branch || !inScope(caller, branch.id)) throw new AppError('NOT_FOUND', 'Branch not found.')
  const now = deps.clock.now().toISOString()
  const id = await deps.db.transaction().execute(async (tx) => {
    const values = {
      branch_id: branch.id, title: input.title.trim(), amount: input.amount, category: input.category, description: input.description?.trim() || null,
      expense_date: input.expense_date, status: 'pending' as const, created_by: caller.staffId, reviewed_by: null, reviewed_at: null, review_notes: null,
      created_at: now, updated_at: now,
    }
    const { id } = await repo.insertExpense(tx, values)
    await recordAudit(tx, deps.clock, { actor: caller, action: 'expense.create', entityType: 'expense', entityId: id, branchId: branch.id, after: values })
    return id
  })
  return getExpense(deps, caller, id)
}

const notPending = (status: string) => new AppError('BUSINESS_RULE', `Only a pending expense can be reviewed or deleted; this one is ${status}.`)

export async function reviewExpense(deps: MoneyDeps, caller: StaffActor, id: number, input: { action: 'approve' | 'reject'; notes?: string }) {
  const notes = input.notes?.trim() || null
  if (input.action === 'reject' && !notes) throw invalidField('notes', 'is required to reject an expense')
  const before = await loadInScope(deps, caller, id)
  if (before.status !== 'pending') throw notPending(before.status)
  if (input.action === 'approve' && before.created_by === caller.staffId && caller.role !== 'owner') {
    throw new AppError('BUSINESS_RULE', 'Nobody but the owner approves their own expense; ask another reviewer.')
  }
  const now = deps.clock.now().toISOString()
  await deps.db.transaction().execute(async (tx) => {
    const change = { status: input.action === 'approve' ? 'approved' as const : 'rejected' as const, reviewed_by: caller.staffId, reviewed_at: now, review_notes: notes, updated_at: now }
    // Only a still-pending row changes, so two reviewers at once cannot both decide.
    if (!(await repo.updatePending(tx, id, change))) throw notPending('no longer pending')
    await recordAudit(tx, deps.clock, {
      actor: caller, action: `expense.${input.action}`, entityType: 'expense', entityId: id, branchId: before.branch_id,
      before: { status: before.status, reviewed_by: null, reviewed_at: null, review_notes: null }, after: change,
    })
  })
  return getExpense(deps, caller, id)
}

/** A pending expense may be withdrawn by its creator or a reviewer of its branch (every role that reaches this route is one). */
export async function deleteExpense(deps: MoneyDeps, caller: StaffActor, id: number) {
  const before = await loadInScope(deps, caller, id)
  if (before.status !== 'pending') throw notPending(before.status)
  await deps.db.transaction().execute(async (tx) => {
    if (!(await repo.deletePending(tx, id))) throw notPending('no longer pending')
    const { branch_name: _b, created_by_name: _c, reviewed_by_name: _r, ...row } = before
    await recordAudit(tx, deps.clock, { actor: caller, action: 'expense.delete', entityType: 'expense', entityId: id, branchId: before.branch_id, before: row })
  })
  return { id, deleted: true }
}
