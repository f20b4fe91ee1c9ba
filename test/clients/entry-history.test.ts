// GET /api/clients/entry-history: approved visits only, newest first, paged with limit/offset.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { EntryStatus, EntryType } from '../../src/db/types.ts'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createService, createStaff, createSubscription, signInMember, staffToken } from '../support/factories.ts'
import { expectError } from './helpers.ts'

describe('member entry history', () => {
  let t: TestApp
  let branch: { id: number; name: string }
  beforeEach(async () => {
    t = await createTestApp()
    branch = await createBranch(t.db, { name: 'Dragon Club' })
  })
  afterEach(async () => t.close())

  async function member(phone = '01999990000') {
    const row = await createCustomer(t.db, { phone, branch_id: branch.id })
    const { accessToken } = await signInMember(t.app, t.notifier, phone)
    return { id: row.id, token: accessToken }
  }

  function entry(customerId: number, at: string, options: { status?: EntryStatus; type?: EntryType; coins?: number; branchId?: number } = {}) {
    return {
      customer_id: customerId, branch_id: options.branchId ?? branch.id, subscription_id: null, entry_time: new Date(at).toISOString(),
      business_date: at.slice(0, 10), entry_type: options.type ?? 'qr_scan', entry_status: options.status ?? 'approved',
      reason: options.status === 'denied' ? 'NO_ACTIVE_SUBSCRIPTION' : 'OK', coins_used: options.coins ?? 0, sessions_used: 0, staff_id: null, scan_key: null,
    }
  }
  const insert = (rows: ReturnType<typeof entry>[]) => t.db.insertInto('entry_logs').values(rows).returning('id').execute()
  const history = (token: string, query = '') => call(t.app, 'GET', `/api/clients/entry-history${query}`, { token })

  it('lists approved visits newest first, in the seed shape, and leaves out denied ones and other members', async () => {
    const { id, token } = await member()
    const other = await createCustomer(t.db, { phone: '01999991111' })
    const second = await createBranch(t.db, { name: 'Tiger Gym' })
    const [oldest, newest, middle] = await insert([
      entry(id, '2026-02-09T07:00:00Z', { type: 'manual' }),
      entry(id, '2026-02-11T09:30:00Z', { coins: 1 }),
      entry(id, '2026-02-10T18:15:00Z', { type: 'barcode', branchId: second.id }),
      entry(id, '2026-02-11T08:00:00Z', { status: 'denied' }),
      entry(other.id, '2026-02-11T09:00:00Z'),
    ])
    const res = await history(token)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      status: 'success',
      data: {
        entries: [
          { id: newest!.id, entry_time: '2026-02-11T09:30:00Z', branch_name: 'Dragon Club', entry_type: 'qr_scan', coins_used: 1 },
          { id: middle!.id, entry_time: '2026-02-10T18:15:00Z', branch_name: 'Tiger Gym', entry_type: 'barcode', coins_used: 0 },
          { id: oldest!.id, entry_time: '2026-02-09T07:00:00Z', branch_name: 'Dragon Club', entry_type: 'manual', coins_used: 0 },
        ],
        total: 3,
        limit: 50,
        offset: 0,
      },
    })
  })

  it('a member with no visits gets an empty list and total 0', async () => {
    const { token } = await member()
    expect((await history(token)).json().data).toEqual({ entries: [], total: 0, limit: 50, offset: 0 })
  })

  describe('paging over 120 visits', () => {
    let token: string
    // Visit n happened n minutes after the start, so the newest is visit 119.
    const minute = (n: number) => new Date(Date.parse('2026-01-01T06:00:00Z') + n * 60_000).toISOString().replace('.000Z', 'Z')
    beforeEach(async () => {
      const m = await member()
      token = m.token
      await insert(Array.from({ length: 120 }, (_, n) => entry(m.id, minute(n))))
    })

    it('limit defaults to 50', async () => {
      const data = (await history(token)).json().data
      expect(data).toMatchObject({ total: 120, limit: 50, offset: 0 })
      expect(data.entries).toHaveLength(50)
      expect(data.entries[0].entry_time).toBe(minute(119))
      expect(data.entries[49].entry_time).toBe(minute(70))
    })

    it('offset continues where the previous page ended', async () => {
      const data = (await history(token, '?limit=50&offset=50')).json().data
      expect(data).toMatchObject({ total: 120, limit: 50, offset: 50 })
      expect(data.entries[0].entry_time).toBe(minute(69))
      const last = (await history(token, '?limit=30&offset=100')).json().data
      expect(last.entries.map((e: { entry_time: string }) => e.entry_time)).toEqual(Array.from({ length: 20 }, (_, i) => minute(19 - i)))
      expect((await history(token, '?offset=500')).json().data).toMatchObject({ entries: [], total: 120, offset: 500 })
    })

    it('limit=100 is the most one page holds', async () => {
      const data = (await history(token, '?limit=100')).json().data
      expect(data.entries).toHaveLength(100)
      expect(data.limit).toBe(100)
    })

    it.each(['?limit=101', '?limit=0', '?limit=-5', '?limit=abc', '?limit=2.5', '?offset=-1', '?offset=x'])('%s answers 400 VALIDATION_ERROR naming the parameter', async (query) => {
      const body = expectError(await history(token, query), 400, 'VALIDATION_ERROR')
      const field = query.slice(1).split('=')[0]
      expect((body.errors as Array<{ field: string }>).map((e) => e.field)).toEqual([field])
    })
  })

  it('visits at the same instant come in a stable order (newest id first)', async () => {
    const { id, token } = await member()
    const [a, b] = await insert([entry(id, '2026-02-10T10:00:00Z'), entry(id, '2026-02-10T10:00:00Z')])
    expect((await history(token)).json().data.entries.map((e: { id: number }) => e.id)).toEqual([b!.id, a!.id])
  })

  it('a visit the front desk checks in through the door shows up in the history', async () => {
    const { id, token } = await member()
    const plan = await createService(t.db)
    await createSubscription(t.db, { customerId: id, serviceId: plan.id, branchId: branch.id, start: '2026-02-01', end: '2026-03-01' })
    const desk = await createStaff(t.db, 'front_desk', branch.id)
    const qr = (await call(t.app, 'GET', '/api/clients/qr', { token })).json().data
    const scan = await call(t.app, 'POST', '/api/entries/check-in', { token: await staffToken(t.app, desk.username), body: { qr_token: qr.qr_token } })
    expect(scan.statusCode).toBe(200)
    expect(scan.json().data).toMatchObject({ allowed: true, reason: 'OK' })
    const data = (await history(token)).json().data
    expect(data.total).toBe(1)
    expect(data.entries).toEqual([{ id: scan.json().data.entry_id, entry_time: '2026-02-11T09:30:00Z', branch_name: 'Dragon Club', entry_type: 'qr_scan', coins_used: 0 }])
  })

  it('needs a client token', async () => {
    expectError(await call(t.app, 'GET', '/api/clients/entry-history'), 401, 'TOKEN_MISSING')
  })
})
