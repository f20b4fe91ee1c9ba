// Daily roll-ups of the ledger and the door (migration 20261130_0011_rollups), kept in step by the
// writes themselves (src/modules/reports/rollups.repository.ts). Reports over long ranges read these
// instead of the raw rows. A dimension that is absent (a payment of no plan, of no staff member) is
// stored as 0, so every row has a plain primary key on both databases.

/** Money per gym-local day, branch, transaction type, method, plan (service) and seller. */
export interface PaymentDayTotalTable {
  business_date: string
  branch_id: number
  transaction_type: string
  payment_method: string
  /** The plan the row counts against (a refund: the plan of the payment it corrects); 0 for none. */
  service_id: number
  /** Who sold it (a refund: the seller of the payment it corrects); 0 for none. */
  seller_id: number
  amount: number
  discount: number
  entries: number
}

/** Entry attempts per gym-local day, branch and outcome (approved, denied). */
export interface EntryDayCountTable {
  business_date: string
  branch_id: number
  entry_status: string
  entries: number
}

export interface RollupTables {
  payment_day_totals: PaymentDayTotalTable
  entry_day_counts: EntryDayCountTable
}
