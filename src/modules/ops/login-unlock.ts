// Lifting a staff login lockout. The lockout counts rows of staff_login_failures keyed by an HMAC
// of the username (src/modules/staff/staff-auth.service.ts); clearing them lifts it. This is the
// one function `npm run admin -- unlock-login` calls, so a different throttle only re-points it.
import type { Config } from '../../config.ts'
import type { Db } from '../../db/database.ts'
import { loginNameKey } from '../staff/staff-auth.service.ts'
import { clearLoginFailures } from '../staff/staff.repository.ts'

export async function unlockStaffLogin(db: Db, config: Pick<Config, 'jwtSecretKey'>, username: string): Promise<void> {
  await clearLoginFailures(db, loginNameKey(config.jwtSecretKey, username.trim().toLowerCase()))
}
