// The one place members' password sign-in is throttled: the staff sign-in throttle
// (src/modules/staff/login-throttle.ts) with the subject kind `member`, keyed by the identifier
// (phone or email) tried. Counters per identifier and source with exponential back-off, a
// per-identifier ceiling that only slows, failures counted only once a password was checked and
// found wrong; unknown identifiers are counted exactly like members'.
import { AppError } from '../../lib/errors.ts'
import { assertLoginAllowed, recordLoginFailure, recordLoginSuccess, type ThrottleDeps } from '../staff/login-throttle.ts'

/** Runs `attempt` (which throws INVALID_CREDENTIALS on a wrong password) unless this source must wait. */
export async function throttledSignIn<T>(deps: ThrottleDeps, subject: string, ip: string | undefined, attempt: () => Promise<T>): Promise<T> {
  const who = { kind: 'member' as const, username: subject, ip }
  await assertLoginAllowed(deps, who)
  let result: T
  try {
    result = await attempt()
  } catch (error) {
    if (error instanceof AppError && error.code === 'INVALID_CREDENTIALS') await recordLoginFailure(deps, who)
    throw error
  }
  await recordLoginSuccess(deps, who)
  return result
}
