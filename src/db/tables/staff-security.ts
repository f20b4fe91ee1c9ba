// Tables owned by the staff-security feature (migration 20261125_0003_staff_security).
import type { Generated } from 'kysely'

/** One row per failed (or in-progress) staff sign-in; rows older than the window are purged. */
export interface StaffLoginFailureTable {
  id: Generated<number>
  /** HMAC of the lower-cased username tried, known or not. */
  username_hash: string
  failed_at: string
}

export interface StaffSecurityTables {
  staff_login_failures: StaffLoginFailureTable
}
