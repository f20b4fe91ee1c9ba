// The door. Every attempt is recorded (approved or denied, with the reason and the staff member);
// the same scan sent twice (a network retry) is recorded and charged once, because each scan has a
// key (the QR pass nonce, or the desk's Idempotency-Key) that is unique in the entry log.
import type { Config } from '../../config.ts'
import type { Db, Dialect } from '../../db/database.ts'
import { uniqueViolationField } from '../../db/errors.ts'
import { lockKey } from '../../db/locks.ts'
import type { EntryLog, EntryType } from '../../db/types.ts'
import type { Clock } from '../../lib/clock.ts'
import { addSeconds, apiInstant, localDate, localTime } from '../../lib/dates.ts'
import { AppError } from '../../lib/errors.ts'
import type { AuthContext } from '../auth/session.service.ts'
import * as customers from '../customers/customer.repository.ts'
import type { QrPassService } from '../qr/qr-token.ts'
import { seesAllBranches } from '../staff/roles.ts'
import { presentForMember } from '../subscriptions/subscription-state.ts'
import { choosePlan, type DenyReason } from './entry-rules.ts'
import * as repo from './entry.repository.ts'

export interface CheckInInput {
  qr_token?: string
  qr_code?: string
  customer_id?: number
  branch_id?: number
}

export type CheckInDeps = {
  db: Db
  dialect: Dialect
  config: Pick<Config, 'gymTimezone' | 'antiPassbackMinutes' | 'allowStaticQr'>
  clock: Clock
  qr: QrPassService
}

type Identified = { customerId: number | null; entryType: EntryType; scanKey: string | null; denial?: DenyReason }

export type CheckInService = ReturnType<typeof createCheckInService>

export function createCheckInService(deps: CheckInDeps) {
  const { db, dialect, config, clock, qr } = deps

  async function resolveBranch(input: CheckInInput, staff: AuthContext & { role: NonNullable<AuthContext['role']> }): Promise<number> {
    const branchId = seesAllBranches(staff.role) ? (input.branch_id ?? staff.branchId) : staff.branchId
    if (!branchId) {
      throw new AppError('VALIDATION_ERROR', 'branch_id is required for staff who work across branches.', {
        details: { errors: [{ field: 'branch_id', message: 'is required' }] },
      })
    }
    if (input.branch_id !== undefined && input.branch_id !== branchId) throw new AppError('NOT_FOUND', 'Branch not found.')
    const branch = await db.selectFrom('branches').select(['id', 'is_active']).where('id', '=', branchId).executeTakeFirst()
    if (!branch?.is_active) throw new AppError('NOT_FOUND', 'Branch not found.')
    return branchId
  }

  async function identify(input: CheckInInput, staffId: number, idempotencyKey: string | undefined, branchId: number): Promise<Identified> {
    const deskKey = idempotencyKey ? `desk:${staffId}:${idempotencyKey}` : null
    if (input.qr_token !== undefined) {
      const result = await qr.verify(input.qr_token)
      if (!result.ok) return { customerId: null, entryType: 'qr_scan', scanKey: deskKey, denial: result.reason }
      return { customerId: result.customerId, entryType: 'qr_scan', scanKey: `qr:${result.nonce}` }
    }
    if (input.qr_code !== undefined) {
      const customer = config.allowStaticQr ? await customers.findByQrCode(db, input.qr_code.trim()) : undefined
      if (!customer) return { customerId: null, entryType: 'barcode', scanKey: deskKey, denial: 'QR_INVALID' }
      return { customerId: customer.id, entryType: 'barcode', scanKey: deskKey }
    }
    const customer = input.customer_id !== undefined ? await customers.findById(db, input.customer_id) : undefined
    if (!customer || !(await visibleAtBranch(customer.id, customer.branch_id, branchId))) {
      throw new AppError('NOT_FOUND', 'Customer not found.')
    }
    return { customerId: customer.id, entryType: 'manual', scanKey: deskKey }
  }

  /** A member belongs to a branch's desk if registered there or holding a plan there. */
  async function visibleAtBranch(customerId: number, homeBranch: number | null, branchId: number): Promise<boolean> {
    if (homeBranch === branchId) return true
    const sub = await db.selectFrom('subscriptions').select('id').where('customer_id', '=', customerId).where('branch_id', '=', branchId).executeTakeFirst()
    return sub !== undefined
  }

  async function present(entry: EntryLog, today: string) {
    const customer = entry.customer_id === null ? undefined : await customers.findById(db, entry.customer_id)
    const plan = entry.subscription_id === null ? undefined : await loadPlan(db, entry.subscription_id)
    return {
      allowed: entry.entry_status === 'approved',
      reason: entry.reason as 'OK' | DenyReason,
      entry_id: entry.id,
      entry_time: apiInstant(entry.entry_time)!,
      customer: customer ? { id: customer.id, full_name: customer.full_name, qr_code: customer.qr_code, phone: customer.phone } : null,
      subscription: plan ? presentForMember(plan, today) : null,
    }
  }

  return {
    async checkIn(input: CheckInInput, staff: AuthContext & { role: NonNullable<AuthContext['role']> }, idempotencyKey?: string) {
      const branchId = await resolveBranch(input, staff)
      const who = await identify(input, staff.subjectId, idempotencyKey, branchId)
      const now = clock.now()
      const today = localDate(now, config.gymTimezone)
      if (who.scanKey) {
        const earlier = await repo.findByScanKey(db, who.scanKey)
        if (earlier) return present(earlier, today)
      }
      const base = {
        customer_id: who.customerId, branch_id: branchId, entry_time: now.toISOString(), business_date: today,
        entry_type: who.entryType, staff_id: staff.subjectId, scan_key: who.scanKey,
      }
      try {
        const entry = await db.transaction().execute(async (tx) => {
          if (who.customerId === null) return repo.insertEntry(tx, { ...base, entry_status: 'denied', reason: who.denial ?? 'QR_INVALID' })
          await lockKey(tx, dialect, `entry:c:${who.customerId}`)
          const decision = await decide(tx, who.customerId, branchId, now, today)
          if ('reason' in decision) {
            return repo.insertEntry(tx, { ...base, entry_status: 'denied', reason: decision.reason, subscription_id: decision.subscriptionId ?? null })
          }
          const entry = await repo.insertEntry(tx, {
            ...base, entry_status: 'approved', reason: 'OK', subscription_id: decision.plan.id,
            coins_used: decision.plan.remaining_coins !== null ? 1 : 0,
            sessions_used: decision.plan.remaining_sessions !== null ? 1 : 0,
          })
          await charge(tx, decision.plan)
          return entry
        })
        return present(entry, today)
      } catch (error) {
        // A concurrent copy of the same scan got there first: answer what it answered.
        if (who.scanKey && uniqueViolationField(error)) {
          const earlier = await repo.findByScanKey(db, who.scanKey)
          if (earlier) return present(earlier, today)
        }
        throw error
      }
    },
  }

  async function decide(tx: Db, customerId: number, branchId: number, now: Date, today: string) {
    const customer = await customers.findById(tx, customerId)
    if (!customer?.is_active) return { reason: 'ACCOUNT_INACTIVE' as const }
    if (config.antiPassbackMinutes > 0) {
      const since = addSeconds(now, -config.antiPassbackMinutes * 60).toISOString()
      if (await repo.latestApprovedSince(tx, customerId, since)) return { reason: 'ALREADY_CHECKED_IN' as const }
    }
    const plans = await listEntryPlans(tx, customerId)
    const choice = choosePlan(plans, { branchId, today, localTime: localTime(now, config.gymTimezone) })
    if ('plan' in choice) return choice
    const related = plans.find((p) => p.branch_id === branchId && p.grants_gym_entry && p.status !== 'stopped')
    return { reason: choice.reason, subscriptionId: choice.reason === 'NO_ACTIVE_SUBSCRIPTION' ? undefined : related?.id }
  }
}

const planColumns = ['v.name', 'v.service_type', 'v.subscription_type', 'v.freeze_max_days', 'v.grants_gym_entry', 'v.entry_start_time', 'v.entry_end_time'] as const

const listEntryPlans = (db: Db, customerId: number) =>
  db
    .selectFrom('subscriptions as s')
    .innerJoin('services as v', 'v.id', 's.service_id')
    .selectAll('s')
    .select(planColumns)
    .where('s.customer_id', '=', customerId)
    .where('s.status', 'in', ['active', 'frozen'])
    .execute()

const loadPlan = (db: Db, subscriptionId: number) =>
  db
    .selectFrom('subscriptions as s')
    .innerJoin('services as v', 'v.id', 's.service_id')
    .selectAll('s')
    .select(planColumns)
    .where('s.id', '=', subscriptionId)
    .executeTakeFirst()

/** Takes one coin or session, only while one is left (the lock above already serialises the member). */
async function charge(tx: Db, plan: { id: number; remaining_coins: number | null; remaining_sessions: number | null }) {
  if (plan.remaining_coins === null && plan.remaining_sessions === null) return
  const column = plan.remaining_coins !== null ? 'remaining_coins' : 'remaining_sessions'
  const result = await tx
    .updateTable('subscriptions')
    .set((eb) => ({ [column]: eb(column, '-', 1) }))
    .where('id', '=', plan.id)
    .where(column, '>', 0)
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) !== 1) throw new AppError('CONFLICT', 'The plan ran out while checking in; please scan again.')
}
