// Daily roll-ups for the reports and dashboards (issue 7), and the ledger's newest-first index.
// Frozen once shipped.
//
// payment_day_totals: the ledger summed per gym-local day, branch, transaction type, method, plan
// (service) and seller; a refund counts against the plan and the seller of the payment it corrects,
// as the reports count it. entry_day_counts: entry attempts per day, branch and outcome. Both are
// filled here from the rows already written; from then on every ledger row and entry adds itself in
// its own transaction (src/modules/reports/rollups.repository.ts, which also rebuilds them).
// payments_created_idx serves the ledger list with no date range (newest first).
import { sql, type Kysely } from 'kysely'
import { columnTypes, dialectOf } from '../schema-helpers.ts'

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(await dialectOf(db))
  await db.schema.createTable('payment_day_totals')
    .addColumn('business_date', t.date, (c) => c.notNull())
    .addColumn('branch_id', 'integer', (c) => c.notNull())
    .addColumn('transaction_type', 'varchar(16)', (c) => c.notNull())
    .addColumn('payment_method', 'varchar(16)', (c) => c.notNull())
    .addColumn('service_id', 'integer', (c) => c.notNull())
    .addColumn('seller_id', 'integer', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('discount', 'bigint', (c) => c.notNull())
    .addColumn('entries', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('payment_day_totals_pk', ['business_date', 'branch_id', 'transaction_type', 'payment_method', 'service_id', 'seller_id'])
    .execute()
  await db.schema.createTable('entry_day_counts')
    .addColumn('business_date', t.date, (c) => c.notNull())
    .addColumn('branch_id', 'integer', (c) => c.notNull())
    .addColumn('entry_status', 'varchar(16)', (c) => c.notNull())
    .addColumn('entries', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('entry_day_counts_pk', ['business_date', 'branch_id', 'entry_status'])
    .execute()

  await sql`insert into payment_day_totals (business_date, branch_id, transaction_type, payment_method, service_id, seller_id, amount, discount, entries)
    select p.business_date, p.branch_id, p.transaction_type, p.payment_method, coalesce(s.service_id, 0),
      coalesce(case when p.transaction_type = 'refund' then o.created_by else p.created_by end, 0), sum(p.amount), sum(p.discount), count(*)
    from payments p left join payments o on o.id = p.refund_of left join subscriptions s on s.id = coalesce(p.subscription_id, o.subscription_id)
    group by p.business_date, p.branch_id, p.transaction_type, p.payment_method, coalesce(s.service_id, 0),
      coalesce(case when p.transaction_type = 'refund' then o.created_by else p.created_by end, 0)`.execute(db)
  await sql`insert into entry_day_counts (business_date, branch_id, entry_status, entries)
    select e.business_date, e.branch_id, e.entry_status, count(*) from entry_logs e
    group by e.business_date, e.branch_id, e.entry_status`.execute(db)

  await db.schema.createIndex('payments_created_idx').on('payments').columns(['created_at', 'id']).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('payments_created_idx').execute()
  await db.schema.dropTable('entry_day_counts').execute()
  await db.schema.dropTable('payment_day_totals').execute()
}
