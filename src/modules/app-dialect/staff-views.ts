// The staff Flutter app's view of Spotter's data (contract staff-app-*.json): field names it
// reads, money in major units. Fields are picked explicitly, so nothing secret is ever passed on.
import type { Db } from '../../db/database.ts'
import type { StaffUser } from '../../db/types.ts'
import { memberSubscriptions } from '../subscriptions/member-subscriptions.ts'
import { presentStaff } from '../staff/staff-auth.service.ts'
import { toMajor } from './dialect.ts'

const CUSTOMER_FIELDS = [
  'id', 'full_name', 'phone', 'email', 'qr_code', 'branch_id', 'branch_name', 'gender', 'date_of_birth', 'weight', 'height',
  'address', 'national_id', 'bmi', 'bmi_category', 'bmr', 'ideal_weight', 'daily_calories', 'is_active', 'created_at', 'updated_at',
] as const

type StaffCustomer = { [K in (typeof CUSTOMER_FIELDS)[number]]: unknown } & { id: number; date_of_birth: string | null }

function ageOn(dateOfBirth: string | null, today: string): number | null {
  if (!dateOfBirth) return null
  const years = Number(today.slice(0, 4)) - Number(dateOfBirth.slice(0, 4))
  return today.slice(5) < dateOfBirth.slice(5) ? years - 1 : years
}

/** The app's CustomerModel, from a customer as the staff service presents it. */
export function appCustomer(customer: StaffCustomer, today: string, passwordChanged?: boolean) {
  const picked = Object.fromEntries(CUSTOMER_FIELDS.map((k) => [k, customer[k]]))
  return { ...picked, id: customer.id, customer_id: customer.id, age: ageOn(customer.date_of_birth, today), ...(passwordChanged === undefined ? {} : { password_changed: passwordChanged }) }
}

/** Adds what the members list shows beside each member: whether a plan admits them today, and which. */
export async function withPlanState<T extends { id: number }>(db: Db, customers: T[], today: string) {
  return Promise.all(customers.map(async (c) => {
    const { current, hasActiveSubscription } = await memberSubscriptions(db, c.id, today)
    return { ...c, has_active_subscription: hasActiveSubscription, subscription_status: current?.status ?? null, active_subscription: current }
  }))
}

/** A plan as ServiceModel reads it: the price in major units. */
export const appPlan = (plan: { price: number; freeze_cost: number; service_type: string }) =>
  ({ ...plan, price: toMajor(plan.price), freeze_cost: toMajor(plan.freeze_cost), category: plan.service_type })

/** The login answer's `user`, with the fields the staff app reads. */
export const appStaffUser = (user: StaffUser) => ({ ...presentStaff(user), preferred_language: null })
