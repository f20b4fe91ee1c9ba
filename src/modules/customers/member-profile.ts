// The member's own profile (the seed's to_client_dict) and the two fields they may change.
import type { Db } from '../../db/database.ts'
import { AppError, invalidField } from '../../lib/errors.ts'
import { memberSubscriptions } from '../subscriptions/member-subscriptions.ts'
import * as repo from './customer.repository.ts'
import { bmi, bmiCategory } from './health.ts'

export async function memberProfile(db: Db, customerId: number, today: string) {
  // Independent reads: on PostgreSQL they travel together (two pool connections), not one after the other.
  const [customer, { current, hasActiveSubscription }] = await Promise.all([repo.findWithBranch(db, customerId), memberSubscriptions(db, customerId, today)])
  if (!customer) throw new AppError('NOT_FOUND', 'Customer not found.')
  const index = bmi(customer.weight, customer.height)
  return {
    id: customer.id,
    full_name: customer.full_name,
    phone: customer.phone,
    email: customer.email,
    qr_code: customer.qr_code,
    branch_name: customer.branch_name,
    weight: customer.weight,
    height: customer.height,
    bmi: index,
    bmi_category: bmiCategory(index),
    active_subscription: current,
    has_active_subscription: hasActiveSubscription,
  }
}

export async function updateMeasurements(db: Db, customerId: number, changes: { weight?: number; height?: number }, now: Date) {
  if (changes.weight === undefined && changes.height === undefined) {
    throw invalidField('body', 'must contain weight or height', 'Send weight, height or both.')
  }
  const updated = await repo.update(db, customerId, { ...changes, updated_at: now.toISOString() })
  if (!updated) throw new AppError('NOT_FOUND', 'Customer not found.')
}
