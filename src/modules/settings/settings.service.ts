// Gym-wide settings: stored values over defaults, so an untouched gym behaves as the defaults say.
import type { Db } from '../../db/database.ts'
import type { Clock } from '../../lib/clock.ts'
import { recordAudit, type Actor } from '../audit/audit.ts'
import * as repo from './settings.repository.ts'
import type { GymSettings } from './settings.schemas.ts'

export const DEFAULT_GYM_SETTINGS: Readonly<GymSettings> = Object.freeze({ allow_multiple_active_plans: false })

const KNOWN = Object.keys(DEFAULT_GYM_SETTINGS) as (keyof GymSettings)[]

/** Reads inside the caller's transaction when given one, so a rule checked under a lock sees the current value. */
export async function getGymSettings(db: Db): Promise<GymSettings> {
  const settings: GymSettings = { ...DEFAULT_GYM_SETTINGS }
  for (const row of await repo.readAll(db)) {
    const key = row.key as keyof GymSettings
    // A row whose key this version no longer knows, or whose value has the wrong type, is ignored.
    if (!KNOWN.includes(key)) continue
    const value: unknown = JSON.parse(row.value)
    if (typeof value === typeof DEFAULT_GYM_SETTINGS[key]) (settings as Record<string, unknown>)[key] = value
  }
  return settings
}

export async function updateGymSettings(deps: { db: Db; clock: Clock }, actor: Actor, patch: Partial<GymSettings>): Promise<GymSettings> {
  return deps.db.transaction().execute(async (tx) => {
    const before = await getGymSettings(tx)
    const at = deps.clock.now().toISOString()
    for (const key of KNOWN) {
      if (patch[key] !== undefined) await repo.upsert(tx, key, patch[key], actor.staffId, at)
    }
    const after = await getGymSettings(tx)
    await recordAudit(tx, deps.clock, { actor, action: 'gym_settings.update', entityType: 'gym_settings', entityId: null, before, after })
    return after
  })
}
