// /api/customers through HTTP on SQLite and PostgreSQL: registration (201), normalised phones and
// emails, duplicates, body figures, and finding members: search, paging and sorting.
import { beforeEach, describe, expect, it } from 'vitest'
import { call } from '../support/app.ts'
import { createCustomer } from '../support/factories.ts'
import { auditRows, branchA, branchB, countCustomers, deskA, deskB, owner, register, t, URL, useFreshApp } from './support/customers-world.ts'

describe('/api/customers', () => {
  useFreshApp()

  describe('registering', () => {
    it('when the desk registers a member, it answers 201 with a card number, the stored row and an audit entry', async () => {
      const res = await register(deskA, { full_name: '  Ahmed Hassan ', phone: '012 3456 7890', email: 'Ahmed@Example.COM', gender: 'male' })
      expect(res.statusCode).toBe(201)
      const data = res.json().data
      expect(data).toMatchObject({ full_name: 'Ahmed Hassan', phone: '+201234567890', email: 'ahmed@example.com', branch_id: branchA.id, branch_name: 'Dragon Club', is_active: true, created_at: '2026-02-11T09:30:00Z' })
      expect(data.qr_code).toMatch(/^GYM-[0-9A-HJKMNP-TV-Z]{10}$/)
      const row = await t.db.selectFrom('customers').selectAll().where('id', '=', data.id).executeTakeFirstOrThrow()
      expect(row).toMatchObject({ phone: '+201234567890', email: 'ahmed@example.com', qr_code: data.qr_code, branch_id: branchA.id })
      const [audit] = await auditRows('customer.create')
      expect(audit).toMatchObject({ entity_type: 'customer', entity_id: data.id, branch_id: branchA.id })
      expect(JSON.parse(audit!.changes).phone).toEqual({ before: null, after: '+201234567890' })
    })

    it('when two members are registered, their card numbers differ', async () => {
      const one = await register(deskA, { full_name: 'One', phone: '01000000001' })
      const two = await register(deskA, { full_name: 'Two', phone: '01000000002' })
      expect(one.json().data.qr_code).not.toBe(two.json().data.qr_code)
    })

    it.each(['01234567890', '012 3456 7890', '+20 123 456 7890', '00201234567890'])(
      'when %s is registered after 01234567890, it answers 409 DUPLICATE naming phone',
      async (form) => {
        expect((await register(deskA, { full_name: 'First', phone: '01234567890' })).statusCode).toBe(201)
        const res = await register(deskA, { full_name: 'Second', phone: form })
        expect(res.statusCode).toBe(409)
        expect(res.json()).toMatchObject({ status: 'error', code: 'DUPLICATE', field: 'phone' })
        expect(await countCustomers()).toBe(1)
      },
    )

    it('when an email differs only in case from a member’s, it answers 409 DUPLICATE naming email', async () => {
      await register(deskA, { full_name: 'Sara', phone: '01111111111', email: 'sara@example.com' })
      const res = await register(deskA, { full_name: 'Other Sara', phone: '01111111112', email: 'SARA@Example.com' })
      expect(res.statusCode).toBe(409)
      expect(res.json()).toMatchObject({ code: 'DUPLICATE', field: 'email' })
      expect(await countCustomers()).toBe(1)
    })

    it('when the phone is not a phone number, it answers 400 naming phone and writes nothing', async () => {
      const res = await register(deskA, { full_name: 'Bad', phone: '12ab' })
      expect(res.statusCode).toBe(400)
      expect(res.json()).toMatchObject({ code: 'VALIDATION_ERROR', errors: [{ field: 'phone' }] })
      expect(await countCustomers()).toBe(0)
    })

    it('when branch desk staff name another branch, it answers 404 and writes nothing', async () => {
      const res = await register(deskA, { full_name: 'X', phone: '01000000003', branch_id: branchB.id })
      expect(res.statusCode).toBe(404)
      expect(await countCustomers()).toBe(0)
    })

    it('when the owner (no branch of their own) gives no branch, it answers 400 naming branch_id', async () => {
      const res = await register(owner, { full_name: 'X', phone: '01000000004' })
      expect(res.statusCode).toBe(400)
      expect(res.json().errors).toEqual([expect.objectContaining({ field: 'branch_id' })])
      expect((await register(owner, { full_name: 'X', phone: '01000000004', branch_id: branchB.id })).json().data.branch_id).toBe(branchB.id)
    })
  })

  it('gives bmi 26.1 Overweight and Mifflin–St Jeor figures for 80 kg, 175 cm, male, born 1994-05-20', async () => {
    const res = await register(deskA, { full_name: 'Fit', phone: '01000000005', weight: 80, height: 175, gender: 'male', date_of_birth: '1994-05-20' })
    // Age 31 on 2026-02-11: 10×80 + 6.25×175 − 5×31 + 5 = 1743.75 → 1744; ×1.55 → 2703; BMI 22 at 1.75 m → 67.4.
    expect(res.json().data).toMatchObject({ bmi: 26.1, bmi_category: 'Overweight', bmr: 1744, daily_calories: 2703, ideal_weight: 67.4 })
    const read = await call(t.app, 'GET', `${URL}/${res.json().data.id}`, { token: deskA })
    expect(read.json().data).toMatchObject({ bmi: 26.1, bmr: 1744 })
  })

  describe('finding members', () => {
    beforeEach(async () => {
      for (const [name, phone, email] of [['alice Stone', '01000000011', 'alice@example.com'], ['Bob Ali', '01000000012', 'bob@mail.test'], ['Carol', '01000000013', null], ['dave ALIson', '01000000014', 'dave@example.com']] as const) {
        await register(deskA, { full_name: name, phone, email })
        t.clock.advance(60)
      }
      await register(deskB, { full_name: 'Alina Elsewhere', phone: '01000000015' })
    })
    const names = (res: { json(): { data: { items: { full_name: string }[] } } }) => res.json().data.items.map((c) => c.full_name)

    it('searches name, email and phone case-insensitively, within the caller’s branch', async () => {
      const byName = await call(t.app, 'GET', `${URL}?search=ALI&sort=name`, { token: deskA })
      expect(names(byName)).toEqual(['alice Stone', 'Bob Ali', 'dave ALIson'])
      expect(byName.json().data.total).toBe(3)
      expect(names(await call(t.app, 'GET', `${URL}?search=MAIL.TEST`, { token: deskA }))).toEqual(['Bob Ali'])
      expect(names(await call(t.app, 'GET', `${URL}?search=010%200000%200013`, { token: deskA }))).toEqual(['Carol'])
      expect(names(await call(t.app, 'GET', `${URL}?search=%2B2010000000`, { token: deskA })).length).toBe(4)
      expect(names(await call(t.app, 'GET', `${URL}?search=ali&sort=name`, { token: owner }))).toEqual(['alice Stone', 'Alina Elsewhere', 'Bob Ali', 'dave ALIson'])
    })

    it('finds a member by card number typed in lower case', async () => {
      const carol = await t.db.selectFrom('customers').selectAll().where('full_name', '=', 'Carol').executeTakeFirstOrThrow()
      const res = await call(t.app, 'GET', `${URL}/search?q=${carol.qr_code.toLowerCase()}`, { token: deskA })
      expect(res.json().data.map((c: { id: number }) => c.id)).toEqual([carol.id])
    })

    it('pages and sorts by name, creation time and id in both directions', async () => {
      const page1 = await call(t.app, 'GET', `${URL}?sort=name&per_page=3&page=1`, { token: deskA })
      expect(page1.json().data).toMatchObject({ total: 4, page: 1, per_page: 3, pages: 2 })
      expect(names(page1)).toEqual(['alice Stone', 'Bob Ali', 'Carol'])
      expect(names(await call(t.app, 'GET', `${URL}?sort=name&per_page=3&page=2`, { token: deskA }))).toEqual(['dave ALIson'])
      expect(names(await call(t.app, 'GET', `${URL}?sort=-name`, { token: deskA }))).toEqual(['dave ALIson', 'Carol', 'Bob Ali', 'alice Stone'])
      expect(names(await call(t.app, 'GET', `${URL}?sort=created_at`, { token: deskA }))).toEqual(['alice Stone', 'Bob Ali', 'Carol', 'dave ALIson'])
      expect(names(await call(t.app, 'GET', `${URL}`, { token: deskA }))).toEqual(['dave ALIson', 'Carol', 'Bob Ali', 'alice Stone'])
      expect(names(await call(t.app, 'GET', `${URL}?sort=-id`, { token: deskA }))).toEqual(['dave ALIson', 'Carol', 'Bob Ali', 'alice Stone'])
      expect(names(await call(t.app, 'GET', `${URL}?sort=id&branch_id=${branchB.id}`, { token: owner }))).toEqual(['Alina Elsewhere'])
      expect((await call(t.app, 'GET', `${URL}?sort=age`, { token: deskA })).statusCode).toBe(400)
    })

    it('filters by is_active', async () => {
      const carol = await t.db.selectFrom('customers').select('id').where('full_name', '=', 'Carol').executeTakeFirstOrThrow()
      await call(t.app, 'POST', `${URL}/${carol.id}/deactivate`, { token: deskA })
      expect(names(await call(t.app, 'GET', `${URL}?is_active=false`, { token: deskA }))).toEqual(['Carol'])
      expect(names(await call(t.app, 'GET', `${URL}?is_active=true&sort=name`, { token: deskA }))).toEqual(['alice Stone', 'Bob Ali', 'dave ALIson'])
    })

    it('quick search answers at most 20 members, by name', async () => {
      for (let i = 0; i < 22; i++) await createCustomer(t.db, { full_name: `Zed ${String(i).padStart(2, '0')}`, branch_id: branchA.id })
      const res = await call(t.app, 'GET', `${URL}/search?q=zed`, { token: deskA })
      expect(res.statusCode).toBe(200)
      expect(res.json().data).toHaveLength(20)
      expect(res.json().data[0].full_name).toBe('Zed 00')
      expect((await call(t.app, 'GET', `${URL}/search`, { token: deskA })).statusCode).toBe(400)
      expect((await call(t.app, 'GET', `${URL}/search?q=%20%20`, { token: deskA })).statusCode).toBe(400)
    })
  })
})
