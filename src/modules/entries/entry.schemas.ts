import Type from 'typebox'
import { MemberSubscriptionSchema } from '../subscriptions/subscription.schemas.ts'

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
      entry_type: Type.Enum(['qr_scan', 'barcode', 'manual']),
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
    customer_id: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'Manual check-in' })),
    branch_id: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647 })),
  },
  { additionalProperties: false, minProperties: 1 },
)

export const CheckInHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Makes a retried manual or barcode check-in count once' })),
})

export const CheckInData = Type.Object({
  allowed: Type.Boolean(),
  reason: Type.String({ description: 'OK or the denial reason' }),
  entry_id: Type.Integer(),
  entry_time: Type.String({ format: 'date-time' }),
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
