// Password sign-in throttling, for staff now and members later (keyed by subject kind). The rules,
// modelled on what large identity providers do (README "The login throttle"):
// - Counters are kept per username AND source IP, in the database (all instances share them).
//   A source gets PAIR_FREE_FAILURES wrong passwords for a username, then waits before each next
//   try, doubling from PAIR_FIRST_DELAY up to PAIR_MAX_DELAY. A stranger therefore slows only
//   their own guesses; the account's owner, elsewhere, is not locked out.
// - A generous per-username ceiling over all sources (`*`) slows a distributed attack: past
//   NAME_FREE_FAILURES, untrusted sources wait, doubling up to NAME_MAX_DELAY — a pause, never a
//   lock. A source where the password was right within TRUSTED_FOR is exempt from it.
// - Only a password that was checked and wrong counts, so simultaneous correct sign-ins never
//   see 429; a correct password clears its username+source counter.
// - Unknown usernames are counted exactly like known ones (nothing tells which exist), and both
//   the username and the IP are stored only as keyed hashes.
// - Recovery: `unlockLogin` clears every counter of a username (npm run admin -- unlock-login).
import type { Config } from '../../config.ts'
import type { Db } from '../../db/database.ts'
import type { Clock } from '../../lib/clock.ts'
import { addSeconds } from '../../lib/dates.ts'
import { AppError } from '../../lib/errors.ts'
import { deriveKey, hmacHex } from '../../lib/keys.ts'
import { opsEvents } from '../../lib/ops-events.ts'
import * as repo from './login-throttle.repository.ts'

export type { SubjectKind } from './login-throttle.repository.ts'

export const LOGIN_THROTTLE = {
  PAIR_FREE_FAILURES: 5,
  PAIR_FIRST_DELAY: 30,
  PAIR_MAX_DELAY: 15 * 60,
  /** A username+source counter is forgotten a day after its last failure. */
  PAIR_FORGET_AFTER: 24 * 3600,
  NAME_FREE_FAILURES: 50,
  NAME_FIRST_DELAY: 2,
  NAME_MAX_DELAY: 60,
  NAME_FORGET_AFTER: 3600,
  TRUSTED_FOR: 30 * 24 * 3600,
} as const

const ALL_SOURCES = '*'

export interface ThrottleDeps {
  db: Db
  clock: Clock
  config: Pick<Config, 'jwtSecretKey'>
}

export interface LoginAttempt {
  kind: repo.SubjectKind
  username: string
  ip: string | undefined
}

const subjectKey = (config: ThrottleDeps['config'], kind: repo.SubjectKind, username: string) =>
  hmacHex(deriveKey(config.jwtSecretKey, 'identifier'), `${kind}-username:${username.trim().toLowerCase()}`)

const sourceKey = (config: ThrottleDeps['config'], ip: string | undefined) =>
  hmacHex(deriveKey(config.jwtSecretKey, 'identifier'), `login-source:${ip ?? 'unknown'}`)

/** Seconds to wait after the n-th failure: none up to `free`, then doubling from `first` to `max`. */
export function backoffSeconds(failures: number, free: number, first: number, max: number): number {
  if (failures < free) return 0
  return Math.min(max, first * 2 ** Math.min(30, failures - free))
}

/** Throws 429 RATE_LIMIT_EXCEEDED with Retry-After when this source must wait before trying this username. */
export async function assertLoginAllowed(deps: ThrottleDeps, attempt: LoginAttempt): Promise<void> {
  const key = subjectKey(deps.config, attempt.kind, attempt.username)
  const source = sourceKey(deps.config, attempt.ip)
  const now = deps.clock.now().getTime()
  const counters = await repo.findCounters(deps.db, attempt.kind, key, [source, ALL_SOURCES])
  const pair = counters.find((c) => c.source === source)
  const all = counters.find((c) => c.source === ALL_SOURCES)
  const trusted = pair?.last_success_at != null && Date.parse(pair.last_success_at) > now - LOGIN_THROTTLE.TRUSTED_FOR * 1000
  const waits = [pair?.blocked_until, trusted ? null : all?.blocked_until]
    .map((until) => (until ? Math.ceil((Date.parse(until) - now) / 1000) : 0))
  const wait = Math.max(0, ...waits)
  if (wait > 0) {
    opsEvents.emit('loginLockout')
    throw new AppError('RATE_LIMIT_EXCEEDED', `Too many failed sign-ins. Please wait ${wait} second(s) before trying again.`, {
      headers: { 'retry-after': String(wait) },
    })
  }
}

/** A password was checked and was wrong: count it for this source and for the username overall. */
export async function recordLoginFailure(deps: ThrottleDeps, attempt: LoginAttempt): Promise<void> {
  const key = subjectKey(deps.config, attempt.kind, attempt.username)
  const now = deps.clock.now()
  const iso = now.toISOString()
  const t = LOGIN_THROTTLE
  const pair = await repo.addFailure(deps.db, { kind: attempt.kind, subjectKey: key, source: sourceKey(deps.config, attempt.ip) }, iso, addSeconds(now, -t.PAIR_FORGET_AFTER).toISOString())
  const pairWait = backoffSeconds(pair.failures, t.PAIR_FREE_FAILURES, t.PAIR_FIRST_DELAY, t.PAIR_MAX_DELAY)
  if (pairWait > 0) await repo.blockUntil(deps.db, pair.id, addSeconds(now, pairWait).toISOString())
  const all = await repo.addFailure(deps.db, { kind: attempt.kind, subjectKey: key, source: ALL_SOURCES }, iso, addSeconds(now, -t.NAME_FORGET_AFTER).toISOString())
  const allWait = backoffSeconds(all.failures, t.NAME_FREE_FAILURES, t.NAME_FIRST_DELAY, t.NAME_MAX_DELAY)
  if (allWait > 0) await repo.blockUntil(deps.db, all.id, addSeconds(now, allWait).toISOString())
  await repo.purge(deps.db, addSeconds(now, -t.TRUSTED_FOR).toISOString())
}

/** The password was right: this username+source starts afresh and is trusted past the overall ceiling. */
export async function recordLoginSuccess(deps: ThrottleDeps, attempt: LoginAttempt): Promise<void> {
  const key = subjectKey(deps.config, attempt.kind, attempt.username)
  await repo.recordSuccess(deps.db, { kind: attempt.kind, subjectKey: key, source: sourceKey(deps.config, attempt.ip) }, deps.clock.now().toISOString())
}

/**
 * The recovery path: clears every counter of a username (every source and the overall one), so the
 * next sign-in is checked at once. Returns how many counters were holding it back.
 */
export async function unlockLogin(db: Db, config: Pick<Config, 'jwtSecretKey'>, kind: repo.SubjectKind, username: string): Promise<number> {
  return repo.clearSubject(db, kind, subjectKey(config, kind, username))
}
