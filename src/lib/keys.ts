// Purpose-bound keys derived from JWT_SECRET_KEY with HKDF, so one configured secret never serves
// two purposes (a leaked code hash tells nothing about token signatures, and the reverse).
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'

export type KeyPurpose = 'activation-code' | 'identifier' | 'refresh-successor' | 'qr-key-encryption'

export function deriveKey(secret: string, purpose: KeyPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'spotter', purpose, 32))
}

export function hmacHex(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex')
}

export function hmacBase64url(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(value).digest('base64url')
}

/** Constant-time comparison of two hex digests of the same length. */
export function digestsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex')
  const right = Buffer.from(b, 'hex')
  return left.length === right.length && timingSafeEqual(left, right)
}
