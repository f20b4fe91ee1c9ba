// What the money lists share: which branch a caller may ask about, and a valid gym-local date range.
import Type from 'typebox'
import { AppError, invalidField } from '../../lib/errors.ts'
import { Id } from '../../lib/schema.ts'
import type { StaffActor } from '../audit/audit.ts'
import { branchScope } from '../staff/roles.ts'

type Scoped = Pick<StaffActor, 'role' | 'branchId'>

export const IdParams = Type.Object({ id: Id() })

/** ?from=&to= on the gym's local calendar (GYM_TIMEZONE), both inclusive. */
export const DateRangeQuery = {
  from: Type.Optional(Type.String({ format: 'date', description: "first gym-local day (GYM_TIMEZONE), inclusive" })),
  to: Type.Optional(Type.String({ format: 'date', description: 'last gym-local day, inclusive' })),
}

export function assertDateRange(q: { from?: string; to?: string }): void {
  if (q.from !== undefined && q.to !== undefined && q.from > q.to) throw invalidField('from', 'must not be after to')
}

/**
 * The branch a list is confined to: a branch-scoped caller's own (naming another answers 404, as
 * anything outside their scope does), or what an all-branch caller asked for (undefined: all).
 */
export function listBranch(caller: Scoped, requested: number | undefined): number | undefined {
  const scope = branchScope(caller)
  if (scope === null) return requested
  if (requested !== undefined && requested !== scope) throw new AppError('NOT_FOUND', 'Branch not found.')
  return scope
}

/** True when a record of `branchId` is inside the caller's scope (a record of no branch: only for all-branch callers). */
export function inScope(caller: Scoped, branchId: number | null): boolean {
  const scope = branchScope(caller)
  return scope === null || scope === branchId
}
