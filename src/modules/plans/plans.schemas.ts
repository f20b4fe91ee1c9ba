// The contract of /api/services (plans): what a plan looks like and what staff may send.
import Type, { type Static } from 'typebox'
import { Nullable } from '../../lib/schema.ts'
import { MinorUnits } from '../../lib/money.ts'


export const SERVICE_TYPES = ['gym', 'swimming_education', 'swimming_recreation', 'karate', 'personal_training', 'classes', 'bundle'] as const
export const SUBSCRIPTION_TYPES = ['time_based', 'coins', 'sessions', 'training'] as const

const HHMM = '^([01][0-9]|2[0-3]):[0-5][0-9]$'

const planFields = {
  name: Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' }),
  service_type: Type.Enum(SERVICE_TYPES),
  subscription_type: Type.Enum(SUBSCRIPTION_TYPES, {
    description: 'time_based: entry until the end date; coins: each entry uses one coin; sessions: each class uses one; training: personal-training sessions',
  }),
  price: MinorUnits('the price of one period; each sale copies it, so a change applies to later sales only'),
  duration_days: Type.Integer({ minimum: 1, maximum: 3650 }),
  coins: Nullable(Type.Integer({ minimum: 1, maximum: 100_000, description: 'required for coins plans, empty otherwise' })),
  sessions: Nullable(Type.Integer({ minimum: 1, maximum: 10_000, description: 'required for sessions and training plans, empty otherwise' })),
  freeze_max_days: Type.Integer({ minimum: 0, maximum: 365 }),
  freeze_count_limit: Type.Integer({ minimum: 0, maximum: 100 }),
  freeze_cost: MinorUnits('price of a paid freeze; 0 = free'),
  entry_start_time: Nullable(Type.String({ pattern: HHMM, description: 'HH:MM, gym time; set with entry_end_time or not at all' })),
  entry_end_time: Nullable(Type.String({ pattern: HHMM, description: 'HH:MM, exclusive; may be before the start (window crosses midnight)' })),
  grants_gym_entry: Type.Boolean(),
  branch_id: Nullable(Type.Integer({ minimum: 1, description: 'null = every branch (owner only)' })),
  description: Nullable(Type.String({ maxLength: 1000 })),
  is_active: Type.Boolean(),
}

export const PlanSchema = Type.Object({
  id: Type.Integer(),
  ...planFields,
  name: Type.String(),
  entry_start_time: Nullable(Type.String()),
  entry_end_time: Nullable(Type.String()),
  description: Nullable(Type.String()),
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
})

const { name, service_type, subscription_type, price, duration_days, ...optional } = planFields

export const CreatePlanBody = Type.Object(
  { name, service_type, subscription_type, price, duration_days, ...Type.Partial(Type.Object(optional)).properties },
  { additionalProperties: false },
)

export const UpdatePlanBody = Type.Partial(Type.Object(planFields), { additionalProperties: false, minProperties: 1 })

export const PlanListQuery = Type.Object({
  service_type: Type.Optional(Type.Enum(SERVICE_TYPES)),
  subscription_type: Type.Optional(Type.Enum(SUBSCRIPTION_TYPES)),
  is_active: Type.Optional(Type.Boolean()),
  branch_id: Type.Optional(Type.Integer({ minimum: 1, description: 'plans on sale at this branch: its own and the chain-wide ones' })),
})

export const PlanParams = Type.Object({ id: Type.Integer({ minimum: 1 }) })

export type CreatePlanInput = Static<typeof CreatePlanBody>
export type UpdatePlanInput = Static<typeof UpdatePlanBody>
export type PlanListFilters = Static<typeof PlanListQuery>
