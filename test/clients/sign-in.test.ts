import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, createTestApp, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, signInMember } from '../support/factories.ts'

describe('member sign-in, end to end', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it('when a member verifies the code they received, they get tokens and can read their profile', async () => {
    const branch = await createBranch(t.db, { name: 'Dragon Club' })
    const member = await createCustomer(t.db, { full_name: 'Ahmed Hassan', phone: '01234567890', email: 'ahmed@example.com', branch_id: branch.id, weight: 80, height: 175 })
    const { accessToken, client } = await signInMember(t.app, t.notifier, '01234567890')
    expect(client).toMatchObject({ id: member.id, full_name: 'Ahmed Hassan', branch_name: 'Dragon Club', bmi: 26.1, bmi_category: 'Overweight', has_active_subscription: false })
    const profile = await call(t.app, 'GET', '/api/clients/profile', { token: accessToken })
    expect(profile.statusCode).toBe(200)
    expect(profile.json()).toMatchObject({ status: 'success', data: { id: member.id, email: 'ahmed@example.com' } })
  })
})
