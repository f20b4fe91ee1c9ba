// SQL for signed-in sessions and their refresh tokens.
import type { Db } from '../../db/database.ts'
import type { StaffRole, SubjectType } from '../../db/types.ts'

export interface SessionSubjectRow {
  session_id: number
  revoked_at: string | null
  expires_at: string
  last_used_at: string
  is_rotating: boolean
  subject_id: number
  is_active: boolean
  role: StaffRole | null
  branch_id: number | null
}

export function findSessionWithSubject(db: Db, type: SubjectType, sessionId: number): Promise<SessionSubjectRow | undefined> {
  const base = db.selectFrom('auth_sessions as s').where('s.id', '=', sessionId).where('s.subject_type', '=', type)
  const session = ['s.id as session_id', 's.revoked_at', 's.expires_at', 's.last_used_at', 's.is_rotating', 's.subject_id'] as const
  if (type === 'client') {
    return base
      .innerJoin('customers as c', 'c.id', 's.subject_id')
      .select([...session, 'c.is_active', 'c.branch_id'])
      .select((eb) => eb.val<StaffRole | null>(null).as('role'))
      .executeTakeFirst()
  }
  return base
    .innerJoin('staff_users as u', 'u.id', 's.subject_id')
    .select([...session, 'u.is_active', 'u.role', 'u.branch_id'])
    .executeTakeFirst()
}

export async function insertSession(
  db: Db,
  values: { subjectType: SubjectType; subjectId: number; userAgent: string | null; ip: string | null; now: string; expiresAt: string; rotating?: boolean },
): Promise<number> {
  const row = await db
    .insertInto('auth_sessions')
    .values({
      subject_type: values.subjectType,
      subject_id: values.subjectId,
      user_agent: values.userAgent,
      ip: values.ip,
      created_at: values.now,
      last_used_at: values.now,
      expires_at: values.expiresAt,
      is_rotating: values.rotating ?? true,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function insertRefreshToken(
  db: Db,
  values: { sessionId: number; jtiHash: string; issuedAt: string; expiresAt: string },
): Promise<number> {
  const row = await db
    .insertInto('refresh_tokens')
    .values({ session_id: values.sessionId, jti_hash: values.jtiHash, issued_at: values.issuedAt, expires_at: values.expiresAt })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export const findRefreshToken = (db: Db, jtiHash: string) =>
  db.selectFrom('refresh_tokens').selectAll().where('jti_hash', '=', jtiHash).executeTakeFirst()

export const findRefreshTokenById = (db: Db, id: number) =>
  db.selectFrom('refresh_tokens').selectAll().where('id', '=', id).executeTakeFirst()

/** Marks a token rotated only if nobody else did first; true when this caller won. */
export async function claimRotation(db: Db, tokenId: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('refresh_tokens')
    .set({ rotated_at: now })
    .where('id', '=', tokenId)
    .where('rotated_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function setSuccessor(db: Db, tokenId: number, successorId: number): Promise<void> {
  await db.updateTable('refresh_tokens').set({ successor_id: successorId }).where('id', '=', tokenId).execute()
}

export async function touchSession(db: Db, sessionId: number, now: string, expiresAt?: string): Promise<void> {
  await db
    .updateTable('auth_sessions')
    .set(expiresAt ? { last_used_at: now, expires_at: expiresAt } : { last_used_at: now })
    .where('id', '=', sessionId)
    .execute()
}

export async function revokeSession(db: Db, sessionId: number, now: string, reason: string): Promise<boolean> {
  const result = await db
    .updateTable('auth_sessions')
    .set({ revoked_at: now, revoked_reason: reason })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Ends every live session of a subject, except `keepSessionId` when given (the caller's own). */
export async function revokeSubjectSessions(db: Db, type: SubjectType, subjectId: number, now: string, reason: string, keepSessionId?: number): Promise<number> {
  let query = db
    .updateTable('auth_sessions')
    .set({ revoked_at: now, revoked_reason: reason })
    .where('subject_type', '=', type)
    .where('subject_id', '=', subjectId)
    .where('revoked_at', 'is', null)
  if (keepSessionId !== undefined) query = query.where('id', '!=', keepSessionId)
  const result = await query.executeTakeFirst()
  return Number(result.numUpdatedRows)
}

export const listLiveSessions = (db: Db, type: SubjectType, subjectId: number, now: string) =>
  db
    .selectFrom('auth_sessions')
    .select(['id', 'created_at', 'last_used_at', 'user_agent', 'ip', 'expires_at'])
    .where('subject_type', '=', type)
    .where('subject_id', '=', subjectId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('last_used_at', 'desc')
    .execute()

export interface RefreshSpec {
  jti: string
  issuedAt: Date
  expiresAt: Date
}
