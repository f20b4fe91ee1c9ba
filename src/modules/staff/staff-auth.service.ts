// Staff sign-in (throttled per username and source, see login-throttle.ts, as well as per IP),
// password change, and the first owner.
import type { FastifyBaseLogger } from 'fastify'
import type { Config } from '../../config.ts'
import type { Db } from '../../db/database.ts'
import { uniqueViolationField } from '../../db/errors.ts'
import type { StaffUser } from '../../db/types.ts'
import type { Clock } from '../../lib/clock.ts'
import { AppError, invalidField } from '../../lib/errors.ts'
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../../lib/passwords.ts'
import { recordAudit, type Actor } from '../audit/audit.ts'
import type { SessionMeta, SessionService } from '../auth/session.service.ts'
import { assertLoginAllowed, recordLoginFailure, recordLoginSuccess } from './login-throttle.ts'
import * as repo from './staff.repository.ts'

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
  const { db } = deps
  const username = credentials.username.trim().toLowerCase()
  const attempt = { kind: 'staff' as const, username, ip: meta.ip }
  await assertLoginAllowed(deps, attempt)
  const user = await repo.findByUsername(db, username)
  const valid = user ? await verifyPassword(user.password_hash, credentials.password) : await verifyAgainstDummy(credentials.password)
  // Counted only once the password has been checked and found wrong: sign-ins in progress never
  // count, so several correct ones at once all succeed.
  if (!user || !valid) {
    await recordLoginFailure(deps, attempt)
    throw new AppError('INVALID_CREDENTIALS')
  }
  await recordLoginSuccess(deps, attempt)
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
