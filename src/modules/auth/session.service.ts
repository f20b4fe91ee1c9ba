// Sessions: one per signed-in device, with a rotating refresh token. A refresh token is single
// use; presenting a rotated-out one again revokes the whole session (reuse detection), except
// within REFRESH_REUSE_INTERVAL of its rotation, when the same successor is handed back. The
// successor's jti is an HMAC of its predecessor's, so the server can re-mint that exact token
// without ever storing a usable token.
import { createHash, randomBytes } from 'node:crypto'
import type { Config } from '../../config.ts'
import type { Db } from '../../db/database.ts'
import type { StaffRole, SubjectType } from '../../db/types.ts'
import type { Clock } from '../../lib/clock.ts'
import { addSeconds, apiInstant } from '../../lib/dates.ts'
import { AppError } from '../../lib/errors.ts'
import { deriveKey, hmacBase64url } from '../../lib/keys.ts'
import * as repo from './session.repository.ts'
import type { Subject, TokenSigner } from './tokens.ts'
import { opsEvents } from '../../lib/ops-events.ts'

export interface TokenPair {
  access_token: string
  refresh_token: string
  token_type: 'Bearer'
  expires_in: number
}

export interface SessionMeta {
  userAgent: string | undefined
  ip: string | undefined
  /**
   * False for sessions started through the Flutter apps' dialect, which never store a rotated
   * refresh token: refreshing such a session hands back a new access token and the same refresh
   * token. The session still ends on logout, deactivation and at its expiry (not extended).
   */
  rotating?: boolean
}

export interface AuthContext {
  subjectType: SubjectType
  subjectId: number
  sessionId: number
  role: StaffRole | null
  branchId: number | null
}

/** Last-used times are written at most this often per session, not on every request. */
const TOUCH_INTERVAL_MS = 60_000

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')

export type SessionService = ReturnType<typeof createSessionService>

export function createSessionService(deps: {
  db: Db
  config: Pick<Config, 'jwtSecretKey' | 'jwtRefreshTokenExpires' | 'refreshReuseInterval'>
  clock: Clock
  signer: TokenSigner
}) {
  const { db, config, clock, signer } = deps
  const successorKey = deriveKey(config.jwtSecretKey, 'refresh-successor')

  async function pair(subject: Subject, sessionId: number, refresh: repo.RefreshSpec): Promise<TokenPair> {
    return {
      access_token: await signer.signAccess(subject, sessionId),
      refresh_token: await signer.signRefresh({ subject, sessionId, ...refresh }),
      token_type: 'Bearer',
      expires_in: signer.accessTokenLifetime,
    }
  }

  async function issueRefresh(tx: Db, sessionId: number, jti: string, now: Date): Promise<repo.RefreshSpec & { id: number }> {
    const expiresAt = addSeconds(now, config.jwtRefreshTokenExpires)
    const id = await repo.insertRefreshToken(tx, {
      sessionId, jtiHash: sha256(jti), issuedAt: now.toISOString(), expiresAt: expiresAt.toISOString(),
    })
    return { id, jti, issuedAt: now, expiresAt }
  }

  function subjectOf(row: repo.SessionSubjectRow, type: SubjectType): Subject {
    return type === 'client' ? { type, id: row.subject_id } : { type, id: row.subject_id, role: row.role as StaffRole }
  }

  return {
    /** Signs a subject in on a new device. Pass the caller's transaction to make it part of a larger change. */
    async start(subject: Subject, meta: SessionMeta, tx: Db = db): Promise<TokenPair> {
      const now = clock.now()
      const jti = randomBytes(18).toString('base64url')
      const sessionId = await repo.insertSession(tx, {
        subjectType: subject.type, subjectId: subject.id,
        userAgent: meta.userAgent?.slice(0, 300) ?? null, ip: meta.ip ?? null, rotating: meta.rotating ?? true,
        now: now.toISOString(), expiresAt: addSeconds(now, config.jwtRefreshTokenExpires).toISOString(),
      })
      const refresh = await issueRefresh(tx, sessionId, jti, now)
      return pair(subject, sessionId, refresh)
    },

    async refresh(refreshToken: string, expectedType: SubjectType): Promise<TokenPair> {
      const claims = await signer.verify(refreshToken, 'refresh')
      if (claims.subjectType !== expectedType) throw new AppError('UNAUTHORIZED')
      if (!claims.jti) throw new AppError('TOKEN_INVALID')
      const jti = claims.jti
      const now = clock.now()
      const outcome = await db.transaction().execute(async (tx) => {
        const token = await repo.findRefreshToken(tx, sha256(jti))
        if (!token) return { kind: 'invalid' as const }
        const session = await repo.findSessionWithSubject(tx, expectedType, token.session_id)
        if (!session || session.revoked_at || !session.is_active || session.subject_id !== claims.subjectId) {
          return { kind: 'revoked' as const }
        }
        const subject = subjectOf(session, expectedType)
        if (!session.is_rotating) {
          if (token.rotated_at || Date.parse(session.expires_at) <= now.getTime()) return { kind: 'revoked' as const }
          await repo.touchSession(tx, session.session_id, now.toISOString())
          return { kind: 'kept' as const, subject, sessionId: session.session_id }
        }
        if (await repo.claimRotation(tx, token.id, now.toISOString())) {
          const successor = await issueRefresh(tx, session.session_id, hmacBase64url(successorKey, jti).slice(0, 24), now)
          await repo.setSuccessor(tx, token.id, successor.id)
          await repo.touchSession(tx, session.session_id, now.toISOString(), successor.expiresAt.toISOString())
          return { kind: 'rotated' as const, subject, sessionId: session.session_id, successor }
        }
        const rotated = await repo.findRefreshTokenById(tx, token.id)
        const rotatedAt = rotated?.rotated_at ? Date.parse(rotated.rotated_at) : 0
        const successor = rotated?.successor_id ? await repo.findRefreshTokenById(tx, rotated.successor_id) : undefined
        if (successor && now.getTime() - rotatedAt <= config.refreshReuseInterval * 1000) {
          const spec = { jti: hmacBase64url(successorKey, jti).slice(0, 24), issuedAt: new Date(successor.issued_at), expiresAt: new Date(successor.expires_at) }
          return { kind: 'rotated' as const, subject, sessionId: session.session_id, successor: spec }
        }
        return { kind: 'reused' as const, sessionId: session.session_id }
      })
      if (outcome.kind === 'invalid') throw new AppError('TOKEN_INVALID')
      if (outcome.kind === 'revoked') throw new AppError('TOKEN_REVOKED')
      if (outcome.kind === 'reused') {
        // Someone holds a copy of a spent token: end the whole session, for the thief and the owner.
        await repo.revokeSession(db, outcome.sessionId, now.toISOString(), 'refresh_reuse')
        opsEvents.emit('refreshReuse', claims.subjectType)
        throw new AppError('TOKEN_REVOKED', 'This refresh token was already used. The session has been ended; please sign in again.')
      }
      if (outcome.kind === 'kept') {
        return { access_token: await signer.signAccess(outcome.subject, outcome.sessionId), refresh_token: refreshToken, token_type: 'Bearer', expires_in: signer.accessTokenLifetime }
      }
      return pair(outcome.subject, outcome.sessionId, outcome.successor)
    },

    /** Checks an access token against its session and its subject's current state in the database. */
    async authenticate(accessToken: string, expectedType: SubjectType): Promise<AuthContext> {
      const claims = await signer.verify(accessToken, 'access')
      if (claims.subjectType !== expectedType) throw new AppError('UNAUTHORIZED')
      const row = await repo.findSessionWithSubject(db, claims.subjectType, claims.sessionId)
      const now = clock.now()
      if (!row || row.subject_id !== claims.subjectId || row.revoked_at || Date.parse(row.expires_at) <= now.getTime()) {
        throw new AppError('TOKEN_REVOKED')
      }
      if (!row.is_active) throw new AppError('ACCOUNT_INACTIVE')
      if (now.getTime() - Date.parse(row.last_used_at) > TOUCH_INTERVAL_MS) {
        await repo.touchSession(db, row.session_id, now.toISOString())
      }
      return { subjectType: claims.subjectType, subjectId: row.subject_id, sessionId: row.session_id, role: row.role, branchId: row.branch_id }
    },

    /**
     * Signing out: `all` ends every session of the account; a refresh token ends the session it
     * belongs to (which must be the caller's); otherwise the session of the access token used.
     * Returns how many sessions ended.
     */
    async logout(who: { subjectType: SubjectType; subjectId: number; sessionId: number }, options: { all?: boolean; refreshToken?: string }): Promise<number> {
      const now = clock.now().toISOString()
      if (options.all) return repo.revokeSubjectSessions(db, who.subjectType, who.subjectId, now, 'logout_all')
      let sessionId = who.sessionId
      if (options.refreshToken) {
        const claims = await signer.verify(options.refreshToken, 'refresh').catch((error: AppError) => {
          // An expired refresh token names nothing usable any more: sign out this session instead.
          if (error.code === 'TOKEN_EXPIRED') return undefined
          throw error
        })
        if (claims && (claims.subjectType !== who.subjectType || claims.subjectId !== who.subjectId)) throw new AppError('TOKEN_INVALID')
        if (claims) sessionId = claims.sessionId
      }
      return Number(await this.end(who.subjectType, who.subjectId, sessionId))
    },

    async end(subjectType: SubjectType, subjectId: number, sessionId: number, reason = 'logout'): Promise<boolean> {
      const row = await repo.findSessionWithSubject(db, subjectType, sessionId)
      if (!row || row.subject_id !== subjectId || row.revoked_at) return false
      return repo.revokeSession(db, sessionId, clock.now().toISOString(), reason)
    },

    /** Ends every session of a subject, except `keepSessionId` when given. */
    endAll(subjectType: SubjectType, subjectId: number, reason: string, tx: Db = db, keepSessionId?: number): Promise<number> {
      return repo.revokeSubjectSessions(tx, subjectType, subjectId, clock.now().toISOString(), reason, keepSessionId)
    },

    async list(subjectType: SubjectType, subjectId: number, currentSessionId: number) {
      const rows = await repo.listLiveSessions(db, subjectType, subjectId, clock.now().toISOString())
      return rows.map((r) => ({
        id: r.id,
        created_at: apiInstant(r.created_at)!,
        last_used_at: apiInstant(r.last_used_at)!,
        user_agent: r.user_agent,
        current: r.id === currentSessionId,
      }))
    },
  }
}
