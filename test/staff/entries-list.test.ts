// GET /api/entries (the staff view of the door log) and the member's own visit history, on SQLite
// and PostgreSQL. Entries are made through the door itself, around midnight in Cairo, so the
// date filter is seen to use the gym's local day rather than the UTC one.
import { beforeEach, afterEach, describe, expect, it } from 'vitest'
import type { StaffRole } from '../../src/db/types.ts'
import { loadSigningKey } from '../../src/modules/qr/qr-keys.ts'
import { createQrPassService } from '../../src/modules/qr/qr-token.ts'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createService, createStaff, createSubscription, signInMember, staffToken } from '../support/factories.ts'

describe('GET /api/entries', () => {
  let t: TestApp
  let ids: { a: number; b: number; deskA: number; deskB: number; m1: number; m2: number; m3: number }
  let entry: Record<'t1' | 't2' | 't3' | 't4' | 't5', number>
  const tokens: Partial<Record<StaffRole | 'deskB', string>> = {}
  let m1Email: string

  const list = (who: keyof typeof tokens, query = '') => call(t.app, 'GET', `/api/entries${query}`, { token: tokens[who] })
  const itemIds = (res: { json(): { data: { items: { id: number }[] } } }) => res.json().data.items.map((i) => i.id)

  beforeEach(async () => {
    t = await createTestApp({ env: { GYM_TIMEZONE: 'Africa/Cairo', JWT_ACCESS_TOKEN_EXPIRES: '604800' } })
    t.clock.set('2026-02-10T21:00:00Z')
    const a = await createBranch(t.db, { name: 'Dragon Club' })
    const b = await createBranch(t.db, { name: 'Tiger Club' })
    const staff: Record<string, { id: number; username: string }> = {}
    for (const [key, role, branch] of [
      ['front_desk', 'front_desk', a.id], ['deskB', 'front_desk', b.id], ['owner', 'owner', null], ['branch_manager', 'branch_manager', a.id],
      ['accountant', 'accountant', a.id], ['central_accountant', 'central_accountant', null], ['trainer', 'trainer', a.id],
    ] as const) {
      staff[key] = await createStaff(t.db, role, branch)
      tokens[key] = await staffToken(t.app, staff[key]!.username)
    }
    const service = await createService(t.db)
    const m1 = await createCustomer(t.db, { branch_id: a.id, full_name: 'Ahmed Hassan' })
    const m2 = await createCustomer(t.db, { branch_id: b.id, full_name: 'Mona Adel' })
    const m3 = await createCustomer(t.db, { branch_id: a.id, full_name: 'Omar Nabil' })
    m1Email = m1.email!
    await createSubscription(t.db, { customerId: m1.id, serviceId: service.id, branchId: a.id, start: '2026-02-01', end: '2026-03-01' })
    await createSubscription(t.db, { customerId: m2.id, serviceId: service.id, branchId: b.id, start: '2026-02-01', end: '2026-03-01' })
    ids = { a: a.id, b: b.id, deskA: staff.front_desk!.id, deskB: staff.deskB!.id, m1: m1.id, m2: m2.id, m3: m3.id }

    const qr = createQrPassService({ ring: await loadSigningKey({ db: t.db, config: t.config, clock: t.clock }), config: t.config, clock: t.clock })
    const checkIn = async (at: string, who: 'front_desk' | 'deskB', body: object | (() => Promise<object>)) => {
      t.clock.set(at)
      if (typeof body === 'function') body = await body()
      const res = await call(t.app, 'POST', '/api/entries/check-in', { token: tokens[who], body })
      if (res.statusCode !== 200) throw new Error(res.body)
      return res.json().data.entry_id as number
    }
    const expiredPass = (await qr.issue(m1.id)).token
    entry = {
      t1: await checkIn('2026-02-10T21:30:00Z', 'front_desk', async () => ({ qr_token: (await qr.issue(m1.id)).token })), // 23:30 on the 10th in Cairo
      t2: await checkIn('2026-02-10T22:30:00Z', 'front_desk', { customer_id: m3.id }), //                        00:30 on the 11th: denied
      t3: await checkIn('2026-02-11T09:30:00Z', 'deskB', { customer_id: m2.id }),
      t4: await checkIn('2026-02-11T22:30:00Z', 'front_desk', { customer_id: m1.id }), //                         00:30 on the 12th
      t5: await checkIn('2026-02-11T22:40:00Z', 'front_desk', { qr_token: expiredPass }), //                      QR_EXPIRED, denied
    }
  })
  afterEach(async () => t.close())

  it('a front desk sees its own branch only, newest first, with member, staff and branch names', async () => {
    const res = await list('front_desk')
    expect(res.statusCode).toBe(200)
    expect(res.json().data).toMatchObject({ total: 4, page: 1, per_page: 20, pages: 1 })
    expect(itemIds(res)).toEqual([entry.t5, entry.t4, entry.t2, entry.t1])
    expect(res.json().data.items[1]).toEqual({
      id: entry.t4, entry_time: '2026-02-11T22:30:00Z', business_date: '2026-02-12', branch_id: ids.a, branch_name: 'Dragon Club',
      customer_id: ids.m1, customer_name: 'Ahmed Hassan', subscription_id: expect.any(Number), entry_type: 'manual', entry_status: 'approved',
      reason: 'OK', coins_used: 0, sessions_used: 0, staff_id: ids.deskA, staff_name: 'Test front_desk',
    })
    expect(res.json().data.items[0]).toMatchObject({ entry_status: 'denied', reason: 'QR_EXPIRED', customer_id: ids.m1, entry_type: 'qr_scan' })
  })

  it('a branch-scoped account naming another branch gets 404, and a member of another branch shows no entries', async () => {
    for (const who of ['front_desk', 'branch_manager', 'accountant'] as const) {
      const res = await list(who, `?branch_id=${ids.b}`)
      expect(res.statusCode, who).toBe(404)
      expect(res.json()).toMatchObject({ status: 'error', code: 'NOT_FOUND' })
      expect(itemIds(await list(who, `?branch_id=${ids.a}`))).toEqual([entry.t5, entry.t4, entry.t2, entry.t1])
    }
    expect((await list('front_desk', `?customer_id=${ids.m2}`)).json().data).toMatchObject({ items: [], total: 0 })
  })

  it('the owner and the central accountant see every branch and filter by branch, member and status', async () => {
    expect(itemIds(await list('owner'))).toEqual([entry.t5, entry.t4, entry.t3, entry.t2, entry.t1])
    expect(itemIds(await list('central_accountant', `?branch_id=${ids.b}`))).toEqual([entry.t3])
    expect(itemIds(await list('owner', `?customer_id=${ids.m1}`))).toEqual([entry.t5, entry.t4, entry.t1])
    expect(itemIds(await list('owner', '?entry_status=denied'))).toEqual([entry.t5, entry.t2])
    expect(itemIds(await list('owner', `?entry_status=approved&customer_id=${ids.m1}`))).toEqual([entry.t4, entry.t1])
    expect((await list('owner', `?branch_id=${ids.b}`)).json().data.items[0]).toMatchObject({ staff_id: ids.deskB, branch_name: 'Tiger Club', customer_name: 'Mona Adel' })
  })

  it('from and to are inclusive gym-local days, not UTC days', async () => {
    expect(itemIds(await list('owner', '?from=2026-02-10&to=2026-02-10'))).toEqual([entry.t1])
    expect(itemIds(await list('owner', '?from=2026-02-11&to=2026-02-11'))).toEqual([entry.t3, entry.t2])
    expect(itemIds(await list('owner', '?from=2026-02-12'))).toEqual([entry.t5, entry.t4])
    expect(itemIds(await list('owner', '?to=2026-02-11'))).toEqual([entry.t3, entry.t2, entry.t1])
  })

  it('pages through the log with page and per_page', async () => {
    const second = await list('owner', '?per_page=2&page=2')
    expect(second.json().data).toMatchObject({ total: 5, page: 2, per_page: 2, pages: 3 })
    expect(itemIds(second)).toEqual([entry.t3, entry.t2])
    expect(itemIds(await list('owner', '?per_page=2&page=3'))).toEqual([entry.t1])
  })

  it('a trainer gets 403; bad filters get 400 in the error envelope', async () => {
    expect((await list('trainer')).statusCode).toBe(403)
    for (const query of ['?entry_status=maybe', '?from=2026-02-12&to=2026-02-10', '?from=yesterday', '?per_page=500', '?customer_id=abc']) {
      const res = await list('owner', query)
      expect(res.statusCode, query).toBe(400)
      expect(res.json(), query).toMatchObject({ status: 'error', code: 'VALIDATION_ERROR' })
    }
  })

  it("the member's own entry history lists the approved entries only, newest first", async () => {
    const { accessToken } = await signInMember(t.app, t.notifier, m1Email)
    const res = await call(t.app, 'GET', '/api/clients/entry-history', { token: accessToken })
    expect(res.statusCode).toBe(200)
    expect(res.json().data).toEqual({
      entries: [
        { id: entry.t4, entry_time: '2026-02-11T22:30:00Z', branch_name: 'Dragon Club', entry_type: 'manual', coins_used: 0 },
        { id: entry.t1, entry_time: '2026-02-10T21:30:00Z', branch_name: 'Dragon Club', entry_type: 'qr_scan', coins_used: 0 },
      ],
      total: 2, limit: 50, offset: 0,
    })
  })
})
