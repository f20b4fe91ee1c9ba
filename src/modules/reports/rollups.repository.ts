// The daily roll-ups the reports read (migration 20261130_0011_rollups): money per day, branch,
// transaction type, method, plan and seller; entry attempts per day, branch and outcome. Each ledger
// row and each entry adds itself here in the transaction that writes it (recordPayment, insertEntry),
// so a rolled-back write leaves no trace. Rows written in bulk by SQL (the bench's data, an import)
// are summed afterwards by rebuildRollups, which an operator can also run (`npm run admin -- rebuild-rollups`).
import { sql, type Insertable } from 'kysely'
import type { Db } from '../../db/database.ts'
import { prepared } from '../../db/prepared.ts'
import type { EntryLogTable, EntryStatus } from '../../db/types.ts'

const PAYMENT_KEY = ['business_date', 'branch_id', 'transaction_type', 'payment_method', 'service_id', 'seller_id'] as const
const ENTRY_KEY = ['business_date', 'branch_id', 'entry_status'] as const

// A refund counts against the plan and the seller of the payment it corrects, as the reports count it.
const SERVICE_OF = sql`coalesce(s.service_id, 0)`
const SELLER_OF = sql`coalesce(case when p.transaction_type = 'refund' then o.created_by else p.created_by end, 0)`
const LEDGER = sql`payments p left join payments o on o.id = p.refund_of left join subscriptions s on s.id = coalesce(p.subscription_id, o.subscription_id)`
const paymentColumns = sql.raw(`${PAYMENT_KEY.join(', ')}, amount, discount, entries`)

/** Adds one ledger row (just inserted, same transaction) to its day's totals: one statement. */
export async function addPaymentToRollup(tx: Db, paymentId: number): Promise<void> {
  await sql`insert into payment_day_totals (${paymentColumns})
    select p.business_date, p.branch_id, p.transaction_type, p.payment_method, ${SERVICE_OF}, ${SELLER_OF}, p.amount, p.discount, 1
    from ${LEDGER} where p.id = ${paymentId}
    on conflict (${sql.raw(PAYMENT_KEY.join(', '))}) do update set amount = payment_day_totals.amount + excluded.amount,
      discount = payment_day_totals.discount + excluded.discount, entries = payment_day_totals.entries + excluded.entries`.execute(tx)
}

/** Counts one entry attempt (just inserted, same transaction) on its day: one statement. */
export async function addEntryToRollup(tx: Db, entry: Pick<Insertable<EntryLogTable>, 'business_date' | 'branch_id' | 'entry_status'>): Promise<void> {
  await countEntry(tx, { business_date: entry.business_date, branch_id: entry.branch_id, entry_status: entry.entry_status })
}

// Runs with every door attempt, so it is built once (see db/prepared.ts).
const countEntry = prepared((tx, a: { business_date: string; branch_id: number; entry_status: EntryStatus }) => tx
  .insertInto('entry_day_counts')
  .values({ business_date: a.business_date, branch_id: a.branch_id, entry_status: a.entry_status, entries: 1 })
  .onConflict((oc) => oc.columns([...ENTRY_KEY]).doUpdateSet({ entries: sql`entry_day_counts.entries + 1` })))

export interface RollupDays {
  /** First gym-local day to rebuild; every day when omitted. */
  from?: string
  to?: string
}

const dayRange = (column: string, days: RollupDays) => sql`${days.from ? sql`and ${sql.ref(column)} >= ${days.from}` : sql``}
  ${days.to ? sql`and ${sql.ref(column)} <= ${days.to}` : sql``}`

export type RebuiltRollups = { payment_day_totals: number; entry_day_counts: number }

/**
 * Recomputes both roll-ups from the raw rows for the days given (all days by default), inside the
 * caller's transaction: for data written in bulk by SQL, or to repair them after an operator's hand
 * edit. Returns how many roll-up rows each now holds for those days.
 */
export async function rebuildRollupsIn(tx: Db, days: RollupDays = {}): Promise<RebuiltRollups> {
  await sql`delete from payment_day_totals where 1 = 1 ${dayRange('business_date', days)}`.execute(tx)
  const money = await sql`insert into payment_day_totals (${paymentColumns})
    select p.business_date, p.branch_id, p.transaction_type, p.payment_method, ${SERVICE_OF}, ${SELLER_OF}, sum(p.amount), sum(p.discount), count(*)
    from ${LEDGER} where 1 = 1 ${dayRange('p.business_date', days)}
    group by p.business_date, p.branch_id, p.transaction_type, p.payment_method, ${SERVICE_OF}, ${SELLER_OF}`.execute(tx)
  await sql`delete from entry_day_counts where 1 = 1 ${dayRange('business_date', days)}`.execute(tx)
  const visits = await sql`insert into entry_day_counts (${sql.raw(`${ENTRY_KEY.join(', ')}, entries`)})
    select e.business_date, e.branch_id, e.entry_status, count(*) from entry_logs e where 1 = 1 ${dayRange('e.business_date', days)}
    group by e.business_date, e.branch_id, e.entry_status`.execute(tx)
  return { payment_day_totals: Number(money.numAffectedRows ?? 0), entry_day_counts: Number(visits.numAffectedRows ?? 0) }
}

/** rebuildRollupsIn in a transaction of its own. */
export const rebuildRollups = (db: Db, days: RollupDays = {}) => db.transaction().execute((tx) => rebuildRollupsIn(tx, days))
