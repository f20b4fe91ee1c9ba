// Managing staff accounts. Rules (SPEC "Staff, roles, branches"): an account manages only accounts
// ranked strictly below its own, and assigns only such roles; branch-scoped accounts see and place
// staff in their own branch only (anything else answers 404); branch roles need a branch, the
// all-branch roles have none. Deactivating, changing the role or resetting the password ends the
// account's sessions in the same transaction, so the change holds from the next request.
import type { Config } from '../../config.ts'
import type { Db } from '../../db/database.ts'
import { translateDriverError } from '../../db/errors.ts'
import type { StaffRole, StaffUser } from '../../db/types.ts'
import type { Clock } from '../../lib/clock.ts'
import { apiInstant } from '../../lib/dates.ts'
import { AppError, invalidField } from '../../lib/errors.ts'
import { pageOffset, pageResult } from '../../lib/pagination.ts'
import { hashPassword } from '../../lib/passwords.ts'
import { normalizeEmail } from '../activation/identifier.ts'
import { recordAudit } from '../audit/audit.ts'
import type { SessionService } from '../auth/session.service.ts'
import { findBranch } from '../branches/branches.repository.ts'
import { normalizePhone } from '../customers/phone.ts'
import { branchScope, outranks, seesAllBranches } from './roles.ts'
import { presentStaff } from './staff-auth.service.ts'
import * as staffRepo from './staff.repository.ts'
import * as repo from './users.repository.ts'

export type { StaffActor } from '../audit/audit.ts'
import type { StaffActor } from '../audit/audit.ts'

export interface UserDeps {
  db: Db
  clock: Clock
  config: Pick<Config, 'defaultPhoneRegion'>
  sessions: SessionService
}

/** A 400 VALIDATION_ERROR naming one field, shaped like the schema validator's. */

export const presentUser = (user: StaffUser) => ({
  ...presentStaff(user),
  created_at: apiInstant(user.created_at)!,
  updated_at: apiInstant(user.updated_at)!,
})

type Contact = { email?: string | null; phone?: string | null }

/** Empty means "none"; anything else must be a valid address or number, stored normalised. */
function normalizeContact(config: UserDeps['config'], body: Contact): Contact {
  const out: Contact = {}
  if (body.email !== undefined) {
    const raw = body.email?.trim() || null
    out.email = raw === null ? null : (normalizeEmail(raw) ?? null)
    if (raw !== null && out.email === null) throw invalidField('email', 'is not a valid email address')
  }
  if (body.phone !== undefined) {
    const raw = body.phone?.trim() || null
    out.phone = raw === null ? null : (normalizePhone(raw, config.defaultPhoneRegion) ?? null)
    if (raw !== null && out.phone === null) throw invalidField('phone', 'is not a valid phone number')
  }
  return out
}

async function loadInScope(db: Db, actor: StaffActor, id: number): Promise<StaffUser> {
  const user = await staffRepo.findById(db, id)
  const scope = branchScope(actor)
  if (!user || (scope !== null && user.branch_id !== scope)) throw new AppError('NOT_FOUND', 'User not found.')
  return user
}

function assertManages(actor: StaffActor, target: StaffRole): void {
  if (!outranks(actor.role, target)) throw new AppError('FORBIDDEN', 'You can only manage accounts ranked below your own.')
}

/** A role the actor may hand out: ranked below theirs, and not reaching beyond their own scope. */
function assertAssignable(actor: StaffActor, role: StaffRole): void {
  if (!outranks(actor.role, role) || (branchScope(actor) !== null && seesAllBranches(role))) {
    throw new AppError('FORBIDDEN', `You cannot give an account the ${role} role.`)
  }
}

/** The branch an account with `role` ends up in, given what was asked for and where it is now. */
async function placeIn(db: Db, actor: StaffActor, role: StaffRole, requested: number | null | undefined, current: number | null): Promise<number | null> {
  if (seesAllBranches(role)) {
    if (requested !== undefined && requested !== null) throw invalidField('branch_id', `must be null for the ${role} role`)
    return null
  }
  const scope = branchScope(actor)
  // A manager who leaves the branch out means their own.
  const branchId = requested === undefined ? (current ?? scope) : requested
  if (branchId === null) throw invalidField('branch_id', `is required for the ${role} role`)
  if (scope !== null && branchId !== scope) throw new AppError('NOT_FOUND', 'Branch not found.')
  const branch = await findBranch(db, branchId)
  if (!branch) throw new AppError('NOT_FOUND', 'Branch not found.')
  if (!branch.is_active && branchId !== current) throw new AppError('BUSINESS_RULE', 'This branch is deactivated; staff cannot be placed in it.')
  return branchId
}

export async function listUsers(
  db: Db,
  actor: StaffActor,
  q: { page: number; per_page: number; role?: StaffRole; branch_id?: number; is_active?: boolean; search?: string },
) {
  const { rows, total } = await repo.listUsers(
    db,
    { scope: branchScope(actor), role: q.role, branchId: q.branch_id, isActive: q.is_active, search: q.search?.trim() || undefined },
    { limit: q.per_page, offset: pageOffset(q) },
  )
  return pageResult(rows.map(presentUser), total, q)
}

export const getUser = async (db: Db, actor: StaffActor, id: number) => presentUser(await loadInScope(db, actor, id))

export async function createUser(
  deps: UserDeps,
  actor: StaffActor,
  body: { username: string; password: string; full_name: string; role: StaffRole; branch_id?: number | null } & Contact,
) {
  assertAssignable(actor, body.role)
  const branchId = await placeIn(deps.db, actor, body.role, body.branch_id, null)
  const contact = normalizeContact(deps.config, body)
  const passwordHash = await hashPassword(body.password)
  const now = deps.clock.now().toISOString()
  return deps.db.transaction().execute(async (tx) => {
    const user = await staffRepo.insertStaff(tx, {
      username: body.username.toLowerCase(), password_hash: passwordHash, full_name: body.full_name.trim(), role: body.role,
      branch_id: branchId, email: contact.email ?? null, phone: contact.phone ?? null, created_at: now, updated_at: now,
    }).catch(translateDriverError)
    await recordAudit(tx, deps.clock, { actor, action: 'staff_user.create', entityType: 'staff_user', entityId: user.id, branchId, after: presentStaff(user) })
    return presentUser(user)
  })
}

export async function updateUser(
  deps: UserDeps,
  actor: StaffActor,
  id: number,
  body: { full_name?: string; role?: StaffRole; branch_id?: number | null } & Contact,
) {
  const user = await loadInScope(deps.db, actor, id)
  assertManages(actor, user.role)
  if (body.role !== undefined) assertAssignable(actor, body.role)
  const role = body.role ?? user.role
  const branchId = body.role !== undefined || body.branch_id !== undefined
    ? await placeIn(deps.db, actor, role, body.branch_id, user.branch_id)
    : user.branch_id
  const changes = {
    ...(body.full_name !== undefined ? { full_name: body.full_name.trim() } : {}),
    ...normalizeContact(deps.config, body),
    role, branch_id: branchId, updated_at: deps.clock.now().toISOString(),
  }
  return deps.db.transaction().execute(async (tx) => {
    const updated = await repo.updateUser(tx, id, changes)
    // The role is re-read on every request anyway; ending the sessions makes a role change visible
    // to the person at once (their apps sign in afresh and show what the new role allows).
    if (role !== user.role) await deps.sessions.endAll('staff', id, 'role_changed', tx)
    await recordAudit(tx, deps.clock, { actor, action: 'staff_user.update', entityType: 'staff_user', entityId: id, branchId: updated.branch_id, before: presentStaff(user), after: presentStaff(updated) })
    return presentUser(updated)
  })
}

export async function setUserActive(deps: UserDeps, actor: StaffActor, id: number, active: boolean) {
  if (!active && id === actor.staffId) throw new AppError('BUSINESS_RULE', 'You cannot deactivate your own account.')
  const user = await loadInScope(deps.db, actor, id)
  assertManages(actor, user.role)
  if (user.is_active === active) return presentUser(user)
  return deps.db.transaction().execute(async (tx) => {
    const updated = await repo.updateUser(tx, id, { is_active: active, updated_at: deps.clock.now().toISOString() })
    if (!active) await deps.sessions.endAll('staff', id, 'deactivated', tx)
    await recordAudit(tx, deps.clock, {
      actor, action: active ? 'staff_user.activate' : 'staff_user.deactivate', entityType: 'staff_user', entityId: id,
      branchId: updated.branch_id, before: { is_active: user.is_active }, after: { is_active: updated.is_active },
    })
    return presentUser(updated)
  })
}

export async function resetUserPassword(deps: UserDeps, actor: StaffActor, id: number, newPassword: string) {
  const user = await loadInScope(deps.db, actor, id)
  assertManages(actor, user.role)
  const passwordHash = await hashPassword(newPassword)
  const now = deps.clock.now().toISOString()
  return deps.db.transaction().execute(async (tx) => {
    await staffRepo.updatePasswordHash(tx, id, passwordHash, now)
    const sessionsEnded = await deps.sessions.endAll('staff', id, 'password_reset', tx)
    await recordAudit(tx, deps.clock, { actor, action: 'staff_user.reset_password', entityType: 'staff_user', entityId: id, branchId: user.branch_id, after: { password_reset: true } })
    return { user: presentUser({ ...user, updated_at: now }), sessions_ended: sessionsEnded }
  })
}
