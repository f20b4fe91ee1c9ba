// The /api/users contract. Responses never carry password_hash: UserSchema lists what may leave.
import Type from 'typebox'
import { Nullable } from '../../lib/schema.ts'
import { STAFF_ROLES } from './roles.ts'
import { MIN_PASSWORD_LENGTH } from '../../lib/passwords.ts'
import { PageQuery } from '../../lib/pagination.ts'
import { StaffUserSchema } from './staff.schemas.ts'


export const StaffRoleSchema = Type.Enum(STAFF_ROLES)

export const UserSchema = Type.Object({
  ...StaffUserSchema.properties,
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
})

export const Password = Type.String({ minLength: MIN_PASSWORD_LENGTH, maxLength: 256 })
const Username = Type.String({ pattern: '^[A-Za-z0-9._-]{3,64}$', description: '3–64 letters, digits, dot, dash or underscore; stored lower-case' })
const FullName = Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' })
const Email = Nullable(Type.String({ maxLength: 254 }))
const Phone = Nullable(Type.String({ maxLength: 32 }))
const BranchId = Nullable(Type.Integer({ minimum: 1, description: 'required for branch roles; null for owner and central_accountant' }))

export const UserIdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) })

export const UserListQuery = Type.Object({
  ...PageQuery,
  role: Type.Optional(StaffRoleSchema),
  branch_id: Type.Optional(Type.Integer({ minimum: 1 })),
  is_active: Type.Optional(Type.Boolean()),
  search: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'part of username, name, email or phone' })),
})

export const CreateUserBody = Type.Object({
  username: Username,
  password: Password,
  full_name: FullName,
  role: StaffRoleSchema,
  branch_id: Type.Optional(BranchId),
  email: Type.Optional(Email),
  phone: Type.Optional(Phone),
}, { additionalProperties: false })

export const UpdateUserBody = Type.Object({
  full_name: Type.Optional(FullName),
  email: Type.Optional(Email),
  phone: Type.Optional(Phone),
  role: Type.Optional(StaffRoleSchema),
  branch_id: Type.Optional(BranchId),
}, { additionalProperties: false, minProperties: 1, description: 'Only the fields sent change.' })

export const ResetPasswordBody = Type.Object({ new_password: Password }, { additionalProperties: false })

export const ChangePasswordBody = Type.Object({
  current_password: Type.String({ minLength: 1, maxLength: 256 }),
  new_password: Password,
}, { additionalProperties: false })
