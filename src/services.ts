// The application's services, built once per app and handed to the route plugins that need them.
import type { Config } from './config.ts'
import type { DatabaseHandle } from './db/database.ts'
import type { Clock } from './lib/clock.ts'
import type { ActivationService } from './modules/activation/activation.service.ts'
import type { SessionService } from './modules/auth/session.service.ts'
import type { CheckInService } from './modules/entries/check-in.service.ts'
import type { QrPassService } from './modules/qr/qr-token.ts'

export interface Services {
  config: Readonly<Config>
  clock: Clock
  database: DatabaseHandle
  sessions: SessionService
  activation: ActivationService
  qr: QrPassService
  checkIn: CheckInService
}
