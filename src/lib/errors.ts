// The one error catalogue: every code the API answers with, its HTTP status and default message.
// Services throw AppError with a code from here; the error handler turns it into the envelope.

export const ERRORS = {
  VALIDATION_ERROR: [400, 'The request is not valid.'],
  BAD_REQUEST: [400, 'The request could not be processed.'],
  INVALID_JSON: [400, 'The request body is not valid JSON.'],
  MISSING_IDENTIFIER: [400, 'Phone number or email is required.'],
  INVALID_IDENTIFIER: [400, 'Invalid phone number or email address.'],
  TOKEN_MISSING: [401, 'Authentication is required.'],
  TOKEN_INVALID: [401, 'The token is not valid.'],
  TOKEN_EXPIRED: [401, 'The token has expired.'],
  TOKEN_REVOKED: [401, 'This session has ended. Please sign in again.'],
  INVALID_CODE: [401, 'Invalid or expired activation code.'],
  INVALID_CREDENTIALS: [401, 'Invalid username or password.'],
  UNAUTHORIZED: [403, 'This token cannot be used here.'],
  FORBIDDEN: [403, 'Your role does not allow this action.'],
  PASSWORD_CHANGE_REQUIRED: [403, 'Please change the temporary password reception gave you first.'],
  ACCOUNT_INACTIVE: [403, 'Your account has been deactivated. Please contact reception.'],
  NOT_FOUND: [404, 'Not found.'],
  METHOD_NOT_ALLOWED: [405, 'Method not allowed.'],
  REQUEST_TIMEOUT: [408, 'The request took too long to arrive.'],
  CONFLICT: [409, 'This conflicts with existing data.'],
  DUPLICATE: [409, 'A record with this value already exists.'],
  DAY_CLOSED: [409, "The branch's till is already closed for today."],
  PAYLOAD_TOO_LARGE: [413, 'The request body is too large.'],
  UNSUPPORTED_MEDIA_TYPE: [415, 'Send the request body as application/json.'],
  HEADERS_TOO_LARGE: [431, 'The request headers or URL are too large.'],
  BUSINESS_RULE: [422, 'This action is not allowed in the current state.'],
  RATE_LIMIT_EXCEEDED: [429, 'Too many requests. Please wait before trying again.'],
  TOO_MANY_ATTEMPTS: [429, 'Too many wrong codes. Please request a new activation code.'],
  SEND_FAILED: [500, 'Failed to send activation code. Please try again.'],
  NOT_IMPLEMENTED: [501, 'This is not available in Spotter yet.'],
  INTERNAL_ERROR: [500, 'Something went wrong on our side.'],
  SERVICE_UNAVAILABLE: [503, 'The service is temporarily unavailable.'],
  DATABASE_UNAVAILABLE: [503, 'The database is not answering. Please try again in a moment.'],
} as const satisfies Record<string, readonly [number, string]>

export type ErrorCode = keyof typeof ERRORS

/**
 * The log level of an answer, for every place that logs one: server faults (5xx) at error, except
 * NOT_IMPLEMENTED (501), a deliberate answer for a call Spotter does not serve yet, at warn.
 */
export const logLevelOf = (status: number): 'error' | 'warn' | 'info' =>
  status === ERRORS.NOT_IMPLEMENTED[0] ? 'warn' : status >= 500 ? 'error' : 'info'

export interface AppErrorOptions {
  /** Extra fields placed in the envelope beside status, message and code (e.g. `errors`, `field`). */
  details?: Record<string, unknown>
  /** Response headers to set, e.g. Retry-After. */
  headers?: Record<string, string>
  cause?: unknown
}

export class AppError extends Error {
  override name = 'AppError'
  readonly code: ErrorCode
  readonly statusCode: number
  readonly details: Record<string, unknown> | undefined
  readonly headers: Record<string, string> | undefined

  constructor(code: ErrorCode, message?: string, options: AppErrorOptions = {}) {
    super(message ?? ERRORS[code][1], { cause: options.cause })
    this.code = code
    this.statusCode = ERRORS[code][0]
    this.details = options.details
    this.headers = options.headers
  }
}

export const notFound = (what = 'Not found.') => new AppError('NOT_FOUND', what)

export interface FieldError {
  field: string
  message: string
}

/** 400 VALIDATION_ERROR naming the offending fields, for rules a schema cannot express. */
export function invalidFields(errors: FieldError[], message = `Invalid ${errors.map((e) => e.field).join(', ')}.`): AppError {
  return new AppError('VALIDATION_ERROR', message, { details: { errors } })
}

/** 400 VALIDATION_ERROR for one field: invalidField('email', 'is not a valid email address'). */
export const invalidField = (field: string, message: string, sentence = `${field} ${message}.`): AppError =>
  invalidFields([{ field, message }], sentence)
