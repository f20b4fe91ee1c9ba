// Members' passwords, for the gym's own Flutter app: reception issues a temporary password (shown
// once, stored only as argon2id), the member must change it before anything else, and a forgotten
// one is replaced with a 6-digit code under the activation rules (the activation service's own
// code checks, not a copy). Sign-in is throttled per identifier (sign-in-throttle.ts).
import type { Config } from '../../config.ts'
import type { Db } from '../../db/database.ts'
import type { Clock } from '../../lib/clock.ts'
import { AppError, invalidField } from '../../lib/errors.ts'
import { hashPassword, MIN_PASSWORD_LENGTH, verifyAgainstDummy, verifyPassword } from '../../lib/passwords.ts'
import { randomCode } from '../../lib/random-code.ts'
import type { ActivationService } from '../activation/activation.service.ts'
import { parseIdentifier } from '../activation/identifier.ts'
import { recordAudit, type StaffActor } from '../audit/audit.ts'
import type { SessionMeta, SessionService, TokenPair } from '../auth/session.service.ts'
import * as customers from '../customers/customer.repository.ts'
import { findVisible } from '../customers/customers.service.ts'
import * as repo from './member-passwords.repository.ts'
import { throttledSignIn } from './sign-in-throttle.ts'

export interface MemberPasswordDeps {
  db: Db
  clock: Clock
  config: Pick<Config, 'jwtSecretKey' | 'defaultPhoneRegion'>
  sessions: Pick<SessionService, 'start' | 'endAll'>
}

/** Ten characters of an unambiguous alphabet: about 50 bits, easy to read out at the desk. */
const TEMPORARY_PASSWORD_LENGTH = 10

function checkNewPassword(password: string, field = 'new_password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw invalidField(field, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
}

/** Staff give a member a temporary password; the answer is the only place it ever appears. */
export async function issueTemporaryPassword(deps: MemberPasswordDeps, actor: StaffActor, customerId: number): Promise<{ customer_id: number; temporary_password: string }> {
  const password = randomCode(TEMPORARY_PASSWORD_LENGTH)
  const hash = await hashPassword(password)
  await deps.db.transaction().execute(async (tx) => {
    const customer = await findVisible(tx, actor, customerId)
    await repo.setPassword(tx, customer.id, { hash, temporary: true, now: deps.clock.now().toISOString() })
    // Whoever knew the previous password is signed out.
    await deps.sessions.endAll('client', customer.id, 'password_reset', tx)
    await recordAudit(tx, deps.clock, {
      actor, action: 'customer.issue_temporary_password', entityType: 'customer', entityId: customer.id, branchId: customer.branch_id,
      after: { temporary_password_issued: true },
    })
  })
  return { customer_id: customerId, temporary_password: password }
}

/** Phone (or email) and password. The session does not rotate its refresh token (see SessionMeta). */
export async function signIn(deps: MemberPasswordDeps, credentials: { phone: string; password: string }, meta: SessionMeta): Promise<{ tokens: TokenPair; customerId: number; mustChangePassword: boolean }> {
  const identifier = parseIdentifier(credentials.phone, deps.config.defaultPhoneRegion)
  const customer = await throttledSignIn(deps, `${identifier.kind}:${identifier.value}`, meta.ip, async () => {
    const found = await customers.findByIdentifier(deps.db, identifier)
    const valid = found?.password_hash ? await verifyPassword(found.password_hash, credentials.password) : await verifyAgainstDummy(credentials.password)
    if (!found || !valid) throw new AppError('INVALID_CREDENTIALS', 'Invalid phone number or password.')
    return found
  })
  if (!customer.is_active) throw new AppError('ACCOUNT_INACTIVE')
  const tokens = await deps.sessions.start({ type: 'client', id: customer.id }, meta)
  return { tokens, customerId: customer.id, mustChangePassword: customer.is_password_temporary }
}

/** The member replaces their password (the temporary one included); their other sessions end. */
export async function changePassword(deps: MemberPasswordDeps, who: { customerId: number; sessionId: number }, body: { current_password: string; new_password: string }): Promise<{ sessions_ended: number }> {
  const state = await repo.passwordState(deps.db, who.customerId)
  if (!state) throw new AppError('TOKEN_REVOKED')
  if (!state.password_hash || !(await verifyPassword(state.password_hash, body.current_password))) {
    throw new AppError('INVALID_CREDENTIALS', 'The current password is not correct.')
  }
  checkNewPassword(body.new_password)
  if (body.new_password === body.current_password) throw invalidField('new_password', 'must differ from the current password')
  const hash = await hashPassword(body.new_password)
  const now = deps.clock.now().toISOString()
  return deps.db.transaction().execute(async (tx) => {
    await repo.setPassword(tx, who.customerId, { hash, temporary: false, now })
    return { sessions_ended: await deps.sessions.endAll('client', who.customerId, 'password_changed', tx, who.sessionId) }
  })
}

/** Forgot password, step 2: the code sent by the activation service sets a new password; every session ends. */
export async function resetPassword(deps: MemberPasswordDeps & { activation: ActivationService }, body: { identifier: string; code: string; new_password: string }): Promise<void> {
  checkNewPassword(body.new_password)
  const hash = await hashPassword(body.new_password)
  await deps.activation.useCode(body.identifier, body.code, async (tx, customerId) => {
    await repo.setPassword(tx, customerId, { hash, temporary: false, now: deps.clock.now().toISOString() })
    await deps.sessions.endAll('client', customerId, 'password_reset', tx)
  })
}

/** Whether the member still holds the password reception issued (and so must change it first). */
export async function mustChangePassword(db: Db, customerId: number): Promise<boolean> {
  return (await repo.passwordState(db, customerId))?.is_password_temporary === true
}

export const setLanguage = (deps: Pick<MemberPasswordDeps, 'db' | 'clock'>, customerId: number, language: string) =>
  repo.setLanguage(deps.db, customerId, language, deps.clock.now().toISOString())
