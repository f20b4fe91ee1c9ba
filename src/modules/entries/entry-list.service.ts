// The staff view of the door log. Branch-scoped staff see their own branch only: naming another
// branch answers 404, as anything outside their scope does.
import type { Db } from '../../db/database.ts'
import type { EntryStatus, StaffRole } from '../../db/types.ts'
import { apiInstant } from '../../lib/dates.ts'
import { AppError } from '../../lib/errors.ts'
import { pageOffset, pageResult } from '../../lib/pagination.ts'
import { branchScope } from '../staff/roles.ts'
import type { EntryReason } from './entry-rules.ts'
import { listEntries } from './entry.repository.ts'

export interface EntryListQuery {
  page: number
  per_page: number
  branch_id?: number
  customer_id?: number
  entry_status?: EntryStatus
  from?: string
  to?: string
}

export async function listEntriesFor(db: Db, staff: { role: StaffRole; branchId: number | null }, q: EntryListQuery) {
  const scope = branchScope(staff)
  if (scope !== null && q.branch_id !== undefined && q.branch_id !== scope) throw new AppError('NOT_FOUND', 'Branch not found.')
  if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
    throw new AppError('VALIDATION_ERROR', 'from must not be after to.', { details: { errors: [{ field: 'from', message: 'must not be after to' }] } })
  }
  const filter = { branchId: scope ?? q.branch_id, customerId: q.customer_id, status: q.entry_status, from: q.from, to: q.to }
  const { rows, total } = await listEntries(db, filter, q.per_page, pageOffset(q))
  const items = rows.map((r) => ({
    id: r.id,
    entry_time: apiInstant(r.entry_time)!,
    business_date: r.business_date,
    branch_id: r.branch_id,
    branch_name: r.branch_name,
    customer_id: r.customer_id,
    customer_name: r.customer_name,
    subscription_id: r.subscription_id,
    entry_type: r.entry_type,
    entry_status: r.entry_status,
    reason: r.reason as EntryReason,
    coins_used: r.coins_used,
    sessions_used: r.sessions_used,
    staff_id: r.staff_id,
    staff_name: r.staff_name,
  }))
  return pageResult(items, total, q)
}
