// Table types. Instants are ISO 8601 UTC strings on both dialects (PostgreSQL timestamptz is parsed
// to that form), dates are YYYY-MM-DD strings, money is integer minor units, booleans are named
// is_* / grants_* (SQLite stores them as 0/1; see sqlite-boolean-plugin.ts).
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely'
import type { AuditTables } from './tables/audit.ts'
import type { LoginThrottleTables } from './tables/login-throttle.ts'
import type { MemberPasswordColumns, SessionRotationColumns } from './tables/member-passwords.ts'
import type { MoneyTables } from './tables/money.ts'
import type { RollupTables } from './tables/rollups.ts'
import type { SettingsTables } from './tables/settings.ts'

type CreatedAt = ColumnType<string, string, never>

export interface BranchTable {
  id: Generated<number>
  name: string
  address: string | null
  phone: string | null
  is_active: Generated<boolean>
  created_at: CreatedAt
  updated_at: string
}

export type StaffRole = 'owner' | 'branch_manager' | 'central_accountant' | 'accountant' | 'trainer' | 'front_desk'

export interface StaffUserTable {
  id: Generated<number>
  username: string
  password_hash: string
  full_name: string
  role: StaffRole
  branch_id: number | null
  email: string | null
  phone: string | null
  is_active: Generated<boolean>
  created_at: CreatedAt
  updated_at: string
}

export interface CustomerTable extends MemberPasswordColumns {
  id: Generated<number>
  full_name: string
  phone: string
  email: string | null
  qr_code: string
  branch_id: number | null
  weight: number | null
  height: number | null
  gender: 'male' | 'female' | null
  date_of_birth: string | null
  address: string | null
  national_id: string | null
  health_notes: string | null
  is_active: Generated<boolean>
  created_at: CreatedAt
  updated_at: string
}

export type ServiceType =
  | 'gym' | 'swimming_education' | 'swimming_recreation' | 'karate' | 'personal_training' | 'classes' | 'bundle'
export type SubscriptionType = 'time_based' | 'coins' | 'sessions' | 'training'

export interface ServiceTable {
  id: Generated<number>
  name: string
  service_type: ServiceType
  subscription_type: SubscriptionType
  price: number
  duration_days: number
  coins: number | null
  sessions: number | null
  freeze_max_days: Generated<number>
  freeze_count_limit: Generated<number>
  freeze_cost: Generated<number>
  entry_start_time: string | null
  entry_end_time: string | null
  grants_gym_entry: Generated<boolean>
  branch_id: number | null
  description: string | null
  is_active: Generated<boolean>
  created_at: CreatedAt
  updated_at: string
}

export type SubscriptionStatus = 'active' | 'frozen' | 'stopped' | 'expired'

export interface SubscriptionTable {
  id: Generated<number>
  customer_id: number
  service_id: number
  branch_id: number
  start_date: string
  end_date: string
  status: SubscriptionStatus
  total_coins: number | null
  remaining_coins: number | null
  total_sessions: number | null
  remaining_sessions: number | null
  freeze_days_used: Generated<number>
  freeze_count: Generated<number>
  frozen_since: string | null
  amount: number
  discount: Generated<number>
  trainer_id: number | null
  stop_reason: string | null
  created_by: number | null
  created_at: CreatedAt
  updated_at: string
}

export interface SubscriptionFreezeTable {
  id: Generated<number>
  subscription_id: number
  start_date: string
  requested_days: number
  planned_end_date: string
  ended_on: string | null
  days_used: number | null
  reason: string
  cost: Generated<number>
  created_by: number | null
  created_at: CreatedAt
}

export type PaymentMethod = 'cash' | 'network' | 'transfer'
export type TransactionType = 'subscription' | 'renewal' | 'freeze' | 'other'
/** A ledger row is a payment of one of the kinds above or a refund: a positive amount taken back out of the till, refund_of naming the payment corrected. */
export type LedgerEntryType = TransactionType | 'refund'

export interface PaymentTable {
  id: Generated<number>
  reference: string
  branch_id: number
  customer_id: number | null
  subscription_id: number | null
  amount: number
  discount: Generated<number>
  payment_method: PaymentMethod
  transaction_type: LedgerEntryType
  notes: string | null
  created_by: number | null
  created_at: CreatedAt
  business_date: string
  refund_of: Generated<number | null>
}

export type EntryType = 'qr_scan' | 'barcode' | 'manual'
export type EntryStatus = 'approved' | 'denied'

export interface EntryLogTable {
  id: Generated<number>
  customer_id: number | null
  branch_id: number
  subscription_id: number | null
  entry_time: string
  business_date: string
  entry_type: EntryType
  entry_status: EntryStatus
  reason: string
  coins_used: Generated<number>
  sessions_used: Generated<number>
  staff_id: number | null
  scan_key: string | null
}

export type ActivationCodeStatus = 'pending' | 'active' | 'used' | 'superseded' | 'failed' | 'exhausted'

export interface ActivationCodeTable {
  id: Generated<number>
  customer_id: number | null
  identifier_hash: string
  channel: 'sms' | 'email'
  code_hash: string
  status: ActivationCodeStatus
  attempts: Generated<number>
  expires_at: string
  created_at: CreatedAt
  consumed_at: string | null
}

export type SubjectType = 'client' | 'staff'

export interface AuthSessionTable extends SessionRotationColumns {
  id: Generated<number>
  subject_type: SubjectType
  subject_id: number
  user_agent: string | null
  ip: string | null
  created_at: CreatedAt
  last_used_at: string
  expires_at: string
  revoked_at: string | null
  revoked_reason: string | null
}

export interface RefreshTokenTable {
  id: Generated<number>
  session_id: number
  jti_hash: string
  issued_at: string
  expires_at: string
  rotated_at: string | null
  successor_id: number | null
}

export interface SigningKeyTable {
  id: Generated<number>
  kid: string
  algorithm: string
  public_jwk: string
  private_key: string
  created_at: CreatedAt
  retired_at: string | null
}

// Tables added by later migrations are declared beside them in ./tables/ and joined in here.
export interface Database extends AuditTables, MoneyTables, SettingsTables, LoginThrottleTables, RollupTables {
  branches: BranchTable
  staff_users: StaffUserTable
  customers: CustomerTable
  services: ServiceTable
  subscriptions: SubscriptionTable
  subscription_freezes: SubscriptionFreezeTable
  payments: PaymentTable
  entry_logs: EntryLogTable
  activation_codes: ActivationCodeTable
  auth_sessions: AuthSessionTable
  refresh_tokens: RefreshTokenTable
  signing_keys: SigningKeyTable
}

export type Branch = Selectable<BranchTable>
export type StaffUser = Selectable<StaffUserTable>
export type Customer = Selectable<CustomerTable>
export type NewCustomer = Insertable<CustomerTable>
export type CustomerUpdate = Updateable<CustomerTable>
export type Service = Selectable<ServiceTable>
export type Subscription = Selectable<SubscriptionTable>
export type EntryLog = Selectable<EntryLogTable>
export type ActivationCode = Selectable<ActivationCodeTable>
export type AuthSession = Selectable<AuthSessionTable>
