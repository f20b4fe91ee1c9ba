// Branches of the one gym business. Every staff account may list and read branches, but
// branch-scoped accounts only their own (others answer 404). Only the owner creates, edits,
// deactivates or activates a branch: address and phone are rarely changed and one rule is simpler
// than letting a manager edit part of their branch.
import type { Config } from '../../config.ts'
import type { Db } from '../../db/database.ts'
import { translateDriverError } from '../../db/errors.ts'
import type { Branch } from '../../db/types.ts'
import type { Clock } from '../../lib/clock.ts'
import { apiInstant } from '../../lib/dates.ts'
import { AppError, invalidField } from '../../lib/errors.ts'
import { pageOffset, pageResult } from '../../lib/pagination.ts'
import { recordAudit } from '../audit/audit.ts'
import { normalizePhone } from '../customers/phone.ts'
import { branchScope } from '../staff/roles.ts'
import type { StaffActor } from '../audit/audit.ts'
import * as repo from './branches.repository.ts'

export interface BranchDeps {
  db: Db
  clock: Clock
  config: Pick<Config, 'defaultPhoneRegion'>
}

type BranchFields = { name?: string; address?: string | null; phone?: string | null }

export const presentBranch = (b: Branch) => ({
  id: b.id, name: b.name, address: b.address, phone: b.phone, is_active: b.is_active,
  created_at: apiInstant(b.created_at)!, updated_at: apiInstant(b.updated_at)!,
})

const duplicateName = () =>
  new AppError('DUPLICATE', 'A branch with this name already exists.', { details: { field: 'name' } })

/** Trims the fields sent, treats empty as "none", checks the phone and that the name is free. */
async function clean(deps: BranchDeps, body: BranchFields, exceptId?: number): Promise<BranchFields> {
  const out: BranchFields = {}
  if (body.name !== undefined) {
    out.name = body.name.trim()
    // Names differing only in case would confuse everyone choosing a branch from a list.
    if (await repo.findBranchNamed(deps.db, out.name, exceptId)) throw duplicateName()
  }
  if (body.address !== undefined) out.address = body.address?.trim() || null
  if (body.phone !== undefined) {
    const raw = body.phone?.trim() || null
    out.phone = raw === null ? null : (normalizePhone(raw, deps.config.defaultPhoneRegion) ?? null)
    if (raw !== null && out.phone === null) throw invalidField('phone', 'is not a valid phone number')
  }
  return out
}

async function loadInScope(db: Db, actor: Pick<StaffActor, 'role' | 'branchId'>, id: number): Promise<Branch> {
  const branch = await repo.findBranch(db, id)
  const scope = branchScope(actor)
  if (!branch || (scope !== null && branch.id !== scope)) throw new AppError('NOT_FOUND', 'Branch not found.')
  return branch
}

export async function listBranches(db: Db, actor: StaffActor, q: { page: number; per_page: number; is_active?: boolean }) {
  const { rows, total } = await repo.listBranches(db, { scope: branchScope(actor), isActive: q.is_active }, { limit: q.per_page, offset: pageOffset(q) })
  return pageResult(rows.map(presentBranch), total, q)
}

export const getBranch = async (db: Db, actor: StaffActor, id: number) => presentBranch(await loadInScope(db, actor, id))

export async function createBranch(deps: BranchDeps, actor: StaffActor, body: BranchFields & { name: string }) {
  const fields = await clean(deps, body)
  const now = deps.clock.now().toISOString()
  return deps.db.transaction().execute(async (tx) => {
    const branch = await repo.insertBranch(tx, {
      name: fields.name!, address: fields.address ?? null, phone: fields.phone ?? null, created_at: now, updated_at: now,
    }).catch(translateDriverError)
    await recordAudit(tx, deps.clock, { actor, action: 'branch.create', entityType: 'branch', entityId: branch.id, branchId: branch.id, after: presentBranch(branch) })
    return presentBranch(branch)
  })
}

export async function updateBranch(deps: BranchDeps, actor: StaffActor, id: number, body: BranchFields) {
  const branch = await loadInScope(deps.db, actor, id)
  const fields = await clean(deps, body, id)
  return deps.db.transaction().execute(async (tx) => {
    const updated = await repo.updateBranch(tx, id, { ...fields, updated_at: deps.clock.now().toISOString() }).catch(translateDriverError)
    await recordAudit(tx, deps.clock, { actor, action: 'branch.update', entityType: 'branch', entityId: id, branchId: id, before: presentBranch(branch), after: presentBranch(updated) })
    return presentBranch(updated)
  })
}

/** Deactivating a branch moves nobody and keeps its records readable; its door stops admitting and no new staff can be placed there. */
export async function setBranchActive(deps: BranchDeps, actor: StaffActor, id: number, active: boolean) {
  const branch = await loadInScope(deps.db, actor, id)
  if (branch.is_active === active) return presentBranch(branch)
  return deps.db.transaction().execute(async (tx) => {
    const updated = await repo.updateBranch(tx, id, { is_active: active, updated_at: deps.clock.now().toISOString() })
    await recordAudit(tx, deps.clock, {
      actor, action: active ? 'branch.activate' : 'branch.deactivate', entityType: 'branch', entityId: id, branchId: id,
      before: { is_active: branch.is_active }, after: { is_active: updated.is_active },
    })
    return presentBranch(updated)
  })
}
