// The moments an operator counts (door decisions, code sends, refresh-token reuse, login lockouts),
// announced by the services with one line each and counted by src/http/metrics.ts when /metrics is
// on. With nobody listening an emit costs a property lookup. Counts are per process.
import { EventEmitter } from 'node:events'

export interface OpsEventMap {
  doorDecision: [reason: string, branchId: number, allowed: boolean]
  activationSend: [channel: 'sms' | 'email', outcome: 'sent' | 'failed']
  refreshReuse: [subjectType: string]
  loginLockout: []
}

export const opsEvents = new EventEmitter<OpsEventMap>()
// One listener per app that exposes metrics; tests build many apps in one process.
opsEvents.setMaxListeners(0)
