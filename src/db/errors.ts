// Driver errors translated in one place: a unique violation becomes 409 naming the field, a
// foreign-key violation a 404 for the referenced record. Both dialects end up the same.
import { AppError } from '../lib/errors.ts'

interface DriverError {
  code?: string
  constraint?: string
  detail?: string
  message?: string
}

/** Returns the column a unique constraint protects, or undefined if `error` is not a unique violation. */
export function uniqueViolationField(error: unknown): string | undefined {
  const e = error as DriverError
  if (e?.code === '23505') {
    // PostgreSQL: detail is `Key (email)=(x) already exists.`
    return /Key \(([^)]+)\)/.exec(e.detail ?? '')?.[1] ?? e.constraint ?? 'value'
  }
  if (e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    // SQLite: `UNIQUE constraint failed: customers.email`
    return /failed: \w+\.(\w+)/.exec(e.message ?? '')?.[1] ?? 'value'
  }
  return undefined
}

export function isForeignKeyViolation(error: unknown): boolean {
  const code = (error as DriverError)?.code
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY'
}

/** Rethrows a unique violation as 409 DUPLICATE naming the field; anything else unchanged. */
export function translateDriverError(error: unknown): never {
  const field = uniqueViolationField(error)
  if (field) {
    throw new AppError('DUPLICATE', `A record with this ${field.replace(/_/g, ' ')} already exists.`, {
      details: { field },
      cause: error,
    })
  }
  if (isForeignKeyViolation(error)) throw new AppError('NOT_FOUND', 'A referenced record does not exist.', { cause: error })
  throw error
}
