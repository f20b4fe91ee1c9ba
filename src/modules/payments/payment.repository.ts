// The payments ledger. Amounts are integer minor units and rows are never updated or deleted:
// corrections (refunds) are new records. Every money movement goes through recordPayment.
import { randomCode } from '../../lib/random-code.ts'
import type { Db } from '../../db/database.ts'
import type { PaymentMethod, TransactionType } from '../../db/types.ts'
import type { Clock } from '../../lib/clock.ts'
import { localDate } from '../../lib/dates.ts'

export interface NewPayment {
  branchId: number
  customerId: number | null
  subscriptionId: number | null
  amount: number
  discount: number
  method: PaymentMethod
  type: TransactionType
  notes: string | null
  staffId: number | null
}

/**
 * A receipt reference staff can read out: PAY-YYYYMMDD-XXXXXXXX. Eight Crockford characters are 40
 * random bits a day: at 500 payments a day a clash is about one in ten million days.
 */
function newReference(day: string): string {
  return `PAY-${day.replace(/-/g, '')}-${randomCode(8)}`
}

export async function recordPayment(tx: Db, clock: Clock, timeZone: string, payment: NewPayment) {
  const now = clock.now()
  const day = localDate(now, timeZone)
  return tx
    .insertInto('payments')
    .values({
      reference: newReference(day),
      branch_id: payment.branchId,
      customer_id: payment.customerId,
      subscription_id: payment.subscriptionId,
      amount: payment.amount,
      discount: payment.discount,
      payment_method: payment.method,
      transaction_type: payment.type,
      notes: payment.notes,
      created_by: payment.staffId,
      created_at: now.toISOString(),
      business_date: day,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** A member's own ledger rows (payments and refunds), oldest first, for the members' app. */
export const memberLedger = (db: Db, customerId: number) =>
  db.selectFrom('payments')
    .select(['id', 'subscription_id', 'amount', 'discount', 'payment_method', 'transaction_type', 'business_date', 'refund_of'])
    .where('customer_id', '=', customerId)
    .orderBy('created_at', 'asc').orderBy('id', 'asc')
    .execute()
