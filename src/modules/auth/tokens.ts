// JWTs (HS256) for access and refresh. Access tokens carry the claims the app expects
// (`type`, `customer_id` or `role`, `sub`); both carry `sid`, the session they belong to, which
// the server checks on every request so ending a session ends its live access tokens too.
import { createSigner, createVerifier, TokenError } from 'fast-jwt'
import type { Config } from '../../config.ts'
import type { StaffRole, SubjectType } from '../../db/types.ts'
import { AppError } from '../../lib/errors.ts'
import type { Clock } from '../../lib/clock.ts'

export type Subject = { type: 'client'; id: number } | { type: 'staff'; id: number; role: StaffRole }

export interface VerifiedToken {
  subjectType: SubjectType
  subjectId: number
  sessionId: number
  jti: string | undefined
}

export interface RefreshTokenSpec {
  subject: Subject
  sessionId: number
  jti: string
  issuedAt: Date
  expiresAt: Date
}

export type TokenSigner = ReturnType<typeof createTokenSigner>

const seconds = (date: Date) => Math.floor(date.getTime() / 1000)

/** How many verified access tokens each signer remembers (~0.5 KB each). */
export const VERIFIED_TOKENS_CACHED = 4096

export function createTokenSigner(config: Pick<Config, 'jwtSecretKey' | 'jwtAccessTokenExpires'>, clock: Clock) {
  // fast-jwt signs and verifies HS256 synchronously with node:crypto (jose goes through async
  // WebCrypto jobs, ~140 µs each and an idle main thread under load). Time claims are checked
  // below against the injected clock, with jose's semantics (expired once now >= exp).
  const sign = createSigner({ key: config.jwtSecretKey, algorithm: 'HS256' })
  const verifySignature = createVerifier({
    key: config.jwtSecretKey, algorithms: ['HS256'], ignoreExpiration: true, ignoreNotBefore: true, cache: false,
  })

  // Access tokens whose signature was verified are remembered, by the whole token, with their
  // payload (the least recently used forgotten first): whether a string carries a valid HS256
  // signature under this key never changes, and an app presents the same access token on every
  // request until it expires. Only the signature is remembered: the time claims are checked below
  // on every call, and the session, the account and its role in the database by the caller
  // (session.service.ts), so a revoked session still ends on the next request on every instance.
  // A failed verification is not remembered. (fast-jwt's own cache hashes each token for its key,
  // which costs about what verifying does.)
  const verified = new Map<string, Record<string, unknown>>()
  const verifiedAccess = (token: string): Record<string, unknown> => {
    const known = verified.get(token)
    if (known) {
      verified.delete(token)
      verified.set(token, known)
      return known
    }
    const payload = verifySignature(token) as Record<string, unknown>
    verified.set(token, payload)
    if (verified.size > VERIFIED_TOKENS_CACHED) verified.delete(verified.keys().next().value!)
    return payload
  }

  const subjectClaims = (subject: Subject) =>
    subject.type === 'client'
      ? { type: 'client', customer_id: subject.id }
      : { type: 'staff', role: subject.role, user_id: subject.id }

  return {
    accessTokenLifetime: config.jwtAccessTokenExpires,

    /** How many verified access tokens are remembered now (bounded by VERIFIED_TOKENS_CACHED). */
    rememberedTokens: () => verified.size,

    async signAccess(subject: Subject, sessionId: number): Promise<string> {
      const now = seconds(clock.now())
      return sign({
        ...subjectClaims(subject), token_use: 'access', sid: sessionId, sub: String(subject.id), iat: now, exp: now + config.jwtAccessTokenExpires,
      })
    },

    /** Deterministic for the same spec (HS256 has no randomness), which the reuse grace relies on. */
    async signRefresh(spec: RefreshTokenSpec): Promise<string> {
      return sign({
        ...subjectClaims(spec.subject), token_use: 'refresh', sid: spec.sessionId, sub: String(spec.subject.id), jti: spec.jti,
        iat: seconds(spec.issuedAt), exp: seconds(spec.expiresAt),
      })
    },

    async verify(token: string, use: 'access' | 'refresh'): Promise<VerifiedToken> {
      let payload: Record<string, unknown>
      try {
        payload = use === 'access' ? verifiedAccess(token) : verifySignature(token)
      } catch (error) {
        if (error instanceof TokenError) throw new AppError('TOKEN_INVALID')
        throw error
      }
      const now = seconds(clock.now())
      if (typeof payload.exp !== 'number' || (payload.nbf !== undefined && (typeof payload.nbf !== 'number' || payload.nbf > now))) {
        throw new AppError('TOKEN_INVALID')
      }
      if (payload.exp <= now) throw new AppError('TOKEN_EXPIRED')
      const subjectId = Number(payload.sub)
      const type = payload.type
      if (payload.token_use !== use || (type !== 'client' && type !== 'staff') || !Number.isSafeInteger(subjectId)) {
        throw new AppError('TOKEN_INVALID')
      }
      if (typeof payload.sid !== 'number') throw new AppError('TOKEN_INVALID')
      const jti = typeof payload.jti === 'string' ? payload.jti : undefined
      return { subjectType: type, subjectId, sessionId: payload.sid, jti }
    },
  }
}
