// The contract of /api/customers (the staff side of members).
import Type, { type Static } from 'typebox'
import { Nullable } from '../../lib/schema.ts'
import { PageQuery } from '../../lib/pagination.ts'


const HEALTH = 'health data: null for accountants and central accountants, and for a trainer unless the member has a subscription with them'

export const StaffCustomerSchema = Type.Object({
  id: Type.Integer(),
  full_name: Type.String(),
  phone: Type.String({ description: 'stored normalised (E.164 when the region is known)' }),
  email: Nullable(Type.String()),
  qr_code: Type.String({ description: "the member's static card number" }),
  branch_id: Nullable(Type.Integer()),
  branch_name: Nullable(Type.String()),
  gender: Nullable(Type.Enum(['male', 'female'])),
  date_of_birth: Nullable(Type.String({ format: 'date', description: HEALTH })),
  weight: Nullable(Type.Number({ description: `kg; ${HEALTH}` })),
  height: Nullable(Type.Number({ description: `cm; ${HEALTH}` })),
  address: Nullable(Type.String()),
  national_id: Nullable(Type.String()),
  health_notes: Nullable(Type.String({ description: HEALTH })),
  bmi: Nullable(Type.Number({ description: `derived; ${HEALTH}` })),
  bmi_category: Nullable(Type.Enum(['Underweight', 'Normal', 'Overweight', 'Obese'], { description: `derived; ${HEALTH}` })),
  bmr: Nullable(Type.Integer({ description: `kcal/day, Mifflin–St Jeor; ${HEALTH}` })),
  ideal_weight: Nullable(Type.Number({ description: `kg at BMI 22; ${HEALTH}` })),
  daily_calories: Nullable(Type.Integer({ description: `kcal/day at moderate activity; ${HEALTH}` })),
  is_active: Type.Boolean(),
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
})

const customerFields = {
  full_name: Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' }),
  phone: Type.String({ minLength: 1, maxLength: 32, description: 'any usual form; stored normalised' }),
  email: Nullable(Type.String({ minLength: 1, maxLength: 254 })),
  branch_id: Type.Integer({ minimum: 1, description: "defaults to your branch; branch staff can only use their own" }),
  weight: Nullable(Type.Number({ minimum: 20, maximum: 400, description: 'kg' })),
  height: Nullable(Type.Number({ minimum: 80, maximum: 260, description: 'cm' })),
  gender: Nullable(Type.Enum(['male', 'female'])),
  date_of_birth: Nullable(Type.String({ format: 'date' })),
  address: Nullable(Type.String({ maxLength: 300 })),
  national_id: Nullable(Type.String({ maxLength: 32 })),
  health_notes: Nullable(Type.String({ maxLength: 2000 })),
}

const { full_name, phone, ...optional } = customerFields

export const RegisterCustomerBody = Type.Object(
  { full_name, phone, ...Type.Partial(Type.Object(optional)).properties },
  { additionalProperties: false },
)

export const UpdateCustomerBody = Type.Partial(Type.Object(customerFields), { additionalProperties: false, minProperties: 1 })

export const CUSTOMER_SORTS = ['name', '-name', 'created_at', '-created_at', 'id', '-id'] as const

export const CustomerListQuery = Type.Object({
  ...PageQuery,
  search: Type.Optional(Type.String({ maxLength: 100, description: 'part of the name, phone, email or card number (any case)' })),
  branch_id: Type.Optional(Type.Integer({ minimum: 1 })),
  is_active: Type.Optional(Type.Boolean()),
  sort: Type.Enum(CUSTOMER_SORTS, { default: '-created_at' }),
})

export const QuickSearchQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S', description: 'part of the name, phone, email or card number' }),
})

export const CustomerParams = Type.Object({ id: Type.Integer({ minimum: 1 }) })

export type RegisterCustomerInput = Static<typeof RegisterCustomerBody>
export type UpdateCustomerInput = Static<typeof UpdateCustomerBody>
export type CustomerListInput = Static<typeof CustomerListQuery>
