// The data retention job (`npm run admin -- retention`): deletes what has stopped mattering and
// keeps every business record. Deleted: activation codes older than 30 days (rate windows look
// back at most one day, a code lives at most one); sessions that ended (signed out, revoked or
// expired) more than 30 days ago, with their refresh tokens (kept that long so "who was signed in
// when" can still be answered after an incident); sign-in throttle counters untouched for longer
// than the throttle remembers anything (they no longer count). Kept: members, staff, subscriptions, payments, the entry log
// and the audit trail.
import type { Db } from '../../db/database.ts'
import type { Clock } from '../../lib/clock.ts'
import { recordAudit } from '../audit/audit.ts'
import { LOGIN_THROTTLE } from '../staff/login-throttle.ts'

export const ACTIVATION_CODE_RETENTION_DAYS = 30
export const ENDED_SESSION_RETENTION_DAYS = 30

const DAY_MS = 86_400_000

export async function runRetention(deps: { db: Db; clock: Clock }) {
  const now = deps.clock.now().getTime()
  const codeCutoff = new Date(now - ACTIVATION_CODE_RETENTION_DAYS * DAY_MS).toISOString()
  const sessionCutoff = new Date(now - ENDED_SESSION_RETENTION_DAYS * DAY_MS).toISOString()
  const throttleCutoff = new Date(now - LOGIN_THROTTLE.TRUSTED_FOR * 1000).toISOString()
  return deps.db.transaction().execute(async (tx) => {
    const codes = await tx.deleteFrom('activation_codes').where('created_at', '<', codeCutoff).executeTakeFirst()
    const ended = tx.selectFrom('auth_sessions').select('id')
      .where((eb) => eb.or([eb('revoked_at', '<', sessionCutoff), eb('expires_at', '<', sessionCutoff)]))
    const tokens = await tx.deleteFrom('refresh_tokens').where('session_id', 'in', ended).executeTakeFirst()
    const sessions = await tx.deleteFrom('auth_sessions')
      .where((eb) => eb.or([eb('revoked_at', '<', sessionCutoff), eb('expires_at', '<', sessionCutoff)])).executeTakeFirst()
    const throttle = await tx.deleteFrom('login_throttle').where('updated_at', '<', throttleCutoff).executeTakeFirst()
    const deleted = {
      activation_codes: Number(codes.numDeletedRows),
      auth_sessions: Number(sessions.numDeletedRows),
      refresh_tokens: Number(tokens.numDeletedRows),
      login_throttle: Number(throttle.numDeletedRows),
    }
    await recordAudit(tx, deps.clock, { actor: 'system', action: 'retention.run', entityType: 'retention', entityId: null, after: deleted })
    return deleted
  })
}
