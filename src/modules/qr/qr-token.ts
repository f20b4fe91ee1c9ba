// The QR pass: a short-lived EdDSA-signed JWT naming the member. Kept minimal (sub, exp, nonce) so
// the QR stays at a low version and scans easily off a phone screen; a turnstile can verify it
// offline against the published JWKS.
import { randomBytes, type KeyObject } from 'node:crypto'
import { createDecoder, createSigner, createVerifier } from 'fast-jwt'
import type { JWK } from 'jose'
import type { Config } from '../../config.ts'
import type { Clock } from '../../lib/clock.ts'
import type { SigningKeyRing } from './qr-keys.ts'

export type QrVerifyResult =
  | { ok: true; customerId: number; nonce: string; expiresAt: Date }
  | { ok: false; reason: 'QR_EXPIRED' | 'QR_INVALID' }

export interface QrPassService {
  issue(customerId: number): Promise<{ token: string; expiresAt: Date }>
  verify(token: string): Promise<QrVerifyResult>
  jwks(): { keys: JWK[] }
}

export interface QrPassDeps {
  ring: SigningKeyRing
  config: Pick<Config, 'qrTokenTtl'>
  clock: Clock
}

// A real pass is ~200 characters; anything far longer is not ours and is not worth parsing.
const MAX_TOKEN_LENGTH = 1024
const NONCE_BYTES = 12
const SUBJECT = /^[1-9][0-9]{0,14}$/
const NONCE = /^[A-Za-z0-9_-]{16}$/

/**
 * The gym's Flutter apps draw `qr_code` and replace anything not starting with GYM- by the card
 * number, so the apps' dialect sends the signed pass as GYM-<pass>. The door reads both forms.
 */
export const APP_PASS_PREFIX = 'GYM-'
export const passFromQrText = (text: string): string => (text.startsWith(`${APP_PASS_PREFIX}eyJ`) ? text.slice(APP_PASS_PREFIX.length) : text)

export function createQrPassService({ ring, config, clock }: QrPassDeps): QrPassService {
  const invalid: QrVerifyResult = { ok: false, reason: 'QR_INVALID' }
  // fast-jwt signs Ed25519 synchronously with node:crypto (jose's WebCrypto signing is an async job
  // on the thread pool). One signer per key; the header is {alg, kid} and the payload {n, sub, exp}.
  const signers = new Map<string, (payload: object) => string>()
  const signerFor = (kid: string, privateKey: KeyObject) => {
    let sign = signers.get(kid)
    if (!sign) {
      const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
      sign = createSigner({ key: pem, algorithm: 'EdDSA', kid, noTimestamp: true, header: { alg: 'EdDSA', typ: undefined } })
      signers.set(kid, sign)
    }
    return sign
  }
  // Verification, like signing, is synchronous (fast-jwt over node:crypto): one verifier per public key.
  const decodeComplete = createDecoder({ complete: true })
  const verifiers = new WeakMap<KeyObject, (token: string) => Record<string, unknown>>()
  const verifierFor = (key: KeyObject) => {
    let verify = verifiers.get(key)
    if (!verify) {
      const pem = key.export({ type: 'spki', format: 'pem' }).toString()
      verify = createVerifier({ key: pem, algorithms: ['EdDSA'], ignoreExpiration: true, ignoreNotBefore: true, cache: false })
      verifiers.set(key, verify)
    }
    return verify
  }

  return {
    async issue(customerId) {
      if (!Number.isSafeInteger(customerId) || customerId <= 0) throw new RangeError(`not a customer id: ${customerId}`)
      // Whole seconds, as JWT `exp` is; expiresAt then matches what a turnstile will enforce.
      const exp = Math.floor(clock.now().getTime() / 1000) + config.qrTokenTtl
      const { kid, privateKey } = ring.current
      const token = signerFor(kid, privateKey)({ n: randomBytes(NONCE_BYTES).toString('base64url'), sub: String(customerId), exp })
      return { token, expiresAt: new Date(exp * 1000) }
    },

    async verify(token) {
      if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return invalid
      let kid: unknown
      try {
        kid = (decodeComplete(token) as { header: { kid?: unknown } }).header.kid
      } catch {
        return invalid
      }
      const key = typeof kid === 'string' ? ring.publicKeyFor(kid) : undefined
      if (!key) return invalid
      let payload: Record<string, unknown>
      try {
        // The signature is checked before any claim, so an unsigned or forged token is QR_INVALID
        // even when its exp has passed; time claims are then checked against the injected clock.
        payload = verifierFor(key)(token)
      } catch {
        return invalid
      }
      const { sub, n, exp, nbf } = payload
      if (typeof exp !== 'number' || typeof sub !== 'string' || !SUBJECT.test(sub) || typeof n !== 'string' || !NONCE.test(n)) return invalid
      const now = Math.floor(clock.now().getTime() / 1000)
      if (nbf !== undefined && (typeof nbf !== 'number' || nbf > now)) return invalid
      if (exp <= now) return { ok: false, reason: 'QR_EXPIRED' }
      return { ok: true, customerId: Number(sub), nonce: n, expiresAt: new Date(exp * 1000) }
    },

    jwks: () => ring.publicJwks(),
  }
}
