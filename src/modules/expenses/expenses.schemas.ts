// The expenses contract. Money is integer minor units.
import Type from 'typebox'
import { EXPENSE_CATEGORIES } from '../../db/tables/money.ts'
import { MinorUnits, PositiveMinorUnits } from '../../lib/money.ts'
import { PageOf, PageQuery } from '../../lib/pagination.ts'
import { Id, Nullable } from '../../lib/schema.ts'
import { DateRangeQuery } from '../payments/money-scope.ts'

const Category = Type.Enum([...EXPENSE_CATEGORIES])
const Status = Type.Enum(['pending', 'approved', 'rejected'])

export const CreateExpenseBody = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
  amount: PositiveMinorUnits(),
  branch_id: Id(),
  expense_date: Type.String({ format: 'date', description: 'the gym-local day of the expense; not in the future' }),
  category: Category,
  description: Type.Optional(Type.String({ maxLength: 2000 })),
})

export const ReviewBody = Type.Object({
  action: Type.Enum(['approve', 'reject']),
  notes: Type.Optional(Type.String({ maxLength: 1000, description: 'required to reject' })),
})

export const ExpenseListQuery = Type.Object({
  ...PageQuery,
  branch_id: Type.Optional(Id()),
  category: Type.Optional(Category),
  status: Type.Optional(Status),
  ...DateRangeQuery,
})

export const Expense = Type.Object({
  id: Type.Integer(),
  branch_id: Type.Integer(),
  branch_name: Type.String(),
  title: Type.String(),
  amount: MinorUnits(),
  category: Category,
  description: Nullable(Type.String()),
  expense_date: Type.String({ format: 'date' }),
  status: Status,
  created_by: Nullable(Type.Integer()),
  created_by_name: Nullable(Type.String()),
  reviewed_by: Nullable(Type.Integer()),
  reviewed_by_name: Nullable(Type.String()),
  reviewed_at: Nullable(Type.String({ format: 'date-time' })),
  review_notes: Nullable(Type.String()),
  created_at: Type.String({ format: 'date-time' }),
})

const Sum = Type.Object({ count: Type.Integer(), amount: Type.Integer() })

export const ExpensePage = Type.Object({
  ...PageOf(Expense).properties,
  totals: Type.Object({
    count: Type.Integer(),
    amount: Type.Integer(),
    by_status: Type.Object({ pending: Sum, approved: Sum, rejected: Sum }),
    by_category: Type.Array(Type.Object({ category: Category, count: Type.Integer(), amount: Type.Integer() }), { description: 'categories with at least one expense, largest amount first' }),
  }, { description: 'over every expense the filters select (all pages); minor units' }),
})
