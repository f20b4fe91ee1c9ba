// The seed's envelope, with the TypeBox schemas that document it in OpenAPI.
import Type, { type TSchema } from 'typebox'

export const success = <T>(data: T, message?: string) =>
  message === undefined ? { status: 'success' as const, data } : { status: 'success' as const, message, data }

export const SuccessEnvelope = <T extends TSchema>(data: T) =>
  Type.Object({
    status: Type.Literal('success'),
    message: Type.Optional(Type.String()),
    data,
  })

export const ErrorEnvelope = Type.Object(
  {
    status: Type.Literal('error'),
    message: Type.String(),
    code: Type.String({ description: 'UPPER_SNAKE error code' }),
    errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
    field: Type.Optional(Type.String()),
  },
  { $id: 'ErrorEnvelope' },
)
