// Members as staff see and manage them: registration, search, edits, (de)activation and card
// numbers. Branch staff work only with their branch's members (others answer 404); who sees
// health data is decided in `health-privacy.ts` (see `present`).
import type { Config } from '../../config.ts'
import type { Db } from '../../db/database.ts'
import { translateDriverError } from '../../db/errors.ts'
import type { Customer } from '../../db/types.ts'
import type { Clock } from '../../lib/clock.ts'
import { apiInstant, localDate } from '../../lib/dates.ts'
import { AppError, invalidFields, type FieldError } from '../../lib/errors.ts'
import { pageOffset, pageResult } from '../../lib/pagination.ts'
import { randomCode } from '../../lib/random-code.ts'
import { normalizeEmail } from '../activation/identifier.ts'
import { recordAudit } from '../audit/audit.ts'
import type { SessionService } from '../auth/session.service.ts'
import { branchScope } from '../staff/roles.ts'
import { findBranch } from '../branches/branches.repository.ts'
import * as repo from './customer.repository.ts'
import type { CustomerListInput, RegisterCustomerInput, UpdateCustomerInput } from './customers.staff-schemas.ts'
import { healthFigures } from './health.ts'
import { HIDDEN_HEALTH, healthAccess } from './health-privacy.ts'
import { normalizePhone } from './phone.ts'

export type { StaffActor } from '../audit/audit.ts'
import type { StaffActor } from '../audit/audit.ts'

export interface CustomerDeps {
  db: Db
  clock: Clock
  config: Pick<Config, 'defaultPhoneRegion' | 'gymTimezone'>
  sessions: Pick<SessionService, 'endAll'>
}


/**
 * Rows as the actor may see them: health data (see `health-privacy.ts`, the one place the rule
 * lives) and the figures derived from it are null where the actor's role may not read them.
 */
async function present(deps: CustomerDeps, actor: StaffActor, rows: repo.CustomerWithBranch[]) {
  const access = healthAccess(actor.role)
  const trained = access === 'own_clients' ? await repo.trainedBy(deps.db, actor.staffId, rows.map((r) => r.id)) : undefined
  const today = localDate(deps.clock.now(), deps.config.gymTimezone)
  return rows.map((row) => {
    const shown = access === 'all' || (trained?.has(row.id) ?? false)
    const health = shown ? row : { ...row, ...HIDDEN_HEALTH }
    return {
      ...health,
      ...healthFigures(health, today),
      created_at: apiInstant(row.created_at)!,
      updated_at: apiInstant(row.updated_at)!,
    }
  })
}

export async function listCustomers(deps: CustomerDeps, actor: StaffActor, q: CustomerListInput) {
  const { rows, total } = await repo.listForStaff(
    deps.db,
    { scope: branchScope(actor), branchId: q.branch_id, isActive: q.is_active, search: q.search },
    { sort: q.sort, limit: q.per_page, offset: pageOffset(q) },
  )
  return pageResult(await present(deps, actor, rows), total, q)
}

export const QUICK_SEARCH_LIMIT = 20

export async function quickSearch(deps: CustomerDeps, actor: StaffActor, q: string) {
  const { rows } = await repo.listForStaff(deps.db, { scope: branchScope(actor), search: q }, { sort: 'name', limit: QUICK_SEARCH_LIMIT, offset: 0, count: false })
  return present(deps, actor, rows)
}

export async function getCustomer(deps: CustomerDeps, actor: StaffActor, id: number) {
  const row = await repo.findWithBranch(deps.db, id)
  if (!row || !inScope(actor, row)) throw notFound()
  return (await present(deps, actor, [row]))[0]!
}

export async function registerCustomer(deps: CustomerDeps, actor: StaffActor, input: RegisterCustomerInput) {
  const branchId = input.branch_id ?? actor.branchId
  if (branchId === null) throw invalidFields([{ field: 'branch_id', message: 'is required: your account has no branch' }])
  const values = {
    email: null, weight: null, height: null, gender: null, date_of_birth: null, address: null, national_id: null, health_notes: null,
    ...input, ...cleanInput(deps, input), branch_id: branchId,
  }
  const id = await withFreshQrCode((qrCode) => deps.db.transaction().execute(async (tx) => {
    await assertBranchInScope(tx, actor, branchId)
    const now = deps.clock.now().toISOString()
    const row = await repo.insert(tx, { ...values, qr_code: qrCode, created_at: now, updated_at: now }).catch(translateDriverError)
    await recordAudit(tx, deps.clock, { actor, action: 'customer.create', entityType: 'customer', entityId: row.id, branchId: row.branch_id, after: row })
    return row.id
  }))
  return getCustomer(deps, actor, id)
}

export async function updateCustomer(deps: CustomerDeps, actor: StaffActor, id: number, changes: UpdateCustomerInput) {
  const values = { ...changes, ...cleanInput(deps, changes) }
  await deps.db.transaction().execute(async (tx) => {
    const before = await findVisible(tx, actor, id)
    if (values.branch_id !== undefined) await assertBranchInScope(tx, actor, values.branch_id)
    await write(deps, tx, actor, 'customer.update', before, values)
  })
  return getCustomer(deps, actor, id)
}

/**
 * Deactivating also ends every signed-in session of the member, in the same transaction. A member
 * already in the asked state is answered as is, with no write and no audit record (as for staff
 * accounts and branches).
 */
export async function setCustomerActive(deps: CustomerDeps, actor: StaffActor, id: number, active: boolean) {
  await deps.db.transaction().execute(async (tx) => {
    const before = await findVisible(tx, actor, id)
    if (before.is_active === active) return
    await write(deps, tx, actor, active ? 'customer.activate' : 'customer.deactivate', before, { is_active: active })
    if (!active) await deps.sessions.endAll('client', id, 'deactivated', tx)
  })
  return getCustomer(deps, actor, id)
}

/** A new card number; the old one no longer finds the member (e.g. after a card is lost). */
export async function regenerateQrCode(deps: CustomerDeps, actor: StaffActor, id: number) {
  await withFreshQrCode((qrCode) => deps.db.transaction().execute(async (tx) => {
    const before = await findVisible(tx, actor, id)
    await write(deps, tx, actor, 'customer.regenerate_qr', before, { qr_code: qrCode })
  }))
  return getCustomer(deps, actor, id)
}

async function write(deps: CustomerDeps, tx: Db, actor: StaffActor, action: string, before: Customer, values: repo.CustomerChanges) {
  const after = await repo.update(tx, before.id, { ...values, updated_at: deps.clock.now().toISOString() }).catch(translateDriverError)
  await recordAudit(tx, deps.clock, { actor, action, entityType: 'customer', entityId: before.id, branchId: after?.branch_id, before, after })
}

const notFound = () => new AppError('NOT_FOUND', 'Customer not found.')

function inScope(actor: StaffActor, row: Customer): boolean {
  const scope = branchScope(actor)
  return scope === null || row.branch_id === scope
}

export async function findVisible(db: Db, actor: StaffActor, id: number): Promise<Customer> {
  const row = await repo.findById(db, id)
  if (!row || !inScope(actor, row)) throw notFound()
  return row
}

async function assertBranchInScope(db: Db, actor: StaffActor, branchId: number): Promise<void> {
  const scope = branchScope(actor)
  if ((scope !== null && branchId !== scope) || !(await findBranch(db, branchId))) {
    throw new AppError('NOT_FOUND', 'Branch not found.')
  }
}

/** Phone and email in their stored forms (the forms sign-in looks them up by), name trimmed. */
function cleanInput(deps: CustomerDeps, input: UpdateCustomerInput) {
  const errors: FieldError[] = []
  const out: { full_name?: string; phone?: string; email?: string | null } = {}
  if (input.full_name !== undefined) out.full_name = input.full_name.trim()
  if (input.phone !== undefined) {
    out.phone = normalizePhone(input.phone, deps.config.defaultPhoneRegion)
    if (!out.phone) errors.push({ field: 'phone', message: 'is not a valid phone number' })
  }
  if (input.email !== undefined) {
    out.email = input.email === null ? null : normalizeEmail(input.email)
    if (out.email === undefined) errors.push({ field: 'email', message: 'is not a valid email address' })
  }
  if (input.date_of_birth && input.date_of_birth > localDate(deps.clock.now(), deps.config.gymTimezone)) {
    errors.push({ field: 'date_of_birth', message: 'must not be in the future' })
  }
  if (errors.length) throw invalidFields(errors)
  return out
}

// Card numbers are random rather than "GYM-<id>": where ALLOW_STATIC_QR lets the typed number open
// the door, a sequential number would let anyone guess another member's, and regenerate-qr needs a
// fresh value an id-based scheme cannot give. 10 Crockford characters = 50 random bits.
export const newQrCode = (): string => `GYM-${randomCode(10)}`

/** Runs `work` with a new card number, again with another in the (vanishingly rare) event of a clash. */
async function withFreshQrCode<T>(work: (qrCode: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work(newQrCode())
    } catch (error) {
      const clash = error instanceof AppError && error.code === 'DUPLICATE' && error.details?.field === 'qr_code'
      if (!clash || attempt >= 3) throw error
    }
  }
}
