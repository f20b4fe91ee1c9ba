import Type from 'typebox'
import { Nullable } from '../../lib/schema.ts'
import { MemberSubscriptionSchema } from '../subscriptions/subscription.schemas.ts'


export const ClientSummarySchema = Type.Object({
  id: Type.Integer(),
  full_name: Type.String(),
  phone: Type.String(),
  email: Nullable(Type.String()),
  qr_code: Type.String(),
  branch_name: Nullable(Type.String()),
  has_active_subscription: Type.Boolean(),
})

export const ClientProfileSchema = Type.Object({
  ...ClientSummarySchema.properties,
  weight: Nullable(Type.Number({ description: 'kg' })),
  height: Nullable(Type.Number({ description: 'cm' })),
  bmi: Nullable(Type.Number()),
  bmi_category: Nullable(Type.Enum(['Underweight', 'Normal', 'Overweight', 'Obese'])),
  active_subscription: Nullable(MemberSubscriptionSchema),
})

export const UpdateMeasurementsBody = Type.Object(
  {
    weight: Type.Optional(Type.Number({ minimum: 20, maximum: 400, description: 'kg' })),
    height: Type.Optional(Type.Number({ minimum: 80, maximum: 260, description: 'cm' })),
  },
  { additionalProperties: false, minProperties: 1 },
)
