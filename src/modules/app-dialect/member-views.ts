// The members' Flutter app's view of Spotter's data: the same services, shaped as the app reads
// them (contracts in ../shared/app-contracts/member-app-*.json). No rule lives here.
import type { Db } from '../../db/database.ts'
import { apiInstant, localDate, localTime } from '../../lib/dates.ts'
import { AppError } from '../../lib/errors.ts'
import * as customers from '../customers/customer.repository.ts'
import { memberProfile } from '../customers/member-profile.ts'
import { memberHistory } from '../entries/entry.repository.ts'
import { memberLedger } from '../payments/payment.repository.ts'
import { APP_PASS_PREFIX, type QrPassService } from '../qr/qr-token.ts'
import { memberSubscriptions } from '../subscriptions/member-subscriptions.ts'
import { freezesOf } from '../subscriptions/subscription.repository.ts'
import { toMajor } from './dialect.ts'

type Presented = NonNullable<Awaited<ReturnType<typeof memberSubscriptions>>['current']>

/**
 * The plan as the app's SubscriptionModel reads it: Spotter's fields plus the app's names. The app
 * takes `status` as the member's state, so a plan bought ahead reads 'scheduled' until it starts
 * (Spotter's own API says 'active' with has_active_subscription false).
 */
export const appSubscription = (sub: Presented, today: string) => ({
  ...sub,
  status: sub.status === 'active' && sub.start_date > today ? 'scheduled' : sub.status,
  expiry_date: sub.end_date,
})

/** The freezes of a plan, newest first, as the app's freeze_history. */
async function freezeHistory(db: Db, subscriptionId: number) {
  return (await freezesOf(db, subscriptionId)).map((f) => ({
    freeze_date: f.start_date, unfreeze_date: f.ended_on ?? f.planned_end_date, days: f.days_used ?? f.requested_days, reason: f.reason,
  }))
}

/** The signed rotating pass in the field the app draws (see APP_PASS_PREFIX). */
export async function appPass(qr: QrPassService, customerId: number) {
  const { token, expiresAt } = await qr.issue(customerId)
  return { qr_code: `${APP_PASS_PREFIX}${token}`, qr_token: token, expires_at: apiInstant(expiresAt)! }
}

/** The app's ClientModel: the profile, with qr_code carrying a fresh signed pass. */
export async function appClient(deps: { db: Db; qr: QrPassService }, customerId: number, today: string) {
  const profile = await memberProfile(deps.db, customerId, today)
  const row = await customers.findById(deps.db, customerId)
  if (!row) throw new AppError('NOT_FOUND', 'Customer not found.')
  const pass = await appPass(deps.qr, customerId)
  const current = profile.active_subscription && { ...appSubscription(profile.active_subscription, today), freeze_history: await freezeHistory(deps.db, profile.active_subscription.id) }
  return {
    ...profile,
    card_number: profile.qr_code,
    qr_code: pass.qr_code,
    qr_expires_at: pass.expires_at,
    created_at: apiInstant(row.created_at)!,
    is_active: row.is_active,
    preferred_language: row.preferred_language,
    password_changed: !row.is_password_temporary,
    subscription_status: current?.status ?? null,
    active_subscription: current,
  }
}

/** Visits as a bare list with the gym-local date and time, the plan used and the branch. */
export async function appEntryHistory(db: Db, customerId: number, timeZone: string, limit: number, offset: number) {
  const { rows } = await memberHistory(db, customerId, limit, offset)
  return rows.map((r) => {
    const at = new Date(r.entry_time)
    return {
      id: r.id, date: localDate(at, timeZone), time: localTime(at, timeZone), branch: r.branch_name, service: r.service_name,
      coins_used: r.coins_used, entry_type: r.entry_type, entry_status: 'approved' as const,
    }
  })
}

/** Payments grouped by plan, amounts in major units; a refund is a negative line. */
export async function appPayments(db: Db, customerId: number, today: string) {
  const [ledger, subs] = await Promise.all([memberLedger(db, customerId), memberSubscriptions(db, customerId, today)])
  const plans = new Map([subs.current, ...subs.history].filter((s) => s !== null).map((s) => [s.id, s]))
  const line = (p: (typeof ledger)[number]) => {
    const refund = p.transaction_type === 'refund'
    return {
      id: p.id, amount: toMajor(refund ? -p.amount : p.amount), discount: toMajor(p.discount), payment_method: p.payment_method,
      transaction_type: p.transaction_type, date: p.business_date, refund_of: p.refund_of,
    }
  }
  const net = (lines: ReturnType<typeof line>[]) => Math.round(lines.reduce((sum, l) => sum + (l.amount - l.discount) * 100, 0)) / 100
  const bySub = new Map<number, ReturnType<typeof line>[]>()
  const other: ReturnType<typeof line>[] = []
  for (const p of ledger) {
    if (p.subscription_id !== null && plans.has(p.subscription_id)) bySub.set(p.subscription_id, [...(bySub.get(p.subscription_id) ?? []), line(p)])
    else other.push(line(p))
  }
  const subscriptions = [...bySub].map(([id, payments]) => {
    const plan = plans.get(id)!
    return {
      subscription_id: id, service_name: plan.service_name, subscription_type: plan.subscription_type, status: plan.status,
      start_date: plan.start_date, end_date: plan.end_date, payments, total_paid: net(payments),
    }
  })
  const otherTotal = net(other)
  return { subscriptions, other_payments: other, other_total: otherTotal, total_paid: Math.round((subscriptions.reduce((s, x) => s + x.total_paid, 0) + otherTotal) * 100) / 100 }
}
