// The demo data itself (branch "Dragon Club", staff, plans, three members, sales and visits), written
// into an empty database by `npm run dev` (scripts/seed-demo.ts) and used by tests that need a
// realistic small gym (test/ops/migrate-data.test.ts).
import type { Config } from '../src/config.ts'
import type { Db } from '../src/db/database.ts'
import { addDays, localDate } from '../src/lib/dates.ts'
import { hashPassword } from '../src/lib/passwords.ts'
import { normalizePhone } from '../src/modules/customers/phone.ts'
import { addEntryToRollup, addPaymentToRollup } from '../src/modules/reports/rollups.repository.ts'

export const DEMO_PASSWORD = 'spotter-demo'

export async function seedDemoData(tx: Db, config: Pick<Config, 'gymTimezone' | 'defaultPhoneRegion'>, now = new Date()): Promise<void> {
  const stamp = { created_at: now.toISOString(), updated_at: now.toISOString() }
  const today = localDate(now, config.gymTimezone)
  const phone = (raw: string) => normalizePhone(raw, config.defaultPhoneRegion)!

  const branch = await tx.insertInto('branches').values({ name: 'Dragon Club', address: '12 Nile Street, Cairo', phone: '0223456789', ...stamp }).returning('id').executeTakeFirstOrThrow()
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  const staff = [
    { username: 'owner', full_name: 'Gym Owner', role: 'owner' as const, branch_id: null },
    { username: 'manager', full_name: 'Mona Manager', role: 'branch_manager' as const, branch_id: branch.id },
    { username: 'desk', full_name: 'Dina Desk', role: 'front_desk' as const, branch_id: branch.id },
  ]
  const ids: Record<string, number> = {}
  for (const s of staff) {
    const row = await tx.insertInto('staff_users').values({ ...s, password_hash: passwordHash, email: null, phone: null, ...stamp }).returning('id').executeTakeFirstOrThrow()
    ids[s.username] = row.id
  }

  const monthly = await tx.insertInto('services').values({
    name: 'Monthly Gym', service_type: 'gym', subscription_type: 'time_based', price: 50_000, duration_days: 30,
    coins: null, sessions: null, freeze_max_days: 7, freeze_count_limit: 2, freeze_cost: 0, entry_start_time: null,
    entry_end_time: null, branch_id: null, description: 'Unlimited gym entry for 30 days', ...stamp,
  }).returning('id').executeTakeFirstOrThrow()
  const visits = await tx.insertInto('services').values({
    name: '10-Visit Pass', service_type: 'gym', subscription_type: 'coins', price: 25_000, duration_days: 90,
    coins: 10, sessions: null, freeze_max_days: 0, freeze_count_limit: 0, freeze_cost: 0, entry_start_time: null,
    entry_end_time: null, branch_id: null, description: 'Ten gym entries within 90 days', ...stamp,
  }).returning('id').executeTakeFirstOrThrow()

  const member = (full_name: string, rawPhone: string, email: string | null, qr: string, extra: object = {}) =>
    tx.insertInto('customers').values({
      full_name, phone: phone(rawPhone), email, qr_code: qr, branch_id: branch.id, weight: null, height: null,
      gender: null, date_of_birth: null, address: null, national_id: null, health_notes: null, ...stamp, ...extra,
    }).returning('id').executeTakeFirstOrThrow()
  const ahmed = await member('Ahmed Hassan', '01234567890', 'ahmed@example.com', 'GYM-000001', { weight: 80, height: 175, gender: 'male', date_of_birth: '1994-05-20' })
  const sara = await member('Sara Ali', '01112223334', 'sara@example.com', 'GYM-000002', { weight: 62, height: 165, gender: 'female' })
  await member('Omar Inactive', '01099988877', null, 'GYM-000003', { is_active: false })

  const sell = async (customerId: number, serviceId: number, price: number, start: string, days: number, coins: number | null) => {
    const sub = await tx.insertInto('subscriptions').values({
      customer_id: customerId, service_id: serviceId, branch_id: branch.id, start_date: start, end_date: addDays(start, days),
      status: 'active', total_coins: coins, remaining_coins: coins, total_sessions: null, remaining_sessions: null,
      frozen_since: null, amount: price, trainer_id: null, stop_reason: null, created_by: ids.desk!, ...stamp,
    }).returning('id').executeTakeFirstOrThrow()
    const paid = await tx.insertInto('payments').values({
      reference: `PAY-DEMO-${sub.id}`, branch_id: branch.id, customer_id: customerId, subscription_id: sub.id, amount: price,
      payment_method: 'cash', transaction_type: 'subscription', notes: null, created_by: ids.desk!, created_at: now.toISOString(), business_date: start,
    }).returning('id').executeTakeFirstOrThrow()
    await addPaymentToRollup(tx, paid.id)
    return sub.id
  }
  const ahmedSub = await sell(ahmed.id, monthly.id, 50_000, addDays(today, -14), 30, null)
  await sell(sara.id, visits.id, 25_000, addDays(today, -3), 90, 10)

  for (let daysAgo = 13; daysAgo >= 1; daysAgo -= 3) {
    const at = new Date(now.getTime() - daysAgo * 86_400_000)
    const entry = {
      customer_id: ahmed.id, branch_id: branch.id, subscription_id: ahmedSub, entry_time: at.toISOString(),
      business_date: localDate(at, config.gymTimezone), entry_type: 'qr_scan', entry_status: 'approved', reason: 'OK',
      staff_id: ids.desk!, scan_key: null,
    } as const
    await tx.insertInto('entry_logs').values(entry).execute()
    await addEntryToRollup(tx, entry)
  }
}
