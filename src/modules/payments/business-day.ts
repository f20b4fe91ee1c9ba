// The business day of a branch's till: every ledger write and the evening closing of that branch
// and day take one lock, so a payment cannot slip in while the drawer is being counted, and no
// payment or refund lands on a day that is already closed.
import type { Db, Dialect } from '../../db/database.ts'
import { lockKey } from '../../db/locks.ts'
import { AppError } from '../../lib/errors.ts'

/** Serialises ledger writes and the closing of one branch's local day (PostgreSQL advisory lock; SQLite writes one at a time). */
export const lockBusinessDay = (tx: Db, dialect: Dialect, branchId: number, day: string) => lockKey(tx, dialect, `till:${branchId}:${day}`)

export const findClosing = (db: Db, branchId: number, day: string) =>
  db.selectFrom('daily_closings').selectAll().where('branch_id', '=', branchId).where('business_date', '=', day).executeTakeFirst()

export const dayClosed = (day: string) =>
  new AppError('DAY_CLOSED', `The till of this branch is already closed for ${day}; money is taken again tomorrow.`)

/** Refuses with 409 DAY_CLOSED when the branch's day has been closed. Call under lockBusinessDay. */
export async function assertDayOpen(tx: Db, branchId: number, day: string): Promise<void> {
  if (await findClosing(tx, branchId, day)) throw dayClosed(day)
}
