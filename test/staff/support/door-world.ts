// Shared setup of the door tests (/api/entries/check-in): a fresh app per call of `door`, with one
// branch, its front desk, a pass issuer sharing the app's signing key, and helpers for members and scans.
import { afterEach } from 'vitest'
import { loadSigningKey } from '../../../src/modules/qr/qr-keys.ts'
import { createQrPassService, type QrPassService } from '../../../src/modules/qr/qr-token.ts'
import { call, createTestApp, type TestApp } from '../../support/app.ts'
import { createBranch, createCustomer, createService, createStaff, createSubscription, staffToken } from '../../support/factories.ts'

export const CHECK_IN = '/api/entries/check-in'

/** The app of the current test's latest `door`; a live binding, closed after each test by `closeAppAfterEach`. */
export let t: TestApp | undefined

/** Closes the app `door` opened once each test of the calling file ends. */
export function closeAppAfterEach() {
  afterEach(async () => {
    await t?.close()
    t = undefined
  })
}

/** A fresh app with one branch, its front desk, and a pass issuer sharing the app's signing key. */
export async function door(env: Record<string, string> = {}) {
  t = await createTestApp({ env })
  const branch = await createBranch(t.db, { name: 'Dragon Club' })
  const desk = await createStaff(t.db, 'front_desk', branch.id)
  const token = await staffToken(t.app, desk.username)
  const ring = await loadSigningKey({ db: t.db, config: t.config, clock: t.clock })
  const qr: QrPassService = createQrPassService({ ring, config: t.config, clock: t.clock })
  const app = t
  const member = async (plan?: { type?: 'time_based' | 'coins' | 'sessions'; count?: number; status?: 'active' | 'frozen' | 'expired'; end?: string; hours?: [string, string]; active?: boolean }) => {
    const customer = await createCustomer(app.db, { branch_id: branch.id, is_active: plan?.active ?? true })
    if (!plan) return { customer, subscription: undefined }
    const service = await createService(app.db, {
      subscription_type: plan.type ?? 'time_based', coins: plan.type === 'coins' ? plan.count : null, sessions: plan.type === 'sessions' ? plan.count : null,
      entry_start_time: plan.hours?.[0] ?? null, entry_end_time: plan.hours?.[1] ?? null,
    })
    const subscription = await createSubscription(app.db, {
      customerId: customer.id, serviceId: service.id, branchId: branch.id, start: '2026-02-01', end: plan.end ?? '2026-03-02', status: plan.status,
      coins: plan.type === 'coins' ? plan.count : null, sessions: plan.type === 'sessions' ? plan.count : null,
      frozenSince: plan.status === 'frozen' ? '2026-02-05' : null,
    })
    return { customer, subscription }
  }
  const scan = async (customerId: number, headers?: Record<string, string>) =>
    call(app.app, 'POST', CHECK_IN, { token, body: { qr_token: (await qr.issue(customerId)).token }, headers })
  const entries = () => app.db.selectFrom('entry_logs').selectAll().orderBy('id').execute()
  return { t: app, branch, desk, token, qr, member, scan, entries }
}
