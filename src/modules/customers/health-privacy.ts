// Who may read a member's health data: the one place this rule lives. Health data is what a
// member's body and medical history reveal — `weight`, `height`, `date_of_birth` (with weight and
// height it fixes the BMR), `health_notes` — and every figure derived from them (`bmi`,
// `bmi_category`, `bmr`, `ideal_weight`, `daily_calories`). Name, contact details, gender, address
// and national id are not health data: the desk and accountants need them to serve and bill.
import type { StaffRole } from '../../db/types.ts'

/** What a role sees: every member's health data, only that of members it trains, or none. */
export type HealthAccess = 'all' | 'own_clients' | 'none'

const HEALTH_ACCESS: Record<StaffRole, HealthAccess> = {
  owner: 'all',
  branch_manager: 'all',
  front_desk: 'all', // registers and edits the measurements at the counter
  trainer: 'own_clients', // members with a subscription naming them as trainer
  accountant: 'none', // money roles: nothing in their work needs a member's body
  central_accountant: 'none',
}

export const healthAccess = (role: StaffRole): HealthAccess => HEALTH_ACCESS[role]

/** The stored health fields; the derived figures are computed from these, so hiding them hides those too. */
export const HIDDEN_HEALTH = { weight: null, height: null, date_of_birth: null, health_notes: null } as const
