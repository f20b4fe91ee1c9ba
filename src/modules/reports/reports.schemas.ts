// The /api/reports contract. Money is integer minor units; dates are gym-local days (GYM_TIMEZONE).
import Type, { type TObject, type TProperties } from 'typebox'
import { Nullable } from '../../lib/schema.ts'
import { MAX_RANGE_DAYS } from './report-range.ts'

export const Day = (description?: string) => Type.String({ format: 'date', ...(description ? { description } : {}) })
export const Int = (description?: string) => Type.Integer(description ? { description } : {})

export const ReportQuery = Type.Object({
  from: Type.Optional(Day(`first gym-local day, inclusive (default: see the route); at most ${MAX_RANGE_DAYS} days before to`)),
  to: Type.Optional(Day('last gym-local day, inclusive (default: today)')),
  branch_id: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'one branch within your scope (default: your branch, or every branch for owners and central accountants)' })),
  format: Type.Optional(Type.Enum(['json', 'csv'], { description: 'csv answers text/csv (as does Accept: text/csv)' })),
})

export const TrendQuery = Type.Object({
  ...ReportQuery.properties,
  period: Type.Enum(['daily', 'weekly', 'monthly'], { default: 'daily', description: 'bucket size; weeks are ISO weeks starting Monday' }),
})

export const MembersQuery = Type.Object({
  ...ReportQuery.properties,
  days: Type.Integer({ minimum: 1, maximum: 90, default: 7, description: 'expiring means ending within this many days from today' }),
})

export const MoneyFields = {
  gross: Int('Σ amount of payments'),
  discount: Int('Σ discount of payments'),
  refunds: Int('Σ amount of refunds'),
  net: Int('revenue: gross − discount − refunds'),
  payments_count: Int(),
  refunds_count: Int(),
}

const Range = { from: Day('first day covered'), to: Day('last day covered'), branch_id: Nullable(Type.Integer({ description: 'null: every branch in scope' })) }
const Report = <T extends TProperties>(fields: T): TObject<typeof Range & T> => Type.Object({ ...Range, ...fields })

const BucketFields = { period: Day('first day of the bucket: the day, the ISO week\'s Monday or the month\'s 1st'), from: Day('clipped to the range'), to: Day('clipped to the range') }

export const PeriodRow = Type.Object({
  ...BucketFields, ...MoneyFields,
  expenses: Int('approved expenses'), net_after_expenses: Int(), check_ins: Int('approved entries'),
})
export const PeriodReport = Report({ period: Type.Enum(['daily', 'weekly', 'monthly']), rows: Type.Array(PeriodRow), totals: Type.Object({ ...MoneyFields, expenses: Int(), net_after_expenses: Int(), check_ins: Int() }) })

export const TrendReport = Report({ period: Type.Enum(['daily', 'weekly', 'monthly']), rows: Type.Array(Type.Object({ ...BucketFields, ...MoneyFields })) })

const Group = Type.Object({ key: Nullable(Type.Union([Type.String(), Type.Integer()])), name: Nullable(Type.String()), ...MoneyFields })
export const RevenueReport = Report({
  totals: Type.Object(MoneyFields),
  by_branch: Type.Array(Group), by_plan: Type.Array(Group, { description: 'key null: payments of no plan (e.g. other)' }), by_method: Type.Array(Group),
})

export const ExpensesReport = Report({
  total: Int(), count: Int(),
  by_category: Type.Array(Type.Object({ category: Type.String(), amount: Int(), count: Int() })),
})

export const BranchComparison = Report({
  branches: Type.Array(Type.Object({
    branch_id: Int(), branch_name: Type.String(), is_active: Type.Boolean(), ...MoneyFields,
    expenses: Int(), net_after_expenses: Int(), check_ins: Int(),
  })),
})

export const EmployeePerformance = Report({
  staff: Type.Array(Type.Object({
    staff_id: Nullable(Type.Integer()), full_name: Nullable(Type.String()),
    sales_count: Int('payments recorded (refunds excluded)'), sales_value: Int('Σ(amount − discount) of those payments'),
    refunds: Int('refunded from those payments'), net: Int('sales_value − refunds'),
    plan_sales: Int('subscription and renewal payments'), renewals: Int(),
    renewal_rate: Nullable(Type.Number({ description: 'renewals ÷ plan_sales (null with no plan sales), 4 decimals' })),
  })),
})

export const MembersReport = Report({
  today: Day('the day "active", "frozen" and "expiring" are counted on'), days: Int(),
  active: Int(), frozen: Int(), new_members: Int(), expiring: Int(), lapsed: Int(),
})

export const CheckInsReport = Report({
  total: Int('approved entries'), members: Int('distinct members admitted'), denied: Int(),
  by_day: Type.Array(Type.Object({ date: Day('gym-local day'), check_ins: Int(), members: Int() })),
  by_hour: Type.Array(Type.Object({ hour: Type.Integer({ minimum: 0, maximum: 23, description: 'gym-local hour' }), check_ins: Int() })),
})

export const CashDifferencesReport = Report({
  closings_count: Int(), with_difference: Int(), total_difference: Int(), total_short: Int('Σ of negative differences, as a positive amount'), total_over: Int(),
  closings: Type.Array(Type.Object({
    id: Int(), branch_id: Int(), branch_name: Type.String(), business_date: Day('the day counted'),
    expected_cash: Int(), actual_cash: Int(), difference: Int('actual − expected; negative when short'),
    network_total: Int(), transfer_total: Int(), payments_count: Int(), notes: Nullable(Type.String()),
    closed_by: Nullable(Type.Integer()), closed_by_name: Nullable(Type.String()), created_at: Type.String({ format: 'date-time' }),
  })),
})
