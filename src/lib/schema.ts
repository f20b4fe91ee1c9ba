// Small TypeBox helpers shared by every module's schemas.
import Type, { type TSchema } from 'typebox'

/** `T` or JSON null. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])
