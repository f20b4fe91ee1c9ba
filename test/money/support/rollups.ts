// The daily roll-ups summed afresh from the raw rows, written here independently of
// src/modules/reports/rollups.repository.ts, so a test can say "the roll-ups equal the ledger and
// the entry log" after any story.
import { sql } from 'kysely'
import { expect } from 'vitest'
import type { Db } from '../../../src/db/database.ts'

const plain = (rows: Array<Record<string, unknown>>) =>
  rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && k !== 'business_date' && /^\d+$/.test(v) ? Number(v) : v])))

/** What payment_day_totals and entry_day_counts should hold, from payments and entry_logs. */
export async function rollupsFromRaw(db: Db) {
  // A refund counts against the plan and the seller of the payment it corrects; absent ones are 0.
  const money = await sql<Record<string, unknown>>`
    select g.business_date, g.branch_id, g.transaction_type, g.payment_method, g.service_id, g.seller_id,
      sum(g.amount) as amount, sum(g.discount) as discount, count(*) as entries
    from (select p.business_date, p.branch_id, p.transaction_type, p.payment_method, p.amount, p.discount,
        coalesce((select s.service_id from subscriptions s where s.id = coalesce(p.subscription_id, o.subscription_id)), 0) as service_id,
        coalesce(case when p.transaction_type = 'refund' then o.created_by else p.created_by end, 0) as seller_id
      from payments p left join payments o on o.id = p.refund_of) g
    group by g.business_date, g.branch_id, g.transaction_type, g.payment_method, g.service_id, g.seller_id
    order by 1, 2, 3, 4, 5, 6`.execute(db)
  const visits = await sql<Record<string, unknown>>`
    select business_date, branch_id, entry_status, count(*) as entries from entry_logs
    group by business_date, branch_id, entry_status order by 1, 2, 3`.execute(db)
  return { payment_day_totals: plain(money.rows), entry_day_counts: plain(visits.rows) }
}

/** What the roll-up tables hold now, in the same order. */
export async function rollupsAsStored(db: Db) {
  const money = await sql<Record<string, unknown>>`
    select business_date, branch_id, transaction_type, payment_method, service_id, seller_id, amount, discount, entries
    from payment_day_totals order by 1, 2, 3, 4, 5, 6`.execute(db)
  const visits = await sql<Record<string, unknown>>`
    select business_date, branch_id, entry_status, entries from entry_day_counts order by 1, 2, 3`.execute(db)
  return { payment_day_totals: plain(money.rows), entry_day_counts: plain(visits.rows) }
}

export async function expectRollupsMatchRaw(db: Db) {
  const expected = await rollupsFromRaw(db)
  expect(expected.payment_day_totals.length, 'the story wrote payments').toBeGreaterThan(0)
  expect(await rollupsAsStored(db)).toEqual(expected)
}
