// The evening cash count's contract. Money is integer minor units.
import Type from 'typebox'
import { MinorUnits } from '../../lib/money.ts'
import { PageOf, PageQuery } from '../../lib/pagination.ts'
import { Id, Nullable } from '../../lib/schema.ts'
import { DateRangeQuery } from '../payments/money-scope.ts'

const Figures = {
  business_date: Type.String({ format: 'date', description: "the branch's gym-local day (GYM_TIMEZONE)" }),
  expected_cash: Type.Integer({ description: 'cash payments (amount − discount) − cash refunds of the day: what the drawer should hold' }),
  network_total: Type.Integer({ description: 'card terminal payments (amount − discount) − network refunds' }),
  transfer_total: Type.Integer({ description: 'transfers (amount − discount) − transfer refunds' }),
  payments_count: Type.Integer({ description: 'payments of the day, refunds not counted' }),
}

export const TodayQuery = Type.Object({
  branch_id: Type.Optional(Id("defaults to the caller's branch; required for accounts of every branch")),
  date: Type.Optional(Type.String({ format: 'date', description: "a past gym-local day left open, up to 31 days back, to close it late (not for the front desk); today when left out" })),
})

export const DayFigures = Type.Object({
  branch_id: Type.Integer(),
  branch_name: Type.String(),
  ...Figures,
  cash_payments: Type.Integer({ description: 'Σ (amount − discount) of the cash payments' }),
  cash_refunds: Type.Integer({ description: 'Σ amount of the cash refunds' }),
  refunds_count: Type.Integer(),
  closed: Type.Boolean({ description: 'the day has been closed: payments and refunds of this branch are refused (DAY_CLOSED) until tomorrow' }),
  closing_id: Nullable(Type.Integer()),
})

export const Closing = Type.Object({
  id: Type.Integer(),
  branch_id: Type.Integer(),
  branch_name: Type.String(),
  ...Figures,
  actual_cash: MinorUnits('counted in the drawer'),
  difference: Type.Integer({ description: 'actual_cash − expected_cash: negative when the drawer is short' }),
  notes: Nullable(Type.String()),
  closed_by: Nullable(Type.Integer()),
  closed_by_name: Nullable(Type.String()),
  created_at: Type.String({ format: 'date-time' }),
})

export const CloseDayBody = Type.Object({
  branch_id: Id(),
  date: Type.Optional(Type.String({ format: 'date', description: "the gym-local day to close (GYM_TIMEZONE); today when left out. A past day left open can be closed up to 31 days later by an owner, branch manager or accountant; the front desk closes only today; a future day is refused" })),
  actual_cash: MinorUnits('the cash counted in the drawer'),
  notes: Type.Optional(Type.String({ maxLength: 1000 })),
})

export const ClosingListQuery = Type.Object({ ...PageQuery, branch_id: Type.Optional(Id()), ...DateRangeQuery })
export const ClosingPage = PageOf(Closing)
