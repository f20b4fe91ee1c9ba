// What `npm run admin` does (scripts/admin.ts parses the command line and prints). Each command is
// one function over the database, audited as "system": the operator at the server's console is
// not a signed-in staff member.
import type { Config } from '../../config.ts'
import type { Db } from '../../db/database.ts'
import type { SubjectType } from '../../db/types.ts'
import type { Clock } from '../../lib/clock.ts'
import { apiInstant } from '../../lib/dates.ts'
import { AppError } from '../../lib/errors.ts'
import { hashPassword, MIN_PASSWORD_LENGTH } from '../../lib/passwords.ts'
import { randomCode } from '../../lib/random-code.ts'
import { parseIdentifier } from '../activation/identifier.ts'
import { recordAudit } from '../audit/audit.ts'
import * as sessionRepo from '../auth/session.repository.ts'
import * as customerRepo from '../customers/customer.repository.ts'
import { loadSigningKey } from '../qr/qr-keys.ts'
import * as staffRepo from '../staff/staff.repository.ts'
import { unlockLogin as clearLoginThrottle } from '../staff/login-throttle.ts'
import { rebuildRollupsIn, type RollupDays } from '../reports/rollups.repository.ts'

export interface AdminDeps {
  db: Db
  config: Readonly<Config>
  clock: Clock
}

/** Whose sessions: a staff member by username, or a member by id, phone or email. */
export type Subject = { staff: string } | { member: string }

export class AdminError extends Error {
  override name = 'AdminError'
}

/** Sets a staff member's password (the owner's too), lifts a lockout and ends their sessions. */
export async function resetStaffPassword(deps: AdminDeps, username: string, password?: string) {
  const user = await staffRepo.findByUsername(deps.db, username.trim().toLowerCase())
  if (!user) throw new AdminError(`no staff account named "${username}"`)
  // 24 characters without look-alikes (Crockford base32): 120 random bits, easy to type once.
  const chosen = password ?? randomCode(24)
  if (chosen.length < MIN_PASSWORD_LENGTH) throw new AdminError(`the password must be at least ${MIN_PASSWORD_LENGTH} characters long`)
  const passwordHash = await hashPassword(chosen)
  const now = deps.clock.now().toISOString()
  const sessionsEnded = await deps.db.transaction().execute(async (tx) => {
    await staffRepo.updatePasswordHash(tx, user.id, passwordHash, now)
    const ended = await sessionRepo.revokeSubjectSessions(tx, 'staff', user.id, now, 'password_reset')
    await clearLoginThrottle(tx, deps.config, 'staff', user.username)
    await recordAudit(tx, deps.clock, { actor: 'system', action: 'staff_user.reset_password', entityType: 'staff_user', entityId: user.id, branchId: user.branch_id, after: { password_reset: true } })
    return ended
  })
  return { username: user.username, role: user.role, password: password === undefined ? chosen : undefined, sessions_ended: sessionsEnded }
}

/** Lifts the sign-in lockout of a username (known or not: unknown names are locked alike). */
export async function unlockLogin(deps: AdminDeps, username: string) {
  const user = await staffRepo.findByUsername(deps.db, username.trim().toLowerCase())
  await deps.db.transaction().execute(async (tx) => {
    await clearLoginThrottle(tx, deps.config, 'staff', username.trim().toLowerCase())
    await recordAudit(tx, deps.clock, { actor: 'system', action: 'staff_user.unlock_login', entityType: 'staff_user', entityId: user?.id ?? null, branchId: user?.branch_id ?? null, after: { unlocked: true } })
  })
  return { username: username.trim().toLowerCase(), known: user !== undefined }
}

async function resolveSubject(deps: AdminDeps, subject: Subject): Promise<{ type: SubjectType; id: number; label: string; branchId: number | null }> {
  if ('staff' in subject) {
    const user = await staffRepo.findByUsername(deps.db, subject.staff.trim().toLowerCase())
    if (!user) throw new AdminError(`no staff account named "${subject.staff}"`)
    return { type: 'staff', id: user.id, label: `staff ${user.username}`, branchId: user.branch_id }
  }
  const raw = subject.member.trim()
  const member = /^\d{1,9}$/.test(raw)
    ? await customerRepo.findById(deps.db, Number(raw))
    : await customerRepo.findByIdentifier(deps.db, parseIdentifierOrFail(raw, deps.config))
  if (!member) throw new AdminError(`no member "${subject.member}"`)
  return { type: 'client', id: member.id, label: `member ${member.id} (${member.full_name})`, branchId: member.branch_id }
}

function parseIdentifierOrFail(raw: string, config: Readonly<Config>) {
  try {
    return parseIdentifier(raw, config.defaultPhoneRegion)
  } catch (error) {
    if (error instanceof AppError) throw new AdminError(`"${raw}" is neither a member id, a phone number nor an email`)
    throw error
  }
}

/** The live (not ended, not expired) sessions of a staff member or a member, newest use first. */
export async function listSessions(deps: AdminDeps, subject: Subject) {
  const who = await resolveSubject(deps, subject)
  const rows = await sessionRepo.listLiveSessions(deps.db, who.type, who.id, deps.clock.now().toISOString())
  return {
    who: who.label,
    sessions: rows.map((r) => ({ id: r.id, created_at: apiInstant(r.created_at)!, last_used_at: apiInstant(r.last_used_at)!, expires_at: apiInstant(r.expires_at)!, user_agent: r.user_agent, ip: r.ip })),
  }
}

/** Ends one session (by id) or all sessions of a staff member or a member; their tokens stop working at once. */
export async function endSessions(deps: AdminDeps, subject: Subject, sessionId?: number) {
  const who = await resolveSubject(deps, subject)
  const now = deps.clock.now().toISOString()
  const ended = await deps.db.transaction().execute(async (tx) => {
    let count: number
    if (sessionId === undefined) {
      count = await sessionRepo.revokeSubjectSessions(tx, who.type, who.id, now, 'admin')
    } else {
      const session = await tx.selectFrom('auth_sessions').select(['subject_type', 'subject_id']).where('id', '=', sessionId).executeTakeFirst()
      if (!session || session.subject_type !== who.type || session.subject_id !== who.id) throw new AdminError(`session ${sessionId} is not one of ${who.label}'s`)
      count = Number(await sessionRepo.revokeSession(tx, sessionId, now, 'admin'))
    }
    await recordAudit(tx, deps.clock, {
      actor: 'system', action: who.type === 'staff' ? 'staff_user.end_sessions' : 'customer.end_sessions',
      entityType: who.type === 'staff' ? 'staff_user' : 'customer', entityId: who.id, branchId: who.branchId,
      after: { sessions_ended: count, ...(sessionId === undefined ? {} : { session_id: sessionId }) },
    })
    return count
  })
  return { who: who.label, sessions_ended: ended }
}

/**
 * Retires the QR signing key and makes a new one. The retired key's public half stays published
 * (and accepted at the door) for a day, longer than any pass lives (QR_TOKEN_TTL ≤ one day).
 * Running instances keep signing with the key they loaded until restarted.
 */
export async function rotateQrKey(deps: AdminDeps) {
  if (deps.config.qrKeyFile) throw new AdminError('QR_KEY_FILE is set: the key lives in that file; replace the file and restart the service instead')
  const now = deps.clock.now().toISOString()
  const retired = await deps.db.transaction().execute(async (tx) => {
    const live = await tx.selectFrom('signing_keys').select(['id', 'kid']).where('retired_at', 'is', null).execute()
    if (live.length) await tx.updateTable('signing_keys').set({ retired_at: now }).where('id', 'in', live.map((k) => k.id)).execute()
    return live.map((k) => k.kid)
  })
  const ring = await loadSigningKey({ db: deps.db, config: deps.config, clock: deps.clock })
  const row = await deps.db.selectFrom('signing_keys').select('id').where('kid', '=', ring.current.kid).executeTakeFirstOrThrow()
  await recordAudit(deps.db, deps.clock, { actor: 'system', action: 'signing_key.rotate', entityType: 'signing_key', entityId: row.id, before: { kids: retired }, after: { kids: [ring.current.kid] } })
  return { retired, current: ring.current.kid }
}

/**
 * Recomputes the reports' daily roll-ups from the payments and the entry log (every day, or the
 * days given): after rows were written by hand or by a bulk import that bypassed the app.
 */
export async function rebuildDailyRollups(deps: AdminDeps, days: RollupDays = {}) {
  for (const [name, day] of Object.entries(days)) {
    if (day !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new AdminError(`--${name} takes a day as YYYY-MM-DD`)
  }
  return deps.db.transaction().execute(async (tx) => {
    const rows = await rebuildRollupsIn(tx, days)
    await recordAudit(tx, deps.clock, { actor: 'system', action: 'rollups.rebuild', entityType: 'rollups', entityId: null, after: { ...days, ...rows } })
    return rows
  })
}
