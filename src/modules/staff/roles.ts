// The six staff roles: rank (an account manages only accounts ranked strictly below its own) and
// scope (all branches, or the account's own branch only).
import type { StaffRole } from '../../db/types.ts'

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
