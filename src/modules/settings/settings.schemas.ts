import Type, { type Static } from 'typebox'

export const GymSettingsSchema = Type.Object({
  allow_multiple_active_plans: Type.Boolean({
    description: 'When false (the default) a member holds at most one active or frozen plan per service_type at a time.',
  }),
})

export type GymSettings = Static<typeof GymSettingsSchema>

export const UpdateGymSettingsBody = Type.Object({
  allow_multiple_active_plans: Type.Optional(Type.Boolean()),
}, { additionalProperties: false, minProperties: 1 })
