// SQL for expenses.
import type { Insertable, Updateable } from 'kysely'
import type { Db } from '../../db/database.ts'
import { whereGiven } from '../../db/filters.ts'
import type { ExpenseCategory, ExpenseStatus, ExpenseTable } from '../../db/tables/money.ts'

export interface ExpenseFilter {
  branchId?: number
  category?: ExpenseCategory
  status?: ExpenseStatus
  from?: string
  to?: string
}

const withNames = (db: Db) =>
  db.selectFrom('expenses as e')
    .innerJoin('branches as b', 'b.id', 'e.branch_id')
    .leftJoin('staff_users as c', 'c.id', 'e.created_by')
    .leftJoin('staff_users as r', 'r.id', 'e.reviewed_by')
    .selectAll('e')
    .select(['b.name as branch_name', 'c.full_name as created_by_name', 'r.full_name as reviewed_by_name'])

export type ExpenseRow = NonNullable<Awaited<ReturnType<typeof findExpense>>>

export const findExpense = (db: Db, id: number) => withNames(db).where('e.id', '=', id).executeTakeFirst()

function filtered(db: Db, f: ExpenseFilter) {
  return whereGiven(db.selectFrom('expenses as e'), [
    ['e.branch_id', '=', f.branchId],
    ['e.category', '=', f.category],
    ['e.status', '=', f.status],
    ['e.expense_date', '>=', f.from],
    ['e.expense_date', '<=', f.to],
  ])
}

export async function listExpenses(db: Db, f: ExpenseFilter, page: { limit: number; offset: number }) {
  const q = filtered(db, f)
  const [rows, sums] = await Promise.all([
    withNames(db).where('e.id', 'in', q.select('e.id')).orderBy('e.expense_date', 'desc').orderBy('e.id', 'desc').limit(page.limit).offset(page.offset).execute(),
    q.select((eb) => ['e.status', 'e.category', eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('e.amount').as('amount')])
      .groupBy(['e.status', 'e.category']).execute(),
  ])
  return { rows, sums: sums.map((s) => ({ status: s.status, category: s.category, count: Number(s.n), amount: Number(s.amount) })) }
}

export const insertExpense = (db: Db, values: Insertable<ExpenseTable>) =>
  db.insertInto('expenses').values(values).returning('id').executeTakeFirstOrThrow()

/** Changes a pending expense; undefined when it was no longer pending (someone else got there first). */
export const updatePending = (db: Db, id: number, values: Updateable<ExpenseTable>) =>
  db.updateTable('expenses').set(values).where('id', '=', id).where('status', '=', 'pending').returning('id').executeTakeFirst()

export const deletePending = (db: Db, id: number) =>
  db.deleteFrom('expenses').where('id', '=', id).where('status', '=', 'pending').returning('id').executeTakeFirst()
