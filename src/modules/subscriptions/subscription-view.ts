// How staff see a subscription: stored fields, the state derived for today, and its freezes.
import type { Selectable } from 'kysely'
import type { PaymentTable, SubscriptionFreezeTable } from '../../db/types.ts'
import { apiInstant } from '../../lib/dates.ts'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/errors.ts'
import { findForStaff, freezesOf, type StaffSubscriptionRow } from './subscription.repository.ts'
import { effectiveStatus, freezeDaysRemaining, remainingDays } from './subscription-state.ts'

export function presentForStaff(row: StaffSubscriptionRow, today: string) {
  return {
    id: row.id,
    customer_id: row.customer_id,
    customer_name: row.customer_name,
    service_id: row.service_id,
    service_name: row.name,
    service_type: row.service_type,
    subscription_type: row.subscription_type,
    branch_id: row.branch_id,
    start_date: row.start_date,
    end_date: row.end_date,
    status: effectiveStatus(row, today),
    remaining_days: remainingDays(row, today),
    total_coins: row.total_coins,
    remaining_coins: row.remaining_coins === null ? null : Math.max(0, row.remaining_coins),
    total_sessions: row.total_sessions,
    remaining_sessions: row.remaining_sessions === null ? null : Math.max(0, row.remaining_sessions),
    frozen_since: row.frozen_since,
    freeze_days_used: row.freeze_days_used,
    freeze_days_remaining: freezeDaysRemaining(row, today),
    freeze_count: row.freeze_count,
    freezes_remaining: Math.max(0, row.freeze_count_limit - row.freeze_count),
    amount: row.amount,
    discount: row.discount,
    trainer_id: row.trainer_id,
    stop_reason: row.stop_reason,
    created_by: row.created_by,
    created_at: apiInstant(row.created_at)!,
    updated_at: apiInstant(row.updated_at)!,
  }
}

export function presentFreeze(f: Selectable<SubscriptionFreezeTable>, today: string) {
  return {
    id: f.id,
    start_date: f.start_date,
    requested_days: f.requested_days,
    planned_end_date: f.planned_end_date,
    ended_on: f.ended_on,
    days_used: f.days_used,
    // A freeze stays on until someone unfreezes it; the desk sees when one has run past its plan.
    is_overdue: f.ended_on === null && today > f.planned_end_date,
    reason: f.reason,
    cost: f.cost,
    created_by: f.created_by,
    created_at: apiInstant(f.created_at)!,
  }
}

export function presentPayment(p: Selectable<PaymentTable>) {
  return {
    id: p.id,
    reference: p.reference,
    amount: p.amount,
    discount: p.discount,
    payment_method: p.payment_method,
    transaction_type: p.transaction_type,
    business_date: p.business_date,
  }
}

/** The staff view of one plan with its freeze history (and the payment a write just took). */
export async function detail(db: Db, id: number, today: string, payment?: Selectable<PaymentTable>) {
  const row = await findForStaff(db, id)
  if (!row) throw new AppError('NOT_FOUND', 'Subscription not found.')
  const freezes = await freezesOf(db, id)
  return { ...presentForStaff(row, today), freezes: freezes.map((f) => presentFreeze(f, today)), ...(payment ? { payment: presentPayment(payment) } : {}) }
}

/** The subscription's own columns, without the joined plan and member fields, for the audit diff. */
export function rowOnly(row: StaffSubscriptionRow) {
  const { name: _n, service_type: _t, subscription_type: _s, freeze_max_days: _m, freeze_count_limit: _l, grants_gym_entry: _g, customer_name: _c, ...own } = row
  return own
}
