import { localDate } from '../lib/dates.ts'
import type { Services } from '../services.ts'

/** "Today" in the gym's time zone: what start/end dates and remaining days are measured against. */
export const today = (services: Pick<Services, 'clock' | 'config'>): string => localDate(services.clock.now(), services.config.gymTimezone)
