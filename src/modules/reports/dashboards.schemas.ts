// The /api/dashboards and /api/alerts contract. Money is integer minor units.
import Type from 'typebox'
import { Nullable } from '../../lib/schema.ts'
import { Day, Int, MoneyFields } from './reports.schemas.ts'

export const BranchQuery = Type.Object({
  branch_id: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'one branch within your scope' })),
})

const ByMethod = Type.Object({ cash: Int(), network: Int(), transfer: Int() }, { description: 'net revenue per payment method (refunds taken off the method they were paid out by)' })
const MonthFigures = Type.Object({ from: Day(), to: Day(), ...MoneyFields, expenses: Int('approved expenses'), net_after_expenses: Int() })
const RankedBranch = Nullable(Type.Object({ branch_id: Int(), branch_name: Type.String(), revenue: Int('net revenue this month') }))

export const OwnerDashboard = Type.Object({
  date: Day('today, gym-local'),
  today: Type.Object(MoneyFields),
  month: MonthFigures,
  last_month: Type.Object({ from: Day(), to: Day(), net: Int() }, { description: 'the same days of last month (1st to today\'s day of the month)' }),
  change: Type.Object({ amount: Int('month.net − last_month.net'), percent: Nullable(Type.Number({ description: 'one decimal; null when last month had nothing' })) }),
  best_branch: RankedBranch,
  worst_branch: RankedBranch,
  expiring: Type.Object({ in_3_days: Int(), in_7_days: Int() }, { description: 'members whose live plan ends within the days, with nothing bought after it' }),
  top_staff: Type.Array(Type.Object({ staff_id: Int(), full_name: Nullable(Type.String()), sales_count: Int(), net: Int() })),
})

export const BranchManagerDashboard = Type.Object({
  date: Day('today, gym-local'),
  branch_id: Int(),
  sales_today: Type.Object({ ...MoneyFields, by_method: ByMethod }),
  check_ins_today: Type.Object({ check_ins: Int('approved'), members: Int('distinct members admitted'), denied: Int() }),
  members: Type.Object({ active: Int(), frozen: Int(), expiring_7_days: Int() }),
  pending_expenses: Type.Object({ count: Int(), amount: Int() }),
})

export const AccountantDashboard = Type.Object({
  date: Day('today, gym-local'),
  branch_id: Nullable(Type.Integer()),
  today: Type.Object({ ...MoneyFields, by_method: ByMethod }),
  month: MonthFigures,
  closings: Type.Object({
    missing: Type.Array(Type.Object({ branch_id: Int(), branch_name: Type.String(), business_date: Day(), payments_count: Int() }), { description: 'days of the last 7 (before today) on which a branch took payments and nobody closed the day' }),
    with_difference: Type.Array(Type.Object({
      id: Int(), branch_id: Int(), branch_name: Type.String(), business_date: Day(), expected_cash: Int(), actual_cash: Int(), difference: Int(),
    }), { description: 'this month\'s closings whose counted cash differed from the expected' }),
  }),
})

const Listed = <T extends ReturnType<typeof Type.Object>>(item: T, description: string) =>
  Type.Object({ total: Int('all of them; items holds at most 100'), items: Type.Array(item) }, { description })
const PlanItem = {
  subscription_id: Int(), customer_id: Int(), customer_name: Type.String(), phone: Type.String(), branch_id: Int(), service_name: Type.String(),
}

export const AlertsData = Type.Object({
  date: Day('today, gym-local'),
  branch_id: Nullable(Type.Integer()),
  expiring_plans: Listed(Type.Object({ ...PlanItem, end_date: Day() }), 'live plans ending within 7 days whose member has bought nothing after them'),
  low_balance: Listed(Type.Object({ ...PlanItem, remaining_coins: Nullable(Type.Integer()), remaining_sessions: Nullable(Type.Integer()) }), 'live coin or session plans with 1 to 3 left'),
  pending_expenses: Type.Object({
    total: Int(), amount: Int('Σ amount of all pending expenses'),
    items: Type.Array(Type.Object({ id: Int(), branch_id: Int(), title: Type.String(), amount: Int(), category: Type.String(), expense_date: Day() })),
  }, { description: 'expenses awaiting review' }),
  missing_closings: Type.Object({ date: Day('yesterday'), branches: Type.Array(Type.Object({ id: Int(), name: Type.String() })) }, { description: 'active branches with no evening cash count for yesterday' }),
})
