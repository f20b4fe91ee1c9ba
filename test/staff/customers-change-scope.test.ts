// /api/customers through HTTP on SQLite and PostgreSQL: branch isolation, changing a member,
// deactivation ending the member's sessions, card numbers, bad input, the audit trail, and the
// trainer's view of health data.
import { describe, expect, it } from 'vitest'
import { call } from '../support/app.ts'
import { createService, createStaff, createSubscription, signInMember, staffToken } from '../support/factories.ts'
import { auditRows, branchA, branchB, countCustomers, deskA, deskB, owner, register, t, URL, useFreshApp } from './support/customers-world.ts'

describe('/api/customers', () => {
  useFreshApp()

  describe('search follows every change', () => {
    it('a renamed member is found by the new name and not the old; a new phone and email likewise', async () => {
      const member = (await register(deskB, { full_name: 'Quentin Marsh', phone: '01000000031', email: 'quentin@mail.test' })).json().data
      const quick = async (q: string) => (await call(t.app, 'GET', `${URL}/search?q=${encodeURIComponent(q)}`, { token: deskB })).json().data.map((m: { id: number }) => m.id)
      expect(await quick('marsh')).toEqual([member.id])
      const res = await call(t.app, 'PUT', `${URL}/${member.id}`, { token: deskB, body: { full_name: 'Quentin Fenwick', phone: '01000000032', email: 'qf@mail.test' } })
      expect(res.statusCode).toBe(200)
      expect(await quick('marsh')).toEqual([])
      expect(await quick('FENWICK')).toEqual([member.id])
      expect(await quick('01000000031')).toEqual([])
      expect(await quick('010 0000 0032')).toEqual([member.id])
      expect(await quick('quentin@')).toEqual([])
      expect(await quick('qf@mail')).toEqual([member.id])
      const list = (await call(t.app, 'GET', `${URL}?search=fenw`, { token: deskB })).json().data
      expect(list).toMatchObject({ total: 1, items: [{ id: member.id }] })
    })
  })

  describe('branch isolation', () => {
    it('a member of branch B answers 404 to branch A’s desk on read, update and deactivate, and is absent from its lists', async () => {
      const member = (await register(deskB, { full_name: 'Bella Tiger', phone: '01000000021' })).json().data
      const urls: [string, string, unknown?][] = [['GET', `${URL}/${member.id}`], ['PUT', `${URL}/${member.id}`, { full_name: 'Hijacked' }], ['POST', `${URL}/${member.id}/deactivate`], ['POST', `${URL}/${member.id}/activate`], ['POST', `${URL}/${member.id}/regenerate-qr`]]
      for (const [method, url, body] of urls) {
        const res = await call(t.app, method as 'GET', url, { token: deskA, body })
        expect(res.statusCode, `${method} ${url}`).toBe(404)
        expect(res.json()).toMatchObject({ status: 'error', code: 'NOT_FOUND' })
      }
      const row = await t.db.selectFrom('customers').selectAll().where('id', '=', member.id).executeTakeFirstOrThrow()
      expect(row).toMatchObject({ full_name: 'Bella Tiger', is_active: true, qr_code: member.qr_code })
      expect((await call(t.app, 'GET', `${URL}?search=bella`, { token: deskA })).json().data).toMatchObject({ items: [], total: 0 })
      expect((await call(t.app, 'GET', `${URL}?branch_id=${branchB.id}`, { token: deskA })).json().data.total).toBe(0)
      expect((await call(t.app, 'GET', `${URL}/search?q=bella`, { token: deskA })).json().data).toEqual([])
      expect((await call(t.app, 'GET', `${URL}/search?q=bella`, { token: deskB })).json().data).toHaveLength(1)
      expect((await call(t.app, 'GET', `${URL}/${member.id}`, { token: owner })).statusCode).toBe(200)
    })
  })

  describe('changing a member', () => {
    it('updates the sent fields only, normalises the phone and records before and after', async () => {
      const member = (await register(deskA, { full_name: 'Omar', phone: '01000000031', email: 'omar@example.com', weight: 90 })).json().data
      const res = await call(t.app, 'PUT', `${URL}/${member.id}`, { token: deskA, body: { phone: '+20 100 000 0032', weight: 85, email: null, address: '1 Nile St' } })
      expect(res.statusCode).toBe(200)
      expect(res.json().data).toMatchObject({ full_name: 'Omar', phone: '+201000000032', weight: 85, email: null, address: '1 Nile St', qr_code: member.qr_code })
      const [audit] = await auditRows('customer.update')
      expect(JSON.parse(audit!.changes)).toEqual({
        phone: { before: '+201000000031', after: '+201000000032' }, weight: { before: 90, after: 85 },
        email: { before: 'omar@example.com', after: null }, address: { before: null, after: '1 Nile St' },
      })
    })

    it('when the new phone or email belongs to another member, it answers 409 naming the field and changes nothing', async () => {
      await register(deskA, { full_name: 'Taken', phone: '01000000033', email: 'taken@example.com' })
      const member = (await register(deskA, { full_name: 'Mover', phone: '01000000034' })).json().data
      const phone = await call(t.app, 'PUT', `${URL}/${member.id}`, { token: deskA, body: { phone: '0100 000 0033' } })
      expect(phone.statusCode).toBe(409)
      expect(phone.json()).toMatchObject({ code: 'DUPLICATE', field: 'phone' })
      const email = await call(t.app, 'PUT', `${URL}/${member.id}`, { token: deskA, body: { email: 'TAKEN@example.com' } })
      expect(email.json()).toMatchObject({ code: 'DUPLICATE', field: 'email' })
      expect(await t.db.selectFrom('customers').select(['phone', 'email']).where('id', '=', member.id).executeTakeFirstOrThrow()).toEqual({ phone: '+201000000034', email: null })
      expect(await auditRows('customer.update')).toHaveLength(0)
    })

    it('when deactivated, the member’s access token answers 401 TOKEN_REVOKED; reactivating lets them sign in again', async () => {
      const member = (await register(deskA, { full_name: 'Leaving', phone: '01000000035', email: 'leaving@example.com' })).json().data
      const { accessToken } = await signInMember(t.app, t.notifier, 'leaving@example.com')
      expect((await call(t.app, 'GET', '/api/clients/profile', { token: accessToken })).statusCode).toBe(200)
      const res = await call(t.app, 'POST', `${URL}/${member.id}/deactivate`, { token: deskA })
      expect(res.statusCode).toBe(200)
      expect(res.json().data.is_active).toBe(false)
      const profile = await call(t.app, 'GET', '/api/clients/profile', { token: accessToken })
      expect(profile.statusCode).toBe(401)
      expect(profile.json().code).toBe('TOKEN_REVOKED')
      expect(await auditRows('customer.deactivate')).toMatchObject([{ entity_id: member.id, changes: JSON.stringify({ is_active: { before: true, after: false } }) }])
      const back = await call(t.app, 'POST', `${URL}/${member.id}/activate`, { token: deskA })
      expect(back.json().data.is_active).toBe(true)
      expect(await auditRows('customer.activate')).toHaveLength(1)
      const again = await signInMember(t.app, t.notifier, 'leaving@example.com')
      expect((await call(t.app, 'GET', '/api/clients/profile', { token: again.accessToken })).statusCode).toBe(200)
    })

    it('deactivating an inactive member, or activating an active one, answers 200 and writes nothing, not even an audit record', async () => {
      const member = (await register(deskA, { full_name: 'Twice', phone: '01000000037' })).json().data
      expect((await call(t.app, 'POST', `${URL}/${member.id}/activate`, { token: deskA })).json().data).toMatchObject({ is_active: true })
      expect(await auditRows('customer.activate')).toHaveLength(0)
      expect((await call(t.app, 'POST', `${URL}/${member.id}/deactivate`, { token: deskA })).statusCode).toBe(200)
      t.clock.advance(60)
      const before = await t.db.selectFrom('customers').selectAll().where('id', '=', member.id).executeTakeFirstOrThrow()
      const again = await call(t.app, 'POST', `${URL}/${member.id}/deactivate`, { token: deskA })
      expect(again.statusCode).toBe(200)
      expect(again.json().data).toMatchObject({ is_active: false })
      expect(await auditRows('customer.deactivate')).toHaveLength(1)
      expect(await t.db.selectFrom('customers').selectAll().where('id', '=', member.id).executeTakeFirstOrThrow()).toEqual(before)
    })

    it('regenerate-qr gives a new card number and the old one no longer finds the member', async () => {
      const member = (await register(deskA, { full_name: 'Lost Card', phone: '01000000036' })).json().data
      const res = await call(t.app, 'POST', `${URL}/${member.id}/regenerate-qr`, { token: deskA })
      expect(res.statusCode).toBe(200)
      const fresh = res.json().data.qr_code
      expect(fresh).toMatch(/^GYM-/)
      expect(fresh).not.toBe(member.qr_code)
      expect((await call(t.app, 'GET', `${URL}/search?q=${member.qr_code}`, { token: deskA })).json().data).toEqual([])
      expect((await call(t.app, 'GET', `${URL}/search?q=${fresh}`, { token: deskA })).json().data).toMatchObject([{ id: member.id }])
      expect(await t.db.selectFrom('customers').select('id').where('qr_code', '=', member.qr_code).execute()).toEqual([])
      const [audit] = await auditRows('customer.regenerate_qr')
      expect(JSON.parse(audit!.changes)).toEqual({ qr_code: { before: member.qr_code, after: fresh } })
    })

    it('answers 400 to bad input on every write route and writes nothing', async () => {
      const member = (await register(deskA, { full_name: 'Stable', phone: '01000000037' })).json().data
      const before = await t.db.selectFrom('customers').selectAll().where('id', '=', member.id).executeTakeFirstOrThrow()
      const cases: [string, string, unknown, string][] = [
        ['POST', URL, {}, 'full_name'],
        ['POST', URL, { full_name: 'X', phone: '01000000038', favourite: 'pizza' }, 'favourite'],
        ['POST', URL, { full_name: 'X', phone: '01000000038', weight: 5 }, 'weight'],
        ['POST', URL, { full_name: 'X', phone: '01000000038', gender: 'other' }, 'gender'],
        ['POST', URL, { full_name: 'X', phone: '01000000038', email: 'not-an-email' }, 'email'],
        ['POST', URL, { full_name: 'X', phone: '01000000038', date_of_birth: '2030-01-01' }, 'date_of_birth'],
        ['POST', URL, { full_name: '   ', phone: '01000000038' }, 'full_name'],
        ['PUT', `${URL}/${member.id}`, {}, 'body'],
        ['PUT', `${URL}/${member.id}`, { height: 'tall' }, 'height'],
        ['PUT', `${URL}/${member.id}`, { phone: 'call me' }, 'phone'],
        ['PUT', `${URL}/abc`, { full_name: 'Y' }, 'id'],
        ['POST', `${URL}/${member.id}/deactivate`, { now: true }, 'now'],
        ['POST', `${URL}/${member.id}/activate`, { now: true }, 'now'],
        ['POST', `${URL}/${member.id}/regenerate-qr`, { code: 'GYM-1' }, 'code'],
      ]
      for (const [method, url, body, field] of cases) {
        const res = await call(t.app, method as 'POST', url, { token: deskA, body })
        expect(res.statusCode, `${method} ${url} ${JSON.stringify(body)}`).toBe(400)
        expect(res.json().code).toBe('VALIDATION_ERROR')
        expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field)
      }
      expect(await countCustomers()).toBe(1)
      expect(await t.db.selectFrom('customers').selectAll().where('id', '=', member.id).executeTakeFirstOrThrow()).toEqual(before)
      expect(await t.db.selectFrom('audit_log').select('action').execute()).toEqual([{ action: 'customer.create' }])
    })
  })

  describe('who sees what', () => {
    it('a trainer sees health data only of members with a subscription they train, everywhere', async () => {
      const trainer = await createStaff(t.db, 'trainer', branchA.id)
      const trainerToken = await staffToken(t.app, trainer.username)
      const health = { weight: 80, height: 175, gender: 'male', date_of_birth: '1994-05-20', health_notes: 'knee injury' }
      const client = (await register(deskA, { full_name: 'Trained', phone: '01000000041', ...health })).json().data
      const stranger = (await register(deskA, { full_name: 'Untrained', phone: '01000000042', ...health })).json().data
      const plan = await createService(t.db, { subscription_type: 'training', sessions: 8 })
      const sub = await createSubscription(t.db, { customerId: client.id, serviceId: plan.id, branchId: branchA.id, start: '2026-02-01', end: '2026-03-02', sessions: 8 })
      await t.db.updateTable('subscriptions').set({ trainer_id: trainer.id }).where('id', '=', sub.id).execute()
      await createSubscription(t.db, { customerId: stranger.id, serviceId: plan.id, branchId: branchA.id, start: '2026-02-01', end: '2026-03-02', sessions: 8 })

      const shown = { weight: 80, height: 175, date_of_birth: '1994-05-20', health_notes: 'knee injury', bmi: 26.1, bmi_category: 'Overweight', bmr: 1744, ideal_weight: 67.4, daily_calories: 2703 }
      const hidden = { weight: null, height: null, date_of_birth: null, health_notes: null, bmi: null, bmi_category: null, bmr: null, ideal_weight: null, daily_calories: null }
      expect((await call(t.app, 'GET', `${URL}/${client.id}`, { token: trainerToken })).json().data).toMatchObject({ ...shown, gender: 'male', phone: '+201000000041' })
      expect((await call(t.app, 'GET', `${URL}/${stranger.id}`, { token: trainerToken })).json().data).toMatchObject({ ...hidden, full_name: 'Untrained' })
      const list = (await call(t.app, 'GET', `${URL}?sort=name`, { token: trainerToken })).json().data.items
      expect(list).toMatchObject([{ id: client.id, ...shown }, { id: stranger.id, ...hidden }])
      const quick = (await call(t.app, 'GET', `${URL}/search?q=trained`, { token: trainerToken })).json().data
      expect(quick).toMatchObject([{ id: client.id, ...shown }, { id: stranger.id, ...hidden }])
      expect((await call(t.app, 'GET', `${URL}/${stranger.id}`, { token: deskA })).json().data).toMatchObject(shown)
    })

    it('accountants and central accountants never see health data; owner, manager and desk see all of it', async () => {
      const health = { weight: 80, height: 175, gender: 'male', date_of_birth: '1994-05-20', health_notes: 'knee injury' }
      const member = (await register(deskA, { full_name: 'Measured', phone: '01000000045', ...health })).json().data
      const shown = { weight: 80, height: 175, date_of_birth: '1994-05-20', health_notes: 'knee injury', bmi: 26.1, bmi_category: 'Overweight', bmr: 1744, ideal_weight: 67.4, daily_calories: 2703 }
      const hidden = { weight: null, height: null, date_of_birth: null, health_notes: null, bmi: null, bmi_category: null, bmr: null, ideal_weight: null, daily_calories: null }
      const finance = [
        await staffToken(t.app, (await createStaff(t.db, 'accountant', branchA.id)).username),
        await staffToken(t.app, (await createStaff(t.db, 'central_accountant', null)).username),
      ]
      for (const token of finance) {
        expect((await call(t.app, 'GET', `${URL}/${member.id}`, { token })).json().data).toMatchObject({ ...hidden, full_name: 'Measured', gender: 'male', phone: '+201000000045' })
        expect((await call(t.app, 'GET', URL, { token })).json().data.items).toMatchObject([{ id: member.id, ...hidden }])
        expect((await call(t.app, 'GET', `${URL}/search?q=measured`, { token })).json().data).toMatchObject([{ id: member.id, ...hidden }])
      }
      const manager = await staffToken(t.app, (await createStaff(t.db, 'branch_manager', branchA.id)).username)
      for (const token of [owner, manager, deskA]) {
        expect((await call(t.app, 'GET', `${URL}/${member.id}`, { token })).json().data).toMatchObject(shown)
      }
    })

    it('trainers and accountants read but may not write; the branch manager writes in their branch', async () => {
      const member = (await register(deskA, { full_name: 'Read Only', phone: '01000000043' })).json().data
      const tokens = {
        trainer: await staffToken(t.app, (await createStaff(t.db, 'trainer', branchA.id)).username),
        accountant: await staffToken(t.app, (await createStaff(t.db, 'accountant', branchA.id)).username),
        central: await staffToken(t.app, (await createStaff(t.db, 'central_accountant', null)).username),
      }
      for (const token of Object.values(tokens)) {
        expect((await call(t.app, 'GET', `${URL}/${member.id}`, { token })).statusCode).toBe(200)
        expect((await call(t.app, 'PUT', `${URL}/${member.id}`, { token, body: { full_name: 'Changed' } })).statusCode).toBe(403)
        expect((await call(t.app, 'POST', URL, { token, body: { full_name: 'New', phone: '01000000044' } })).statusCode).toBe(403)
        expect((await call(t.app, 'POST', `${URL}/${member.id}/deactivate`, { token })).statusCode).toBe(403)
      }
      expect((await call(t.app, 'GET', URL, { token: tokens.central })).json().data.total).toBe(1)
      const manager = await staffToken(t.app, (await createStaff(t.db, 'branch_manager', branchA.id)).username)
      expect((await call(t.app, 'PUT', `${URL}/${member.id}`, { token: manager, body: { full_name: 'Renamed' } })).json().data.full_name).toBe('Renamed')
      expect(await countCustomers()).toBe(1)
      expect((await call(t.app, 'GET', URL)).statusCode).toBe(401)
    })
  })
})
