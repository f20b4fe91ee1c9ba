// Tables owned by the login throttle (migration 20261130_0007_login_throttle).
import type { Generated } from 'kysely'

/**
 * One counter per subject (a staff or member username, as a keyed hash, known or not) and source
 * (a keyed hash of the client's IP, or `*` for every source together).
 */
export interface LoginThrottleTable {
  id: Generated<number>
  subject_kind: 'staff' | 'member'
  subject_key: string
  source: string
  /** Failed passwords since the counter was last cleared or forgotten. */
  failures: number
  /** No password is checked for this subject from this source before this instant. */
  blocked_until: string | null
  last_failure_at: string | null
  /** Set by a correct password from this source: the source is then trusted past the `*` counter. */
  last_success_at: string | null
  updated_at: string
}

export interface LoginThrottleTables {
  login_throttle: LoginThrottleTable
}
