// Staff sign-in and the first owner account.
import type { FastifyBaseLogger } from 'fastify'
import type { Config } from '../../config.ts'
import type { Db } from '../../db/database.ts'
import { uniqueViolationField } from '../../db/errors.ts'
import type { StaffUser } from '../../db/types.ts'
import type { Clock } from '../../lib/clock.ts'
import { AppError } from '../../lib/errors.ts'
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../../lib/passwords.ts'
import type { SessionMeta, SessionService } from '../auth/session.service.ts'
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

export async function login(
  deps: { db: Db; sessions: SessionService },
  credentials: { username: string; password: string },
  meta: SessionMeta,
) {
  const user = await repo.findByUsername(deps.db, credentials.username.trim().toLowerCase())
  const valid = user ? await verifyPassword(user.password_hash, credentials.password) : await verifyAgainstDummy(credentials.password)
  if (!user || !valid) throw new AppError('INVALID_CREDENTIALS')
  if (!user.is_active) throw new AppError('ACCOUNT_INACTIVE', 'This account has been deactivated.')
  const tokens = await deps.sessions.start({ type: 'staff', id: user.id, role: user.role }, meta)
  return { ...tokens, user: presentStaff(user) }
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
