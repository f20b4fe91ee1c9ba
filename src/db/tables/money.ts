// Tables owned by the money feature (migration 20261130_0005_money). The payments ledger itself is
// in ../types.ts; refunds are payments rows with transaction_type 'refund' and refund_of set.
import type { ColumnType, Generated } from 'kysely'

type CreatedAt = ColumnType<string, string, never>

/** The evening cash count: one per branch and local business day. */
export interface DailyClosingTable {
  id: Generated<number>
  branch_id: number
  business_date: string
  /** Cash the ledger says the drawer holds: cash payments (amount − discount) minus cash refunds. */
  expected_cash: number
  actual_cash: number
  /** actual_cash − expected_cash: negative when the drawer is short. */
  difference: number
  network_total: number
  transfer_total: number
  payments_count: number
  notes: string | null
  closed_by: number | null
  created_at: CreatedAt
}

export const EXPENSE_CATEGORIES = [
  'rent', 'salaries', 'utilities', 'equipment', 'maintenance', 'supplies', 'marketing',
  'insurance', 'training', 'services', 'safety', 'software', 'other',
] as const
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number]
export type ExpenseStatus = 'pending' | 'approved' | 'rejected'

export interface ExpenseTable {
  id: Generated<number>
  branch_id: number
  title: string
  amount: number
  category: ExpenseCategory
  description: string | null
  expense_date: string
  status: Generated<ExpenseStatus>
  created_by: number | null
  reviewed_by: number | null
  reviewed_at: string | null
  review_notes: string | null
  created_at: CreatedAt
  updated_at: string
}

export interface MoneyTables {
  daily_closings: DailyClosingTable
  expenses: ExpenseTable
}
