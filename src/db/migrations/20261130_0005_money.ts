// The money side beyond the sales ledger: refunds as ledger rows of their own, the evening cash
// count (one per branch and local day) and expenses with their review. Frozen once shipped.
//
// A refund is a payments row with transaction_type 'refund', a positive amount (what left the
// till), discount 0 and refund_of naming the payment it corrects. Revenue of any period is
// sum(amount - discount) of non-refund rows minus sum(amount) of refund rows, on business_date.
import { sql, type Kysely } from 'kysely'
import { columnTypes, dialectOf } from '../schema-helpers.ts'

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(await dialectOf(db))

  await db.schema.alterTable('payments').addColumn('refund_of', 'integer', (c) => c.references('payments.id')).execute()
  await db.schema.createIndex('payments_refund_of_idx').on('payments').column('refund_of').execute()
  await db.schema.createIndex('payments_day_idx').on('payments').columns(['business_date', 'branch_id']).execute()
  await db.schema.createIndex('payments_staff_day_idx').on('payments').columns(['created_by', 'business_date']).execute()

  await t.id(db.schema.createTable('daily_closings'))
    .addColumn('branch_id', 'integer', (c) => c.notNull().references('branches.id'))
    .addColumn('business_date', t.date, (c) => c.notNull())
    .addColumn('expected_cash', 'integer', (c) => c.notNull())
    .addColumn('actual_cash', 'integer', (c) => c.notNull())
    .addColumn('difference', 'integer', (c) => c.notNull())
    .addColumn('network_total', 'integer', (c) => c.notNull())
    .addColumn('transfer_total', 'integer', (c) => c.notNull())
    .addColumn('payments_count', 'integer', (c) => c.notNull())
    .addColumn('notes', 'varchar(1000)')
    .addColumn('closed_by', 'integer', (c) => c.references('staff_users.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('daily_closings_branch_day_key', ['branch_id', 'business_date'])
    .execute()
  await db.schema.createIndex('daily_closings_day_idx').on('daily_closings').column('business_date').execute()

  await t.id(db.schema.createTable('expenses'))
    .addColumn('branch_id', 'integer', (c) => c.notNull().references('branches.id'))
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addColumn('category', 'varchar(32)', (c) => c.notNull())
    .addColumn('description', 'varchar(2000)')
    .addColumn('expense_date', t.date, (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull().defaultTo(sql`'pending'`))
    .addColumn('created_by', 'integer', (c) => c.references('staff_users.id'))
    .addColumn('reviewed_by', 'integer', (c) => c.references('staff_users.id'))
    .addColumn('reviewed_at', t.instant)
    .addColumn('review_notes', 'varchar(1000)')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('expenses_branch_day_idx').on('expenses').columns(['branch_id', 'expense_date']).execute()
  await db.schema.createIndex('expenses_status_idx').on('expenses').columns(['status', 'expense_date']).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('expenses').execute()
  await db.schema.dropTable('daily_closings').execute()
  await db.schema.dropIndex('payments_staff_day_idx').execute()
  await db.schema.dropIndex('payments_day_idx').execute()
  await db.schema.dropIndex('payments_refund_of_idx').execute()
  await db.schema.alterTable('payments').dropColumn('refund_of').execute()
}
