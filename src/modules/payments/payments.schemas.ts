// The ledger's contract. Money is integer minor units (50000 = 500.00).
import Type from 'typebox'
import { MinorUnits, PaymentMethodSchema, PositiveMinorUnits } from '../../lib/money.ts'
import { PageOf, PageQuery } from '../../lib/pagination.ts'
import { Id, Nullable } from '../../lib/schema.ts'
import { DateRangeQuery } from './money-scope.ts'

/** The kinds of ledger row: the four kinds of payment and a refund. */
export const LedgerType = (description?: string) =>
  Type.Enum(['subscription', 'renewal', 'freeze', 'other', 'refund'], description ? { description } : {})

export const PaymentListQuery = Type.Object({
  ...PageQuery,
  branch_id: Type.Optional(Id()),
  customer_id: Type.Optional(Id()),
  staff_id: Type.Optional(Id('the staff member who recorded the row')),
  payment_method: Type.Optional(PaymentMethodSchema()),
  transaction_type: Type.Optional(LedgerType()),
  ...DateRangeQuery,
})

export const LedgerEntry = Type.Object({
  id: Type.Integer(),
  reference: Type.String({ description: 'the receipt number, PAY-YYYYMMDD-XXXXXXXX' }),
  business_date: Type.String({ format: 'date', description: 'the gym-local day the money moved' }),
  created_at: Type.String({ format: 'date-time' }),
  branch_id: Type.Integer(),
  branch_name: Type.String(),
  customer_id: Nullable(Type.Integer()),
  customer_name: Nullable(Type.String()),
  subscription_id: Nullable(Type.Integer()),
  plan_id: Nullable(Type.Integer()),
  plan_name: Nullable(Type.String()),
  transaction_type: LedgerType(),
  payment_method: PaymentMethodSchema(),
  amount: MinorUnits('a payment: before the discount; a refund: what left the till'),
  discount: MinorUnits('always 0 on a refund'),
  net: Type.Integer({ description: "what the row adds to revenue: amount − discount, or −amount for a refund; minor units" }),
  refund_of: Nullable(Type.Integer({ description: 'on a refund: the payment it corrects' })),
  refund_of_reference: Nullable(Type.String()),
  notes: Nullable(Type.String({ description: "on a refund: the reason" })),
  staff_id: Nullable(Type.Integer()),
  staff_name: Nullable(Type.String()),
})

const Sums = {
  gross: Type.Integer({ description: 'Σ amount of payments (refunds excluded)' }),
  discount: Type.Integer({ description: 'Σ discount of payments' }),
  refunds: Type.Integer({ description: 'Σ amount of refund rows' }),
  net: Type.Integer({ description: 'gross − discount − refunds' }),
  payments_count: Type.Integer(),
  refunds_count: Type.Integer(),
}

export const LedgerTotals = Type.Object({
  ...Sums,
  by_method: Type.Object({
    cash: Type.Object(Sums), network: Type.Object(Sums), transfer: Type.Object(Sums),
  }),
}, { description: 'over every row the filters select (all pages); minor units' })

export const LedgerPage = Type.Object({ ...PageOf(LedgerEntry).properties, totals: LedgerTotals })

export const RecordPaymentBody = Type.Object({
  customer_id: Id(),
  subscription_id: Type.Optional(Id('required for subscription, renewal and freeze: the plan the money is for')),
  amount: PositiveMinorUnits('before the discount'),
  discount: Type.Optional(MinorUnits('taken off the amount; default 0')),
  payment_method: PaymentMethodSchema(),
  transaction_type: Type.Enum(['subscription', 'renewal', 'freeze', 'other'], {
    description: "'other' for anything sold at the desk (a towel, a product); the plan kinds only with subscription_id, "
      + 'for money taken for a plan outside its sale (e.g. the rest of an instalment). Selling, renewing and freezing a plan record their own payments.',
  }),
  notes: Type.Optional(Type.String({ maxLength: 1000 })),
})

export const RefundBody = Type.Object({
  amount: PositiveMinorUnits('what leaves the till; at most what is left of the payment'),
  reason: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }),
})

export const Receipt = Type.Object({
  ...LedgerEntry.properties,
  customer_phone: Nullable(Type.String()),
  refunds: Type.Array(LedgerEntry),
  refunded: Type.Integer({ description: 'Σ amount of the refunds against this payment' }),
  refundable: Type.Integer({ description: 'amount − discount − refunded (0 on a refund row)' }),
})
