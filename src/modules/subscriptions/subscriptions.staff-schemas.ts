// The staff API's subscription contract. Money is integer minor units (50000 = 500.00).
import Type from 'typebox'
import { Id, Nullable } from '../../lib/schema.ts'
import { MinorUnits, PaymentMethodSchema as PaymentMethod } from '../../lib/money.ts'
import { PageOf, PageQuery } from '../../lib/pagination.ts'
import { LedgerType } from '../payments/payments.schemas.ts'

const Status = (description?: string) => Type.Enum(['active', 'frozen', 'stopped', 'expired'], description ? { description } : {})
const Reason = Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' })

export const SubscriptionIdParams = Type.Object({ id: Id() })

export const SubscriptionListQuery = Type.Object({
  ...PageQuery,
  customer_id: Type.Optional(Id()),
  branch_id: Type.Optional(Id()),
  status: Type.Optional(Status('the status as of today (an active plan past its end date or out of coins/sessions is expired); case-insensitive')),
})

export const StaffSubscription = Type.Object({
  id: Type.Integer(),
  customer_id: Type.Integer(),
  customer_name: Type.String(),
  service_id: Type.Integer(),
  service_name: Type.String(),
  service_type: Type.String(),
  subscription_type: Type.Enum(['time_based', 'coins', 'sessions', 'training']),
  branch_id: Type.Integer(),
  start_date: Type.String({ format: 'date' }),
  end_date: Type.String({ format: 'date', description: 'last day of access, inclusive' }),
  status: Status(),
  remaining_days: Type.Integer(),
  total_coins: Nullable(Type.Integer()),
  remaining_coins: Nullable(Type.Integer()),
  total_sessions: Nullable(Type.Integer()),
  remaining_sessions: Nullable(Type.Integer()),
  frozen_since: Nullable(Type.String({ format: 'date' })),
  freeze_days_used: Type.Integer(),
  freeze_days_remaining: Type.Integer(),
  freeze_count: Type.Integer(),
  freezes_remaining: Type.Integer(),
  amount: MinorUnits('the price of this period before the discount'),
  discount: MinorUnits('taken off the amount'),
  trainer_id: Nullable(Type.Integer()),
  stop_reason: Nullable(Type.String()),
  created_by: Nullable(Type.Integer()),
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
})

export const SubscriptionFreeze = Type.Object({
  id: Type.Integer(),
  start_date: Type.String({ format: 'date' }),
  requested_days: Type.Integer(),
  planned_end_date: Type.String({ format: 'date', description: 'the day the member is expected back (start_date + requested_days)' }),
  ended_on: Nullable(Type.String({ format: 'date' })),
  days_used: Nullable(Type.Integer({ description: 'once ended: the days credited (the days frozen, at most the freeze allowance left)' })),
  is_overdue: Type.Boolean({ description: 'still frozen after planned_end_date: unfreeze when the member returns' }),
  reason: Type.String(),
  cost: MinorUnits('0 for a free freeze'),
  created_by: Nullable(Type.Integer()),
  created_at: Type.String({ format: 'date-time' }),
})

export const PaymentSummary = Type.Object({
  id: Type.Integer(),
  reference: Type.String(),
  amount: MinorUnits('before the discount (revenue is amount − discount)'),
  discount: MinorUnits(),
  payment_method: PaymentMethod(),
  transaction_type: LedgerType(),
  business_date: Type.String({ format: 'date' }),
})

export const SubscriptionDetail = Type.Object({
  ...StaffSubscription.properties,
  freezes: Type.Array(SubscriptionFreeze),
  payment: Type.Optional(PaymentSummary),
})

export const SubscriptionPage = PageOf(StaffSubscription)

export const ActivateBody = Type.Object({
  customer_id: Id(),
  service_id: Id(),
  start_date: Type.Optional(Type.String({ format: 'date', description: "defaults to today (the gym's local day); not in the past" })),
  amount: Type.Optional(MinorUnits("defaults to the plan's price")),
  discount: Type.Optional(MinorUnits('at most the amount')),
  payment_method: PaymentMethod(),
  trainer_id: Type.Optional(Id("required for training plans: an active trainer of the member's branch")),
}, { additionalProperties: false })

export const RenewBody = Type.Object({
  amount: Type.Optional(MinorUnits("defaults to the plan's price")),
  discount: Type.Optional(MinorUnits('at most the amount')),
  payment_method: PaymentMethod(),
  trainer_id: Type.Optional(Id('training plans: defaults to the current trainer')),
}, { additionalProperties: false })

export const FreezeBody = Type.Object({
  days: Type.Integer({ minimum: 1, maximum: 365 }),
  reason: Reason,
  payment_method: Type.Optional(PaymentMethod('required when the plan charges for a freeze (freeze_cost > 0)')),
}, { additionalProperties: false })

export const UnfreezeBody = Type.Object({}, { additionalProperties: false })

export const StopBody = Type.Object({ reason: Reason }, { additionalProperties: false })
