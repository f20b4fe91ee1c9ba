// The /api/branches contract.
import Type from 'typebox'
import { Nullable } from '../../lib/schema.ts'
import { PageQuery } from '../../lib/pagination.ts'


export const BranchSchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  address: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  is_active: Type.Boolean(),
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
})

export const BranchIdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) })

export const BranchListQuery = Type.Object({
  ...PageQuery,
  is_active: Type.Optional(Type.Boolean()),
})

const Name = Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' })
const Address = Nullable(Type.String({ maxLength: 300 }))
const Phone = Nullable(Type.String({ maxLength: 32 }))

export const CreateBranchBody = Type.Object({
  name: Name,
  address: Type.Optional(Address),
  phone: Type.Optional(Phone),
}, { additionalProperties: false })

export const UpdateBranchBody = Type.Object({
  name: Type.Optional(Name),
  address: Type.Optional(Address),
  phone: Type.Optional(Phone),
}, { additionalProperties: false, minProperties: 1, description: 'Only the fields sent change.' })
