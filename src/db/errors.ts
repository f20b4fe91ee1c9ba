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

// Errors that mean "the database did not answer", not "the request was wrong": refused or dropped
// connections, a server shutting down, a statement cancelled by statement_timeout, a query or a
// connection attempt that timed out, SQLite still locked by another process after busy_timeout.
// The error handler answers them 503 DATABASE_UNAVAILABLE; the service recovers by itself.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
  '57P01', // admin_shutdown (pg_terminate_backend, a fast shutdown)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '57014', // query_canceled (statement_timeout)
  '53300', // too_many_connections
  'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED',
])
const UNAVAILABLE_MESSAGES = /^(Connection terminated|Query read timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly)/

export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as DriverError | undefined
  if (!e || typeof e !== 'object') return false
  if (e.code && (UNAVAILABLE_CODES.has(e.code) || e.code.startsWith('08'))) return true
  return UNAVAILABLE_MESSAGES.test(e.message ?? '')
}

/** Whether a connection that raised `error` must be thrown away rather than reused. */
export function breaksConnection(error: unknown): boolean {
  // A statement cancelled by the server leaves its connection healthy; the others do not.
  return isDatabaseUnavailable(error) && (error as DriverError).code !== '57014' && !(error as DriverError).code?.startsWith('SQLITE')
}
