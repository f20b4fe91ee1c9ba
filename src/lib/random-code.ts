// Random codes people read aloud and type: Crockford base32 (digits and capitals without I, L, O,
// U), so nothing is mistaken for something else. Each character carries 5 random bits.
import { randomBytes } from 'node:crypto'

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

export function randomCode(length: number): string {
  // 32 divides 256, so taking 5 bits of each byte keeps every character equally likely.
  return [...randomBytes(length)].map((b) => CROCKFORD_ALPHABET[b & 31]).join('')
}

/** Reads a typed code leniently: upper case, and the letters Crockford maps to digits (I, L → 1; O → 0). */
export function normalizeTypedCode(typed: string): string {
  return typed.trim().toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0')
}
