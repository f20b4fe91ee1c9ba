// The one formula for the ledger's money, used by the ledger's totals, the evening cash count and
// every report: over ledger rows aliased `p`, refunds are rows of their own with a positive amount,
// so revenue (net) = Σ(amount − discount) of payments − Σ amount of refunds.
import { sql } from 'kysely'

export const ledgerMoney = {
  gross: sql<number>`coalesce(sum(case when p.transaction_type = 'refund' then 0 else p.amount end), 0)`,
  discount: sql<number>`coalesce(sum(case when p.transaction_type = 'refund' then 0 else p.discount end), 0)`,
  refunds: sql<number>`coalesce(sum(case when p.transaction_type = 'refund' then p.amount else 0 end), 0)`,
  net: sql<number>`coalesce(sum(case when p.transaction_type = 'refund' then -p.amount else p.amount - p.discount end), 0)`,
  payments_count: sql<number>`count(case when p.transaction_type = 'refund' then null else 1 end)`,
  refunds_count: sql<number>`count(case when p.transaction_type = 'refund' then 1 else null end)`,
}

/**
 * The same formula over the daily roll-up (payment_day_totals, aliased `p`): amounts are already
 * summed per row and `entries` says how many ledger rows each holds.
 */
export const rollupMoney = {
  ...ledgerMoney,
  payments_count: sql<number>`coalesce(sum(case when p.transaction_type = 'refund' then 0 else p.entries end), 0)`,
  refunds_count: sql<number>`coalesce(sum(case when p.transaction_type = 'refund' then p.entries else 0 end), 0)`,
}

export interface Money {
  gross: number
  discount: number
  refunds: number
  net: number
  payments_count: number
  refunds_count: number
}

export const NO_MONEY: Money = { gross: 0, discount: 0, refunds: 0, net: 0, payments_count: 0, refunds_count: 0 }

/** Counts and sums come back as numbers on both drivers; this makes sure of it. */
export const toMoney = (row: Partial<Record<keyof Money, unknown>> | undefined): Money => ({
  gross: Number(row?.gross ?? 0), discount: Number(row?.discount ?? 0), refunds: Number(row?.refunds ?? 0),
  net: Number(row?.net ?? 0), payments_count: Number(row?.payments_count ?? 0), refunds_count: Number(row?.refunds_count ?? 0),
})
