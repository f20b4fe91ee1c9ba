import Type from 'typebox'
import { PageOf, PageQuery } from '../../lib/pagination.ts'
import { MemberSubscriptionSchema } from '../subscriptions/subscription.schemas.ts'
import { ENTRY_REASONS } from './entry-rules.ts'

const EntryType = Type.Enum(['qr_scan', 'barcode', 'manual'])
const EntryStatus = Type.Enum(['approved', 'denied'])
const EntryReason = Type.Enum([...ENTRY_REASONS], { description: 'OK, or why the door said no' })
const id = (description?: string) => Type.Integer({ minimum: 1, maximum: 2_147_483_647, ...(description ? { description } : {}) })

export const EntryHistoryQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
})

export const EntryHistoryData = Type.Object({
  entries: Type.Array(
    Type.Object({
      id: Type.Integer(),
      entry_time: Type.String({ format: 'date-time' }),
      branch_name: Type.Union([Type.String(), Type.Null()]),
      entry_type: EntryType,
      coins_used: Type.Integer(),
    }),
  ),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
})

export const CheckInBody = Type.Object(
  {
    qr_token: Type.Optional(Type.String({ minLength: 1, maxLength: 1024, description: "The member's rotating QR pass" })),
    qr_code: Type.Optional(Type.String({ minLength: 1, maxLength: 50, description: 'Static card number (only when ALLOW_STATIC_QR)' })),
    customer_id: Type.Optional(id('Manual check-in')),
    branch_id: Type.Optional(id("The door's branch; for roles that work across branches (others check in at their own branch)")),
  },
  { additionalProperties: false, minProperties: 1, description: 'Exactly one of qr_token, qr_code or customer_id' },
)

export const CheckInHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({
    minLength: 1, maxLength: 64, pattern: '^[\\x21-\\x7e]+$',
    description: 'Makes a retried manual or card-number check-in count once (a QR pass needs none: it is single-use, and the same desk resending it within seconds is taken as a retry)',
  })),
})

export const CheckInData = Type.Object({
  allowed: Type.Boolean(),
  reason: EntryReason,
  entry_id: Type.Integer(),
  entry_time: Type.String({ format: 'date-time' }),
  entry_type: EntryType,
  replayed: Type.Boolean({
    description: 'true when this answers a network retry of an earlier scan (the same QR pass from the same staff member within '
      + 'seconds, or the same Idempotency-Key): nothing new was recorded or charged, because the admission was already counted. '
      + 'A device that retried because it lost the first answer should act on `allowed` as usual',
  }),
  customer: Type.Union([
    Type.Object({ id: Type.Integer(), full_name: Type.String(), qr_code: Type.String(), phone: Type.String() }),
    Type.Null(),
  ]),
  subscription: Type.Union([MemberSubscriptionSchema, Type.Null()]),
})

export const QrPassData = Type.Object({
  qr_code: Type.String({ description: "The member's static card number, for staff to type" }),
  qr_token: Type.String({ description: 'Ed25519-signed pass the door scans; verify with GET /api/entries/qr-keys' }),
  expires_at: Type.String({ format: 'date-time' }),
  qr_image_base64: Type.String({ description: 'PNG whose QR content is qr_token' }),
  customer_name: Type.String(),
  has_active_subscription: Type.Boolean(),
})

export const EntryListQuery = Type.Object({
  ...PageQuery,
  branch_id: Type.Optional(id()),
  customer_id: Type.Optional(id()),
  entry_status: Type.Optional(EntryStatus),
  from: Type.Optional(Type.String({ format: 'date', description: 'Gym-local day (GYM_TIMEZONE), inclusive' })),
  to: Type.Optional(Type.String({ format: 'date', description: 'Gym-local day (GYM_TIMEZONE), inclusive' })),
})

export const EntryListItem = Type.Object({
  id: Type.Integer(),
  entry_time: Type.String({ format: 'date-time' }),
  business_date: Type.String({ format: 'date', description: 'The gym-local day of the entry' }),
  branch_id: Type.Integer(),
  branch_name: Type.String(),
  customer_id: Type.Union([Type.Integer(), Type.Null()]),
  customer_name: Type.Union([Type.String(), Type.Null()]),
  subscription_id: Type.Union([Type.Integer(), Type.Null()]),
  entry_type: EntryType,
  entry_status: EntryStatus,
  reason: EntryReason,
  coins_used: Type.Integer(),
  sessions_used: Type.Integer(),
  staff_id: Type.Union([Type.Integer(), Type.Null()]),
  staff_name: Type.Union([Type.String(), Type.Null()]),
})

export const EntryListData = PageOf(EntryListItem)
