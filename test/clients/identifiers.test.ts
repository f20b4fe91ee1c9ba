// Identifiers in every form a member types them: phone numbers normalised with
// DEFAULT_PHONE_REGION, emails compared case-insensitively, for asking and for verifying alike.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/app.ts'
import { createCustomer } from '../support/factories.ts'
import { activationRows, requestCode, verifyCode } from './helpers.ts'

describe('identifiers without a phone region', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it('an email identifier verifies in any letter case', async () => {
    await createCustomer(t.db, { email: 'mixed@example.com' })
    expect((await requestCode(t.app, 'Mixed@Example.com')).statusCode).toBe(200)
    const code = t.notifier.lastCodeFor('mixed@example.com')
    expect((await verifyCode(t.app, 'MIXED@EXAMPLE.COM', code)).statusCode).toBe(200)
  })

  it('without DEFAULT_PHONE_REGION, numbers written internationally still find an E.164 member', async () => {
    await createCustomer(t.db, { phone: '+201234567890' })
    for (const form of ['+20 123 456 7890', '0020 123 456 7890']) expect((await requestCode(t.app, form)).statusCode).toBe(200)
    expect(t.notifier.sent.map((m) => m.to.address)).toEqual(['+201234567890', '+201234567890'])
    // A national form cannot be placed in a country without a region: nobody is found, the answer is the same.
    expect((await requestCode(t.app, '01234567890')).statusCode).toBe(200)
    expect(t.notifier.sent).toHaveLength(2)
  })
})

describe('phone numbers with DEFAULT_PHONE_REGION=EG', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp({ env: { DEFAULT_PHONE_REGION: 'EG', ACTIVATION_MAX_REQUESTS: '10' } })
  })
  afterEach(async () => t.close())

  const forms = ['01234567890', '012 3456 7890', '+20 123 456 7890', '00201234567890', '012-3456-7890', '(012) 3456.7890']

  it.each(forms)('%j finds the member stored as +201234567890 and the code goes to that number', async (form) => {
    const member = await createCustomer(t.db, { phone: '+201234567890' })
    const res = await requestCode(t.app, form)
    expect(res.statusCode).toBe(200)
    expect(t.notifier.sent).toMatchObject([{ kind: 'code', to: { channel: 'sms', address: '+201234567890' } }])
    expect(await activationRows(t.db)).toMatchObject([{ customer_id: member.id }])
  })

  it('a code asked for in one form verifies when typed in every other form', async () => {
    const member = await createCustomer(t.db, { phone: '+201234567890' })
    for (const [i, form] of forms.entries()) {
      await requestCode(t.app, form)
      const code = t.notifier.lastCodeFor('+201234567890')!
      const other = forms[(i + 1) % forms.length]!
      const res = await verifyCode(t.app, other, code)
      expect(res.statusCode).toBe(200)
      expect(res.json().data.client).toMatchObject({ id: member.id, phone: '+201234567890' })
    }
  })
})
