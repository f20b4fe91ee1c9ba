// What a member types to sign in: an email (compared case-insensitively) or a phone number.
import type { CountryCode } from 'libphonenumber-js'
import { AppError } from '../../lib/errors.ts'
import { normalizePhone } from '../customers/phone.ts'

export type Identifier = { kind: 'email'; value: string } | { kind: 'phone'; value: string }

const EMAIL = /^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$/

export function normalizeEmail(raw: string): string | undefined {
  const value = raw.trim()
  return EMAIL.test(value) ? value.toLowerCase() : undefined
}

export function parseIdentifier(raw: string | undefined, region: CountryCode | undefined): Identifier {
  const value = raw?.trim() ?? ''
  if (!value) throw new AppError('MISSING_IDENTIFIER')
  const email = normalizeEmail(value)
  if (email) return { kind: 'email', value: email }
  const phone = normalizePhone(value, region)
  if (phone) return { kind: 'phone', value: phone }
  throw new AppError('INVALID_IDENTIFIER')
}
