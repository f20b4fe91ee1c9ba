// JWTs (HS256) for access and refresh. Access tokens carry the claims the app expects
// (`type`, `customer_id` or `role`, `sub`); both carry `sid`, the session they belong to, which
// the server checks on every request so ending a session ends its live access tokens too.
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose'
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

export function createTokenSigner(config: Pick<Config, 'jwtSecretKey' | 'jwtAccessTokenExpires'>, clock: Clock) {
  const key = new TextEncoder().encode(config.jwtSecretKey)

  const subjectClaims = (subject: Subject) =>
    subject.type === 'client'
      ? { type: 'client', customer_id: subject.id }
      : { type: 'staff', role: subject.role, user_id: subject.id }

  return {
    accessTokenLifetime: config.jwtAccessTokenExpires,

    signAccess(subject: Subject, sessionId: number): Promise<string> {
      const now = seconds(clock.now())
      return new SignJWT({ ...subjectClaims(subject), token_use: 'access', sid: sessionId })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(String(subject.id))
        .setIssuedAt(now)
        .setExpirationTime(now + config.jwtAccessTokenExpires)
        .sign(key)
    },

    /** Deterministic for the same spec (HS256 has no randomness), which the reuse grace relies on. */
    signRefresh(spec: RefreshTokenSpec): Promise<string> {
      return new SignJWT({ ...subjectClaims(spec.subject), token_use: 'refresh', sid: spec.sessionId })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(String(spec.subject.id))
        .setJti(spec.jti)
        .setIssuedAt(seconds(spec.issuedAt))
        .setExpirationTime(seconds(spec.expiresAt))
        .sign(key)
    },

    async verify(token: string, use: 'access' | 'refresh'): Promise<VerifiedToken> {
      let payload
      try {
        ;({ payload } = await jwtVerify(token, key, { algorithms: ['HS256'], currentDate: clock.now() }))
      } catch (error) {
        if (error instanceof joseErrors.JWTExpired) throw new AppError('TOKEN_EXPIRED')
        throw new AppError('TOKEN_INVALID')
      }
      const subjectId = Number(payload.sub)
      const type = payload.type
      if (payload.token_use !== use || (type !== 'client' && type !== 'staff') || !Number.isSafeInteger(subjectId)) {
        throw new AppError('TOKEN_INVALID')
      }
      if (typeof payload.sid !== 'number') throw new AppError('TOKEN_INVALID')
      return { subjectType: type, subjectId, sessionId: payload.sid, jti: payload.jti }
    },
  }
}
