// Tables owned by the settings feature: gym-wide switches, one row per key.
import type { ColumnType } from 'kysely'

export interface GymSettingTable {
  /** e.g. `allow_multiple_active_plans`; the known keys and their defaults live in modules/settings. */
  key: string
  /** JSON text, so one table holds booleans, numbers and strings alike. */
  value: string
  updated_by: number | null
  updated_at: ColumnType<string, string, string>
}

export interface SettingsTables {
  gym_settings: GymSettingTable
}
