// Small TypeBox helpers shared by every module's schemas.
import Type, { type TSchema } from 'typebox'

/** `T` or JSON null. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

/** A database id: a positive 32-bit integer. */
export const Id = (description?: string) => Type.Integer({ minimum: 1, maximum: 2_147_483_647, ...(description ? { description } : {}) })
