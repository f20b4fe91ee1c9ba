// The one place members' password sign-in is throttled. It follows the staff sign-in design on
// this base (staff-auth.service.ts): five failures for one identifier within 15 minutes refuse
// that identifier (429 with Retry-After) until the window passes, counted in the database across
// instances, known and unknown identifiers alike; a success clears the count. The rows live in
// staff_login_failures under a key of their own ("member-login:…"), so no second table exists.
// When the staff throttle is redesigned, re-point this function at the new module.
import type { Config } from '../../config.ts'
import type { Db } from '../../db/database.ts'
import type { Clock } from '../../lib/clock.ts'
import { addSeconds } from '../../lib/dates.ts'
import { AppError } from '../../lib/errors.ts'
import { deriveKey, hmacHex } from '../../lib/keys.ts'
import { LOGIN_MAX_FAILURES, LOGIN_WINDOW_SECONDS } from '../staff/staff-auth.service.ts'
import * as failures from '../staff/staff.repository.ts'

export interface ThrottleDeps {
  db: Db
  clock: Clock
  config: Pick<Config, 'jwtSecretKey'>
}

/**
 * Runs `attempt` (which throws on a wrong password) unless `subject` is locked out. The attempt
 * counts as a failure from the start and is cleared only when it succeeds, so parallel guesses
 * cannot all slip in before any of them is recorded.
 */
export async function throttledSignIn<T>(deps: ThrottleDeps, subject: string, attempt: () => Promise<T>): Promise<T> {
  const { db, clock } = deps
  const key = hmacHex(deriveKey(deps.config.jwtSecretKey, 'identifier'), `member-login:${subject}`)
  const now = clock.now()
  const since = addSeconds(now, -LOGIN_WINDOW_SECONDS).toISOString()
  await failures.purgeLoginFailures(db, since)
  const attemptId = await failures.insertLoginFailure(db, key, now.toISOString())
  const earlier = (await failures.loginFailuresSince(db, key, since, attemptId)).filter((f) => f.id !== attemptId)
  if (earlier.length >= LOGIN_MAX_FAILURES) {
    await failures.deleteLoginFailure(db, attemptId)
    const freeing = earlier[earlier.length - LOGIN_MAX_FAILURES]!
    const retryAfter = Math.max(1, Math.ceil((Date.parse(freeing.failed_at) + LOGIN_WINDOW_SECONDS * 1000 - now.getTime()) / 1000))
    throw new AppError('RATE_LIMIT_EXCEEDED', `Too many failed sign-ins. Please wait ${Math.ceil(retryAfter / 60)} minute(s) before trying again.`, {
      headers: { 'retry-after': String(retryAfter) },
    })
  }
  const result = await attempt()
  await failures.clearLoginFailures(db, key)
  return result
}
