import Type from 'typebox'

const StatusSchema = Type.Enum(['active', 'frozen', 'stopped', 'expired'])

export const MemberSubscriptionSchema = Type.Object({
  id: Type.Integer(),
  service_name: Type.String(),
  service_type: Type.String(),
  subscription_type: Type.Enum(['time_based', 'coins', 'sessions', 'training']),
  start_date: Type.String({ format: 'date' }),
  end_date: Type.String({ format: 'date' }),
  status: StatusSchema,
  remaining_days: Type.Integer(),
  freeze_days_remaining: Type.Integer(),
  remaining_coins: Type.Optional(Type.Integer({ description: 'coin plans only' })),
  total_coins: Type.Optional(Type.Integer({ description: 'coin plans only' })),
  remaining_sessions: Type.Optional(Type.Integer({ description: 'session and training plans only' })),
  total_sessions: Type.Optional(Type.Integer({ description: 'session and training plans only' })),
})

export const MemberSubscriptionsData = Type.Object({
  current_subscription: Type.Union([MemberSubscriptionSchema, Type.Null()]),
  subscription_history: Type.Array(MemberSubscriptionSchema),
})
