// The door. Every attempt is recorded (approved or denied, with the reason and the staff member).
// Each scan has a key (see scan-identity.ts) that is unique in the entry log: a network retry of
// a scan answers the first record and is charged once, a QR pass that already let someone in is
// refused (see scan-repeat.ts), and copies arriving together queue on a lock for that key.
import type { Config } from '../../config.ts'
import type { Db, Dialect } from '../../db/database.ts'
import { uniqueViolationField } from '../../db/errors.ts'
import { lockKey } from '../../db/locks.ts'
import type { Customer, EntryLog, StaffRole } from '../../db/types.ts'
import type { Clock } from '../../lib/clock.ts'
import { addSeconds, apiInstant, localDate, localTime } from '../../lib/dates.ts'
import { AppError } from '../../lib/errors.ts'
import { recordAudit, type Actor } from '../audit/audit.ts'
import * as customers from '../customers/customer.repository.ts'
import type { QrPassService } from '../qr/qr-token.ts'
import { branchScope, seesAllBranches } from '../staff/roles.ts'
import { presentForMember } from '../subscriptions/subscription-state.ts'
import { choosePlan, type DenyReason, type EntryPlan, type EntryReason } from './entry-rules.ts'
import { findBranch } from '../branches/branches.repository.ts'
import * as repo from './entry.repository.ts'
import { identifyScan, requireOneIdentifier, type Scan, type ScanInput } from './scan-identity.ts'
import { repeatOf } from './scan-repeat.ts'
import { opsEvents } from '../../lib/ops-events.ts'

export interface CheckInInput extends ScanInput {
  branch_id?: number
}

export interface CheckInStaff {
  subjectId: number
  role: StaffRole
  branchId: number | null
}

export type CheckInDeps = {
  db: Db
  dialect: Dialect
  config: Pick<Config, 'gymTimezone' | 'antiPassbackMinutes' | 'allowStaticQr'>
  clock: Clock
  qr: QrPassService
}

type Decision = { plan: EntryPlan } | { reason: DenyReason; plan?: EntryPlan }
/** What the attempt's transaction read, so the answer needs no second read: the member and the plan as they stand after the charge. */
type Seen = { customer?: Customer; plan?: EntryPlan }
/** What every record of this attempt shares, whatever the answer. */
type Base = Omit<Parameters<typeof repo.insertEntry>[1], 'entry_status' | 'reason'>

export type CheckInService = ReturnType<typeof createCheckInService>

export function createCheckInService(deps: CheckInDeps) {
  const { db, dialect, config, clock, qr } = deps

  /** The door's branch: the staff member's own, or the one an all-branch role names. */
  async function resolveBranch(input: CheckInInput, staff: CheckInStaff): Promise<number> {
    const acrossBranches = seesAllBranches(staff.role)
    const branchId = acrossBranches ? (input.branch_id ?? staff.branchId) : staff.branchId
    // A branch-scoped account without a branch has no door of its own.
    if (branchId === null && !acrossBranches) throw new AppError('NOT_FOUND', 'Branch not found.')
    if (branchId === null) {
      throw new AppError('VALIDATION_ERROR', 'Name the branch of this door in branch_id.', {
        details: { errors: [{ field: 'branch_id', message: 'is required' }] },
      })
    }
    if (input.branch_id !== undefined && input.branch_id !== branchId) throw new AppError('NOT_FOUND', 'Branch not found.')
    const branch = await findBranch(db, branchId)
    if (!branch?.is_active) throw new AppError('NOT_FOUND', 'Branch not found.')
    return branchId
  }

  /**
   * `replayed`: this answer repeats an earlier attempt's record; nobody new was admitted. A member
   * the desk may not see is left out (the reason still says why they may not enter).
   */
  async function present(entry: EntryLog, scan: Scan, today: string, replayed: boolean, seen?: Seen) {
    if (!replayed) opsEvents.emit('doorDecision', entry.reason, entry.branch_id, entry.entry_status === 'approved')
    const customer = entry.customer_id === null || !scan.visible
      ? undefined
      : seen?.customer?.id === entry.customer_id ? seen.customer : await customers.findById(db, entry.customer_id)
    const plan = entry.subscription_id === null || !scan.visible
      ? undefined
      : seen?.plan?.id === entry.subscription_id ? seen.plan : await repo.loadPlan(db, entry.subscription_id)
    return {
      allowed: entry.entry_status === 'approved',
      reason: entry.reason as EntryReason,
      entry_id: entry.id,
      entry_time: apiInstant(entry.entry_time)!,
      entry_type: entry.entry_type,
      replayed,
      customer: customer ? { id: customer.id, full_name: customer.full_name, qr_code: customer.qr_code, phone: customer.phone } : null,
      subscription: plan ? presentForMember(plan, today) : null,
    }
  }

  async function decide(tx: Db, customer: Customer | undefined, branchId: number, now: Date, today: string): Promise<Decision> {
    if (!customer?.is_active) return { reason: 'ACCOUNT_INACTIVE' }
    if (config.antiPassbackMinutes > 0) {
      const since = addSeconds(now, -config.antiPassbackMinutes * 60).toISOString()
      if (await repo.latestApprovedSince(tx, customer.id, since)) return { reason: 'ALREADY_CHECKED_IN' }
    }
    return choosePlan(await repo.entryPlans(tx, customer.id), { branchId, today, localTime: localTime(now, config.gymTimezone) })
  }

  /** Decides and records one attempt; runs inside the transaction, under the locks. */
  async function record(tx: Db, scan: Scan, base: Base, actor: Actor, now: Date): Promise<{ entry: EntryLog; seen: Seen }> {
    if (scan.customerId === null || scan.denial) {
      return { entry: await repo.insertEntry(tx, { ...base, entry_status: 'denied', reason: scan.denial ?? 'QR_INVALID' }), seen: {} }
    }
    // One member's attempts queue here, so anti-passback and the counter see each other's result.
    await lockKey(tx, dialect, `entry:customer:${scan.customerId}`)
    const customer = await customers.findById(tx, scan.customerId)
    const decision = await decide(tx, customer, base.branch_id, now, base.business_date)
    if ('reason' in decision) {
      const entry = await repo.insertEntry(tx, { ...base, entry_status: 'denied', reason: decision.reason, subscription_id: decision.plan?.id ?? null })
      return { entry, seen: { customer, plan: decision.plan } }
    }
    const { plan } = decision
    const counted = plan.remaining_coins !== null || plan.remaining_sessions !== null
    const entry = await repo.insertEntry(tx, {
      ...base, entry_status: 'approved', reason: 'OK', subscription_id: plan.id,
      coins_used: counted && plan.remaining_coins !== null ? 1 : 0,
      sessions_used: counted && plan.remaining_coins === null ? 1 : 0,
    })
    if (counted) {
      const taken = await repo.takeOne(tx, plan)
      // Cannot happen under the lock; if it did, the rollback also removes the entry above.
      if (!taken) throw new AppError('CONFLICT', 'The plan ran out while checking in; please scan again.')
      // The entry log is the record of the attempt itself; the audit trail records the counter it changed.
      await recordAudit(tx, clock, {
        actor, action: 'subscription.entry_charge', entityType: 'subscription', entityId: plan.id, branchId: plan.branch_id,
        before: { [taken.column]: taken.before }, after: { [taken.column]: taken.after },
      })
      return { entry, seen: { customer, plan: { ...plan, [taken.column]: taken.after } } }
    }
    return { entry, seen: { customer, plan } }
  }

  /** One attempt, in its transaction: a retry answers the earlier record, anything else is recorded. */
  async function attempt(tx: Db, scan: Scan, base: Base, actor: Actor, now: Date): Promise<{ entry: EntryLog; replayed: boolean; seen?: Seen }> {
    if (scan.scanKey) {
      // Copies of one scan arriving together wait here; the later ones find the first's row.
      await lockKey(tx, dialect, `entry:scan:${scan.scanKey}`)
      const earlier = await repo.findByScanKey(tx, scan.scanKey)
      const repeat = earlier && repeatOf(earlier, scan, { staffId: actor.staffId, branchId: base.branch_id, now })
      if (repeat === 'replay') return { entry: earlier!, replayed: true }
      if (repeat === 'pass_used') {
        // The key stays on the admission it belongs to (it is unique), so this refusal goes without it.
        const entry = await repo.insertEntry(tx, { ...base, scan_key: null, entry_status: 'denied', reason: 'ALREADY_CHECKED_IN' })
        return { entry, replayed: false }
      }
      if (repeat === 'new_attempt') await repo.releaseScanKey(tx, earlier!.id)
    }
    return { ...(await record(tx, scan, base, actor, now)), replayed: false }
  }

  return {
    async checkIn(input: CheckInInput, staff: CheckInStaff, request: { idempotencyKey?: string; requestId?: string } = {}) {
      requireOneIdentifier(input)
      const branchId = await resolveBranch(input, staff)
      const scan = await identifyScan(input, {
        db, qr, allowStaticQr: config.allowStaticQr, branchId, scope: branchScope(staff), staffId: staff.subjectId, idempotencyKey: request.idempotencyKey,
      })
      const now = clock.now()
      const today = localDate(now, config.gymTimezone)
      const actor: Actor = { staffId: staff.subjectId, role: staff.role, requestId: request.requestId }
      if (scan.scanKey) {
        // A retry is answered without a transaction; everything else is settled under the lock below.
        const earlier = await repo.findByScanKey(db, scan.scanKey)
        if (earlier && repeatOf(earlier, scan, { staffId: staff.subjectId, branchId, now }) === 'replay') return present(earlier, scan, today, true)
      }
      const base: Base = {
        customer_id: scan.customerId, branch_id: branchId, entry_time: now.toISOString(), business_date: today,
        entry_type: scan.entryType, staff_id: staff.subjectId, scan_key: scan.scanKey,
      }
      for (let tries = 1; ; tries++) {
        try {
          const { entry, replayed, seen } = await db.transaction().execute((tx) => attempt(tx, scan, base, actor, now))
          return present(entry, scan, today, replayed, seen)
        } catch (error) {
          // Another instance recorded the same scan between our check and our insert: go again, to find its row.
          if (tries === 1 && scan.scanKey && uniqueViolationField(error) === 'scan_key') continue
          throw error
        }
      }
    },
  }
}
