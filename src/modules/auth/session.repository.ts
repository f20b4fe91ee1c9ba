// SQL for signed-in sessions and their refresh tokens.
import type { Db } from '../../db/database.ts'
import { first, prepared } from '../../db/prepared.ts'
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

const SESSION_COLUMNS = ['s.id as session_id', 's.revoked_at', 's.expires_at', 's.last_used_at', 's.is_rotating', 's.subject_id'] as const

// Read on every authenticated request, so built once (see db/prepared.ts).
const clientSession = prepared((db, a: { sessionId: number }) => db
  .selectFrom('auth_sessions as s')
  .innerJoin('customers as c', 'c.id', 's.subject_id')
  .select([...SESSION_COLUMNS, 'c.is_active', 'c.branch_id'])
  .select((eb) => eb.val<StaffRole | null>(null).as('role'))
  .where('s.id', '=', a.sessionId)
  .where('s.subject_type', '=', 'client'))

const staffSession = prepared((db, a: { sessionId: number }) => db
  .selectFrom('auth_sessions as s')
  .innerJoin('staff_users as u', 'u.id', 's.subject_id')
  .select([...SESSION_COLUMNS, 'u.is_active', 'u.role', 'u.branch_id'])
  .where('s.id', '=', a.sessionId)
  .where('s.subject_type', '=', 'staff'))

export function findSessionWithSubject(db: Db, type: SubjectType, sessionId: number): Promise<SessionSubjectRow | undefined> {
  return first((type === 'client' ? clientSession : staffSession)(db, { sessionId }))
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

// A refresh runs the statements below, so each is built once.
const insertRefresh = prepared((db, a: { sessionId: number; jtiHash: string; issuedAt: string; expiresAt: string }) => db
  .insertInto('refresh_tokens')
  .values({ session_id: a.sessionId, jti_hash: a.jtiHash, issued_at: a.issuedAt, expires_at: a.expiresAt })
  .returning('id'))

export async function insertRefreshToken(
  db: Db,
  values: { sessionId: number; jtiHash: string; issuedAt: string; expiresAt: string },
): Promise<number> {
  const row = await first(insertRefresh(db, values))
  if (!row) throw new Error('insert into refresh_tokens returned no row')
  return row.id
}

const refreshByHash = prepared((db, a: { jtiHash: string }) => db.selectFrom('refresh_tokens').selectAll().where('jti_hash', '=', a.jtiHash))
const refreshById = prepared((db, a: { id: number }) => db.selectFrom('refresh_tokens').selectAll().where('id', '=', a.id))

export const findRefreshToken = (db: Db, jtiHash: string) => first(refreshByHash(db, { jtiHash }))

export const findRefreshTokenById = (db: Db, id: number) => first(refreshById(db, { id }))

const rotate = prepared((db, a: { id: number; now: string }) => db
  .updateTable('refresh_tokens')
  .set({ rotated_at: a.now })
  .where('id', '=', a.id)
  .where('rotated_at', 'is', null))

/** Marks a token rotated only if nobody else did first; true when this caller won. */
export async function claimRotation(db: Db, tokenId: number, now: string): Promise<boolean> {
  const result = await rotate(db, { id: tokenId, now })
  return Number(result.numAffectedRows) === 1
}

const successor = prepared((db, a: { id: number; successorId: number }) => db
  .updateTable('refresh_tokens').set({ successor_id: a.successorId }).where('id', '=', a.id))

export async function setSuccessor(db: Db, tokenId: number, successorId: number): Promise<void> {
  await successor(db, { id: tokenId, successorId })
}

const touch = prepared((db, a: { id: number; now: string }) => db
  .updateTable('auth_sessions').set({ last_used_at: a.now }).where('id', '=', a.id))
const touchAndExtend = prepared((db, a: { id: number; now: string; expiresAt: string }) => db
  .updateTable('auth_sessions').set({ last_used_at: a.now, expires_at: a.expiresAt }).where('id', '=', a.id))

export async function touchSession(db: Db, sessionId: number, now: string, expiresAt?: string): Promise<void> {
  if (expiresAt) await touchAndExtend(db, { id: sessionId, now, expiresAt })
  else await touch(db, { id: sessionId, now })
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
