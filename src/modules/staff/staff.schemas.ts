import Type from 'typebox'
import { STAFF_ROLES } from './roles.ts'
import { TokenPairSchema } from '../auth/auth.schemas.ts'

export const StaffUserSchema = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  full_name: Type.String(),
  role: Type.Enum(STAFF_ROLES),
  branch_id: Type.Union([Type.Integer(), Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  is_active: Type.Boolean(),
})

export const LoginBody = Type.Object(
  { username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 256 }) },
  { additionalProperties: false },
)

export const LoginData = Type.Object({ ...TokenPairSchema.properties, user: StaffUserSchema })
