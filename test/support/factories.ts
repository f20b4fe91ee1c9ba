// Test data, each piece made through the database with sensible defaults the test can override.
import type { FastifyInstance } from 'fastify'
import type { Db } from '../../src/db/database.ts'
import type { NewCustomer, StaffRole } from '../../src/db/types.ts'
import argon2 from 'argon2'
import type { MemoryNotifier } from './memory-notifier.ts'
import { call } from './app.ts'

const now = () => new Date('2026-02-11T09:00:00Z').toISOString()
const stamp = () => ({ created_at: now(), updated_at: now() })
let sequence = 0
const next = () => ++sequence

export const STAFF_PASSWORD = 'correct-horse-battery'
let staffHash: Promise<string> | undefined

export async function createBranch(db: Db, overrides: { name?: string; is_active?: boolean } = {}) {
  return db.insertInto('branches').values({ name: overrides.name ?? `Branch ${next()}`, address: null, phone: null, is_active: overrides.is_active ?? true, ...stamp() }).returningAll().executeTakeFirstOrThrow()
}

export async function createStaff(db: Db, role: StaffRole, branchId: number | null, overrides: { username?: string; is_active?: boolean } = {}) {
  // A real argon2id hash, made with small parameters: verifying reads them from the hash, so each
  // test login costs milliseconds instead of the production parameters' ~100 ms. Passwords set
  // through the API (create user, change password) still use the production parameters.
  staffHash ??= argon2.hash(STAFF_PASSWORD, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 })
  return db.insertInto('staff_users').values({
    username: overrides.username ?? `${role}${next()}`, password_hash: await staffHash, full_name: `Test ${role}`, role,
    branch_id: branchId, email: null, phone: null, is_active: overrides.is_active ?? true, ...stamp(),
  }).returningAll().executeTakeFirstOrThrow()
}

export async function staffToken(app: FastifyInstance, username: string): Promise<string> {
  const res = await call(app, 'POST', '/api/auth/login', { body: { username, password: STAFF_PASSWORD } })
  if (res.statusCode !== 200) throw new Error(`login failed for ${username}: ${res.body}`)
  return res.json().data.access_token
}

export async function createCustomer(db: Db, overrides: Partial<NewCustomer> = {}) {
  const n = next()
  return db.insertInto('customers').values({
    full_name: `Member ${n}`, phone: `0100${String(n).padStart(7, '0')}`, email: `member${n}@example.com`, qr_code: `GYM-T${n}`,
    branch_id: null, weight: null, height: null, gender: null, date_of_birth: null, address: null, national_id: null,
    health_notes: null, ...stamp(), ...overrides,
  }).returningAll().executeTakeFirstOrThrow()
}

export async function createService(db: Db, overrides: Partial<{ name: string; subscription_type: 'time_based' | 'coins' | 'sessions' | 'training'; duration_days: number; coins: number | null; sessions: number | null; freeze_max_days: number; entry_start_time: string | null; entry_end_time: string | null; grants_gym_entry: boolean; price: number }> = {}) {
  return db.insertInto('services').values({
    name: overrides.name ?? `Plan ${next()}`, service_type: 'gym', subscription_type: overrides.subscription_type ?? 'time_based',
    price: overrides.price ?? 50_000, duration_days: overrides.duration_days ?? 30, coins: overrides.coins ?? null, sessions: overrides.sessions ?? null,
    freeze_max_days: overrides.freeze_max_days ?? 7, freeze_count_limit: 2, freeze_cost: 0,
    entry_start_time: overrides.entry_start_time ?? null, entry_end_time: overrides.entry_end_time ?? null,
    grants_gym_entry: overrides.grants_gym_entry ?? true, branch_id: null, description: null, ...stamp(),
  }).returningAll().executeTakeFirstOrThrow()
}

export async function createSubscription(db: Db, values: { customerId: number; serviceId: number; branchId: number; start: string; end: string; status?: 'active' | 'frozen' | 'stopped' | 'expired'; coins?: number | null; sessions?: number | null; frozenSince?: string | null; freezeDaysUsed?: number }) {
  return db.insertInto('subscriptions').values({
    customer_id: values.customerId, service_id: values.serviceId, branch_id: values.branchId, start_date: values.start, end_date: values.end,
    status: values.status ?? 'active', total_coins: values.coins ?? null, remaining_coins: values.coins ?? null,
    total_sessions: values.sessions ?? null, remaining_sessions: values.sessions ?? null, frozen_since: values.frozenSince ?? null,
    freeze_days_used: values.freezeDaysUsed ?? 0, amount: 50_000, trainer_id: null, stop_reason: null, created_by: null, ...stamp(),
  }).returningAll().executeTakeFirstOrThrow()
}

/** Signs a member in through the real request/verify endpoints, reading the code from the notifier. */
export async function signInMember(app: FastifyInstance, notifier: MemoryNotifier, identifier: string, address = identifier) {
  const requested = await call(app, 'POST', '/api/clients/request-activation', { body: { identifier } })
  if (requested.statusCode !== 200) throw new Error(`request-activation failed: ${requested.body}`)
  const code = notifier.lastCodeFor(address)
  const verified = await call(app, 'POST', '/api/clients/verify-activation', { body: { identifier, activation_code: code } })
  if (verified.statusCode !== 200) throw new Error(`verify-activation failed: ${verified.body}`)
  const data = verified.json().data
  return { accessToken: data.access_token as string, refreshToken: data.refresh_token as string, client: data.client }
}
