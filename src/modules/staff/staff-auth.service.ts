// Staff sign-in (limited per account as well as per IP), password change, and the first owner.
import type { FastifyBaseLogger } from 'fastify'
import type { Config } from '../../config.ts'
import type { Db } from '../../db/database.ts'
import { uniqueViolationField } from '../../db/errors.ts'
import type { StaffUser } from '../../db/types.ts'
import type { Clock } from '../../lib/clock.ts'
import { addSeconds } from '../../lib/dates.ts'
import { AppError, invalidField } from '../../lib/errors.ts'
import { deriveKey, hmacHex } from '../../lib/keys.ts'
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../../lib/passwords.ts'
import { recordAudit, type Actor } from '../audit/audit.ts'
import type { SessionMeta, SessionService } from '../auth/session.service.ts'
import * as repo from './staff.repository.ts'
import { opsEvents } from '../../lib/ops-events.ts'

/** After this many failed sign-ins for one username within the window, that username is refused. */
export const LOGIN_MAX_FAILURES = 5
export const LOGIN_WINDOW_SECONDS = 15 * 60

/** The key the failed sign-ins of a (lower-cased) username are counted under. */
export const loginNameKey = (secret: string, username: string) => hmacHex(deriveKey(secret, 'identifier'), `staff-username:${username}`)

export function presentStaff(user: StaffUser) {
  return {
    id: user.id,
    username: user.username,
    full_name: user.full_name,
    role: user.role,
    branch_id: user.branch_id,
    email: user.email,
    phone: user.phone,
    is_active: user.is_active,
  }
}

export interface LoginDeps {
  db: Db
  sessions: SessionService
  clock: Clock
  config: Pick<Config, 'jwtSecretKey'>
}

export async function login(deps: LoginDeps, credentials: { username: string; password: string }, meta: SessionMeta) {
  const { db, clock } = deps
  const username = credentials.username.trim().toLowerCase()
  // Known and unknown names are counted alike, so the limit tells nobody which accounts exist.
  const nameKey = loginNameKey(deps.config.jwtSecretKey, username)
  const now = clock.now()
  const since = addSeconds(now, -LOGIN_WINDOW_SECONDS).toISOString()
  await repo.purgeLoginFailures(db, since)
  // The attempt counts as a failure from the start and is cleared only by the right password, so
  // parallel guesses cannot all slip in before any of them is recorded.
  const attemptId = await repo.insertLoginFailure(db, nameKey, now.toISOString())
  const earlier = (await repo.loginFailuresSince(db, nameKey, since, attemptId)).filter((f) => f.id !== attemptId)
  if (earlier.length >= LOGIN_MAX_FAILURES) {
    await repo.deleteLoginFailure(db, attemptId)
    opsEvents.emit('loginLockout')
    // Attempts are allowed again once enough of the oldest failures have left the window.
    const freeing = earlier[earlier.length - LOGIN_MAX_FAILURES]!
    const retryAfter = Math.max(1, Math.ceil((Date.parse(freeing.failed_at) + LOGIN_WINDOW_SECONDS * 1000 - now.getTime()) / 1000))
    throw new AppError('RATE_LIMIT_EXCEEDED', `Too many failed sign-ins for this account. Please wait ${Math.ceil(retryAfter / 60)} minute(s) before trying again.`, {
      headers: { 'retry-after': String(retryAfter) },
    })
  }
  const user = await repo.findByUsername(db, username)
  const valid = user ? await verifyPassword(user.password_hash, credentials.password) : await verifyAgainstDummy(credentials.password)
  if (!user || !valid) throw new AppError('INVALID_CREDENTIALS')
  await repo.clearLoginFailures(db, nameKey)
  if (!user.is_active) throw new AppError('ACCOUNT_INACTIVE', 'This account has been deactivated.')
  const tokens = await deps.sessions.start({ type: 'staff', id: user.id, role: user.role }, meta)
  return { ...tokens, user: presentStaff(user) }
}

/**
 * A signed-in account changes its own password. Every other session of the account ends (someone
 * who learnt the old password is signed out); the one making the change stays signed in.
 */
export async function changePassword(
  deps: { db: Db; clock: Clock },
  actor: Actor & { sessionId: number },
  body: { current_password: string; new_password: string },
): Promise<{ sessions_ended: number }> {
  const user = await repo.findById(deps.db, actor.staffId)
  if (!user) throw new AppError('TOKEN_REVOKED')
  if (!(await verifyPassword(user.password_hash, body.current_password))) {
    throw new AppError('INVALID_CREDENTIALS', 'The current password is not correct.')
  }
  if (body.new_password === body.current_password) {
    throw invalidField('new_password', 'must differ from the current password')
  }
  const passwordHash = await hashPassword(body.new_password)
  const now = deps.clock.now().toISOString()
  return deps.db.transaction().execute(async (tx) => {
    await repo.updatePasswordHash(tx, user.id, passwordHash, now)
    const ended = await repo.revokeOtherSessions(tx, user.id, actor.sessionId, now, 'password_changed')
    await recordAudit(tx, deps.clock, { actor, action: 'staff_user.change_password', entityType: 'staff_user', entityId: user.id, branchId: user.branch_id, after: { password_changed: true } })
    return { sessions_ended: ended }
  })
}

/** On first start with no staff at all, creates the owner from OWNER_USERNAME / OWNER_PASSWORD. */
export async function ensureOwner(db: Db, config: Pick<Config, 'ownerUsername' | 'ownerPassword'>, clock: Clock, log: FastifyBaseLogger): Promise<void> {
  if (!config.ownerUsername || !config.ownerPassword) return
  if ((await repo.countStaff(db)) > 0) return
  const now = clock.now().toISOString()
  try {
    await repo.insertStaff(db, {
      username: config.ownerUsername.toLowerCase(),
      password_hash: await hashPassword(config.ownerPassword),
      full_name: 'Owner',
      role: 'owner',
      branch_id: null,
      email: null,
      phone: null,
      created_at: now,
      updated_at: now,
    })
    log.info({ username: config.ownerUsername }, 'owner account created')
  } catch (error) {
    // Another instance starting at the same moment created it first.
    if (!uniqueViolationField(error)) throw error
  }
}
