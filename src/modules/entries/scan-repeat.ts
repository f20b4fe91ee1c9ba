// What an earlier attempt recorded under the same scan key makes of a new one. Pure.
//
// A QR pass is single-use: once it has let someone in, showing it again (a screenshot passed to a
// friend, the same pass at another branch) is refused as ALREADY_CHECKED_IN. The one exception is
// a network retry: the same desk sending the same scan again because it lost the first answer.
// Desk Idempotency-Keys are already per staff member and branch, so a repeat is always a retry.
import type { EntryLog } from '../../db/types.ts'
import { AppError } from '../../lib/errors.ts'
import type { Scan } from './scan-identity.ts'

/**
 * How long after the first attempt the same desk's repeat of a QR scan still counts as a retry of
 * it. Long enough for a client's timeout-and-retry over a flaky network (a few seconds), short
 * enough that a pass passed on to someone else cannot be walked back to the same desk in time.
 */
export const RETRY_WINDOW_SECONDS = 10

/**
 * - `replay`: a retry; answer the earlier record, record and charge nothing;
 * - `pass_used`: the pass already let someone in; refuse this attempt;
 * - `new_attempt`: the pass was refused before (e.g. no coins left, since topped up); decide afresh.
 */
export type Repeat = 'replay' | 'pass_used' | 'new_attempt'

export function repeatOf(earlier: EntryLog, scan: Scan, attempt: { staffId: number; branchId: number; now: Date }): Repeat {
  if (earlier.entry_type !== scan.entryType || earlier.customer_id !== scan.customerId) {
    throw new AppError('CONFLICT', 'This Idempotency-Key was already used for a different check-in.', { details: { field: 'idempotency-key' } })
  }
  // An unreadable pass is refused whoever sends it again, so answering the first refusal is safe.
  if (scan.keyKind !== 'pass') return 'replay'
  const sameDesk = earlier.staff_id === attempt.staffId && earlier.branch_id === attempt.branchId
  const age = (attempt.now.getTime() - new Date(earlier.entry_time).getTime()) / 1000
  if (sameDesk && age <= RETRY_WINDOW_SECONDS) return 'replay'
  return earlier.entry_status === 'approved' ? 'pass_used' : 'new_attempt'
}
