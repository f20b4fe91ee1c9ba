// Plans (the API's /api/services): the rules a plan must satisfy and who may change which plans.
// Any staff member reads the plans of their scope (their branch's and the chain-wide ones); the
// owner writes any plan, a branch manager only their own branch's (routes declare who may write).
import type { Db, Dialect } from '../../db/database.ts'
import { translateDriverError } from '../../db/errors.ts'
import type { Service, ServiceTable } from '../../db/types.ts'
import type { Insertable } from 'kysely'
import type { Clock } from '../../lib/clock.ts'
import { apiInstant } from '../../lib/dates.ts'
import { AppError } from '../../lib/errors.ts'
import { recordAudit } from '../audit/audit.ts'
import { branchScope } from '../staff/roles.ts'
import { findBranch } from '../branches/branches.repository.ts'
import * as repo from './plans.repository.ts'
import type { CreatePlanInput, PlanListFilters, UpdatePlanInput } from './plans.schemas.ts'

export type { StaffActor } from '../audit/audit.ts'
import type { StaffActor } from '../audit/audit.ts'

export interface PlanDeps {
  db: Db
  dialect: Dialect
  clock: Clock
}

type PlanValues = Omit<Insertable<ServiceTable>, 'created_at' | 'updated_at'>

export const planToApi = (row: Service) => ({ ...row, created_at: apiInstant(row.created_at)!, updated_at: apiInstant(row.updated_at)! })

const visibleTo = (scope: number | null, plan: Service) => scope === null || plan.branch_id === null || plan.branch_id === scope

export async function listPlans(db: Db, actor: StaffActor, q: PlanListFilters) {
  const rows = await repo.list(db, {
    serviceType: q.service_type, subscriptionType: q.subscription_type, isActive: q.is_active,
    availableAt: q.branch_id, scope: branchScope(actor),
  })
  return rows.map(planToApi)
}

export async function getPlan(db: Db, actor: StaffActor, id: number) {
  return planToApi(await findVisible(db, actor, id))
}

export async function createPlan(deps: PlanDeps, actor: StaffActor, input: CreatePlanInput) {
  const scope = branchScope(actor)
  // Without a branch_id the plan lands where the caller works: the manager's branch, or (for the
  // owner, whose scope is every branch) the whole chain.
  const branchId = input.branch_id === undefined ? scope : input.branch_id
  const values: PlanValues = {
    coins: null, sessions: null, freeze_max_days: 0, freeze_count_limit: 0, freeze_cost: 0,
    entry_start_time: null, entry_end_time: null, grants_gym_entry: true, description: null, is_active: true,
    ...input, name: input.name.trim(), branch_id: branchId,
  }
  checkPlanRules(values)
  return deps.db.transaction().execute(async (tx) => {
    await assertWritableBranch(tx, scope, branchId)
    const now = deps.clock.now().toISOString()
    const row = await repo.insert(tx, { ...values, created_at: now, updated_at: now }).catch(translateDriverError)
    await recordAudit(tx, deps.clock, { actor, action: 'service.create', entityType: 'service', entityId: row.id, branchId: row.branch_id, after: row })
    return planToApi(row)
  })
}

export async function updatePlan(deps: PlanDeps, actor: StaffActor, id: number, changes: UpdatePlanInput) {
  return deps.db.transaction().execute(async (tx) => {
    await repo.lockForChange(tx, deps.dialect, id)
    const before = await findWritable(tx, actor, id)
    const next = { ...changes, ...(changes.name === undefined ? {} : { name: changes.name.trim() }) }
    await assertSoldTermsKept(tx, before, next)
    if (next.branch_id !== undefined) await assertWritableBranch(tx, branchScope(actor), next.branch_id)
    checkPlanRules({ ...before, ...next })
    const row = await repo.update(tx, id, { ...next, updated_at: deps.clock.now().toISOString() }).catch(translateDriverError)
    await recordAudit(tx, deps.clock, { actor, action: 'service.update', entityType: 'service', entityId: id, branchId: row.branch_id, before, after: row })
    return planToApi(row)
  })
}

export async function setPlanActive(deps: PlanDeps, actor: StaffActor, id: number, active: boolean) {
  return deps.db.transaction().execute(async (tx) => {
    const before = await findWritable(tx, actor, id)
    const row = await repo.update(tx, id, { is_active: active, updated_at: deps.clock.now().toISOString() })
    await recordAudit(tx, deps.clock, {
      actor, action: active ? 'service.activate' : 'service.deactivate', entityType: 'service', entityId: id, branchId: row.branch_id, before, after: row,
    })
    return planToApi(row)
  })
}

async function findVisible(db: Db, actor: StaffActor, id: number): Promise<Service> {
  const plan = await repo.findById(db, id)
  if (!plan || !visibleTo(branchScope(actor), plan)) throw new AppError('NOT_FOUND', 'Plan not found.')
  return plan
}

async function findWritable(db: Db, actor: StaffActor, id: number): Promise<Service> {
  const plan = await findVisible(db, actor, id)
  await assertWritableBranch(db, branchScope(actor), plan.branch_id)
  return plan
}

/** A branch-scoped writer may only touch their own branch's plans; chain-wide plans are the owner's. */
async function assertWritableBranch(db: Db, scope: number | null, branchId: number | null): Promise<void> {
  if (branchId === null) {
    // The manager can see chain-wide plans, so saying "not found" would be a lie: say why instead.
    if (scope !== null) throw new AppError('FORBIDDEN', 'Only the owner may manage plans offered at every branch.')
    return
  }
  if ((scope !== null && branchId !== scope) || !(await findBranch(db, branchId))) {
    throw new AppError('NOT_FOUND', 'Branch not found.')
  }
}

/**
 * What a sale fixes for the member: the kind of plan (the one-live-plan-per-type rule and the door
 * depend on it) and what one period grants. Once anyone holds the plan, changing these would rewrite
 * the terms they bought, so a different offer is a new plan. The price may change (each sale copies
 * its amount); entry hours, grants_gym_entry and the freeze rules apply to everyone holding the plan.
 */
const SOLD_TERMS = ['service_type', 'subscription_type', 'coins', 'sessions', 'duration_days'] as const

async function assertSoldTermsKept(db: Db, before: Service, next: UpdatePlanInput): Promise<void> {
  const changed = SOLD_TERMS.filter((field) => next[field] !== undefined && next[field] !== before[field])
  if (changed.length === 0 || !(await repo.hasSubscriptions(db, before.id))) return
  throw new AppError(
    'BUSINESS_RULE',
    `This plan has been sold, so its ${changed.join(', ')} cannot change; create a new plan instead (and take this one off sale if it should no longer be sold).`,
    { details: { field: changed[0] } },
  )
}

type PlanShape = Pick<PlanValues, 'subscription_type' | 'coins' | 'sessions' | 'entry_start_time' | 'entry_end_time'>

/** The rules between fields, checked on the plan as it will be stored (after a partial update too). */
export function checkPlanRules(plan: PlanShape): void {
  const errors: { field: string; message: string }[] = []
  const counted = (field: 'coins' | 'sessions', needed: boolean, kinds: string) => {
    const value = plan[field] ?? null
    if (needed && value === null) errors.push({ field, message: `is required for ${kinds} plans` })
    if (!needed && value !== null) errors.push({ field, message: `must be empty unless subscription_type is ${kinds}` })
  }
  counted('coins', plan.subscription_type === 'coins', 'coins')
  counted('sessions', plan.subscription_type === 'sessions' || plan.subscription_type === 'training', 'sessions or training')
  const start = plan.entry_start_time ?? null
  const end = plan.entry_end_time ?? null
  if (start === null && end !== null) errors.push({ field: 'entry_start_time', message: 'is required when entry_end_time is set' })
  if (start !== null && end === null) errors.push({ field: 'entry_end_time', message: 'is required when entry_start_time is set' })
  if (start !== null && start === end) errors.push({ field: 'entry_end_time', message: 'must differ from entry_start_time' })
  if (errors.length) {
    throw new AppError('VALIDATION_ERROR', `Invalid ${errors.map((e) => e.field).join(', ')}.`, { details: { errors } })
  }
}
