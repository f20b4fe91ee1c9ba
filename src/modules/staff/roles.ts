// The six staff roles: rank (an account manages only accounts ranked strictly below its own) and
// scope (all branches, or the account's own branch only).
import type { StaffRole } from '../../db/types.ts'

/** Every staff role, highest rank first. */
export const STAFF_ROLES = ['owner', 'branch_manager', 'central_accountant', 'accountant', 'trainer', 'front_desk'] as const satisfies readonly StaffRole[]

export const ROLE_RANK: Record<StaffRole, number> = {
  owner: 90,
  branch_manager: 70,
  central_accountant: 60,
  accountant: 50,
  trainer: 15,
  front_desk: 10,
}

const ALL_BRANCHES: ReadonlySet<StaffRole> = new Set(['owner', 'central_accountant'])

export const seesAllBranches = (role: StaffRole): boolean => ALL_BRANCHES.has(role)

export const outranks = (actor: StaffRole, target: StaffRole): boolean => ROLE_RANK[actor] > ROLE_RANK[target]

/**
 * The branch an account's reads and writes are confined to, or null for all branches. Data
 * outside it answers 404, never 403, so nothing hints that it exists.
 */
export function branchScope(auth: { role: StaffRole; branchId: number | null }): number | null {
  return seesAllBranches(auth.role) ? null : (auth.branchId ?? -1)
}
