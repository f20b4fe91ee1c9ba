import Type from 'typebox'
import { TokenPairSchema } from '../auth/auth.schemas.ts'
import { ClientProfileSchema } from '../customers/customer.schemas.ts'

// `identifier` is optional in the schema so a missing one answers the seed's MISSING_IDENTIFIER,
// like an empty one, rather than a generic VALIDATION_ERROR.
export const RequestActivationBody = Type.Object(
  { identifier: Type.Optional(Type.String({ maxLength: 254, description: 'Phone number or email address' })) },
  { additionalProperties: false },
)

export const RequestActivationData = Type.Object({
  expires_in: Type.Integer({ description: 'Seconds the code stays valid' }),
  identifier_type: Type.Union([Type.Literal('phone'), Type.Literal('email')]),
})

export const VerifyActivationBody = Type.Object(
  {
    identifier: Type.Optional(Type.String({ maxLength: 254 })),
    activation_code: Type.String({ minLength: 1, maxLength: 16, description: 'The 6-digit code' }),
  },
  { additionalProperties: false },
)

export const VerifyActivationData = Type.Object({ ...TokenPairSchema.properties, client: ClientProfileSchema })
