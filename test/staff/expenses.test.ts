// Expenses through /api/expenses: recording (SPEC's categories, not in the future), the list with
// totals by status and category, review rules (own expense, notes to reject, only pending), delete
// while pending with the audit's before-image, scope, and the CSV answer.
import { describe, expect, it } from 'vitest'
import { api, count, ok, parseCsv, t, useMoneyApp, world, type World } from './support/money-world.ts'

useMoneyApp()

const expense = (w: World, token: string, body: Record<string, unknown> = {}) =>
  api('POST', '/api/expenses', token, { title: 'Electricity', amount: 12_000, branch_id: w.a.id, expense_date: '2026-02-10', category: 'utilities', ...body })

describe('expenses', () => {
  it('records a pending expense, audited; a front desk may not, a future date or unknown category is refused', async () => {
    const w = await world()
    const created = await ok(expense(w, w.accA.token, { description: 'January bill' }))
    expect(created).toMatchObject({
      branch_id: w.a.id, branch_name: 'Alpha', title: 'Electricity', amount: 12_000, category: 'utilities', description: 'January bill',
      expense_date: '2026-02-10', status: 'pending', created_by: w.accA.user.id, created_by_name: 'Test accountant', reviewed_by: null, reviewed_at: null,
    })
    expect(await t.db.selectFrom('audit_log').select(['action', 'entity_id']).where('entity_type', '=', 'expense').execute()).toEqual([{ action: 'expense.create', entity_id: created.id }])
    expect((await expense(w, w.deskA.token)).json()).toMatchObject({ code: 'FORBIDDEN' })
    expect((await expense(w, w.accA.token, { expense_date: '2026-02-12' })).json()).toMatchObject({ code: 'VALIDATION_ERROR', errors: [{ field: 'expense_date' }] })
    expect((await expense(w, w.accA.token, { category: 'parties' })).statusCode).toBe(400)
    expect((await expense(w, w.accA.token, { branch_id: w.b.id })).statusCode).toBe(404)
    expect(await count('expenses')).toBe(1)
  })

  it('lets nobody but the owner approve their own expense; another reviewer of the branch may', async () => {
    const w = await world()
    const own = await ok(expense(w, w.accA.token))
    const self = await api('POST', `/api/expenses/${own.id}/review`, w.accA.token, { action: 'approve' })
    expect(self.statusCode).toBe(422)
    expect(self.json()).toMatchObject({ code: 'BUSINESS_RULE', message: 'Nobody but the owner approves their own expense; ask another reviewer.' })
    const approved = await ok(api('POST', `/api/expenses/${own.id}/review`, w.mgrA.token, { action: 'approve', notes: 'OK' }), 200)
    expect(approved).toMatchObject({ status: 'approved', reviewed_by: w.mgrA.user.id, reviewed_by_name: 'Test branch_manager', reviewed_at: '2026-02-11T09:30:00Z', review_notes: 'OK' })

    const owners = await ok(expense(w, w.owner.token, { title: 'New mirrors', category: 'equipment', amount: 40_000 }))
    expect(await ok(api('POST', `/api/expenses/${owners.id}/review`, w.owner.token, { action: 'approve' }), 200)).toMatchObject({ status: 'approved', reviewed_by: w.owner.user.id })
    expect((await api('POST', `/api/expenses/${own.id}/review`, w.accB.token, { action: 'reject', notes: 'no' })).statusCode).toBe(404)
  })

  it('needs notes to reject, and reviews only pending expenses', async () => {
    const w = await world()
    const e = await ok(expense(w, w.accA.token))
    for (const notes of [undefined, '   ']) {
      const res = await api('POST', `/api/expenses/${e.id}/review`, w.central.token, { action: 'reject', ...(notes === undefined ? {} : { notes }) })
      expect(res.json()).toMatchObject({ code: 'VALIDATION_ERROR', errors: [{ field: 'notes' }] })
    }
    const rejected = await ok(api('POST', `/api/expenses/${e.id}/review`, w.central.token, { action: 'reject', notes: ' No receipt ' }), 200)
    expect(rejected).toMatchObject({ status: 'rejected', review_notes: 'No receipt', reviewed_by: w.central.user.id })
    const again = await api('POST', `/api/expenses/${e.id}/review`, w.owner.token, { action: 'approve' })
    expect(again.statusCode).toBe(422)
    expect(again.json()).toMatchObject({ code: 'BUSINESS_RULE', message: 'Only a pending expense can be reviewed or deleted; this one is rejected.' })
    const audit = await t.db.selectFrom('audit_log').select(['action', 'changes']).where('entity_id', '=', e.id).where('entity_type', '=', 'expense').orderBy('id').execute()
    expect(audit.map((a) => a.action)).toEqual(['expense.create', 'expense.reject'])
    expect(JSON.parse(audit[1]!.changes).status).toEqual({ before: 'pending', after: 'rejected' })
  })

  it('deletes a pending expense with its before-image in the audit trail; a reviewed one stays', async () => {
    const w = await world()
    const pending = await ok(expense(w, w.accA.token))
    expect((await api('DELETE', `/api/expenses/${pending.id}`, w.accB.token)).statusCode).toBe(404)
    expect(await ok(api('DELETE', `/api/expenses/${pending.id}`, w.accA.token), 200)).toEqual({ id: pending.id, deleted: true })
    expect((await api('GET', `/api/expenses/${pending.id}`, w.accA.token)).statusCode).toBe(404)
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'expense.delete').executeTakeFirstOrThrow()
    expect(JSON.parse(audit.changes)).toMatchObject({ title: { before: 'Electricity', after: null }, amount: { before: 12_000, after: null }, status: { before: 'pending', after: null } })

    const reviewed = await ok(expense(w, w.accA.token))
    await ok(api('POST', `/api/expenses/${reviewed.id}/review`, w.mgrA.token, { action: 'approve' }), 200)
    const refused = await api('DELETE', `/api/expenses/${reviewed.id}`, w.owner.token)
    expect(refused.statusCode).toBe(422)
    expect(await count('expenses')).toBe(1)
  })

  it('lists with filters and totals by status and category, scoped to the branch, and as CSV', async () => {
    const w = await world()
    const rent = await ok(expense(w, w.accA.token, { title: 'Rent', category: 'rent', amount: 500_000, expense_date: '2026-02-01' }))
    const power = await ok(expense(w, w.accA.token, { amount: 12_000 }))
    const soap = await ok(expense(w, w.accA.token, { title: 'Soap', category: 'supplies', amount: 3_000, expense_date: '2026-02-11' }))
    const beta = await ok(expense(w, w.accB.token, { branch_id: w.b.id, title: 'Beta rent', category: 'rent', amount: 300_000 }))
    await ok(api('POST', `/api/expenses/${rent.id}/review`, w.mgrA.token, { action: 'approve' }), 200)
    await ok(api('POST', `/api/expenses/${soap.id}/review`, w.mgrA.token, { action: 'reject', notes: 'Duplicate' }), 200)

    const a = await ok(api('GET', '/api/expenses', w.accA.token), 200)
    expect(a.items.map((e: { id: number }) => e.id)).toEqual([soap.id, power.id, rent.id])
    expect(a.totals).toEqual({
      count: 3, amount: 515_000,
      by_status: { pending: { count: 1, amount: 12_000 }, approved: { count: 1, amount: 500_000 }, rejected: { count: 1, amount: 3_000 } },
      by_category: [{ category: 'rent', count: 1, amount: 500_000 }, { category: 'utilities', count: 1, amount: 12_000 }, { category: 'supplies', count: 1, amount: 3_000 }],
    })
    const all = await ok(api('GET', '/api/expenses?category=rent', w.central.token), 200)
    expect(all.items.map((e: { id: number }) => e.id)).toEqual([beta.id, rent.id])
    expect(all.totals).toMatchObject({ count: 2, amount: 800_000 })
    expect((await ok(api('GET', `/api/expenses?status=approved&branch_id=${w.a.id}`, w.owner.token), 200)).totals.amount).toBe(500_000)
    expect((await ok(api('GET', '/api/expenses?from=2026-02-10&to=2026-02-10', w.owner.token), 200)).items.map((e: { id: number }) => e.id)).toEqual([beta.id, power.id])
    expect((await api('GET', `/api/expenses?branch_id=${w.b.id}`, w.accA.token)).statusCode).toBe(404)
    expect((await api('GET', '/api/expenses', w.deskA.token)).json()).toMatchObject({ code: 'FORBIDDEN' })

    const rows = parseCsv((await api('GET', '/api/expenses?format=csv', w.accA.token)).body)
    expect(rows.map((r) => [r.id, r.title, r.category, r.amount, r.status, r.review_notes]))
      .toEqual(a.items.map((e: Record<string, unknown>) => [String(e.id), e.title, e.category, String(e.amount), e.status, e.review_notes ?? '']))
  })
})
