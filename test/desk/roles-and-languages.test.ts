// The desk for each role, in Chromium: the owner's pages (each checked with axe-core and
// photographed), what a branch manager and a front desk must not see, Arabic right-to-left
// rendering remembered across a reload (which also resumes the session from the HttpOnly cookie),
// and a deactivated account thrown out on its next request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createService, createStaff, createSubscription, STAFF_PASSWORD, staffToken } from '../support/factories.ts'
import { expectAccessible, openBrowser, screenshot, signIn, startDesk, type Browser } from './support/browser.ts'

describe('the desk: roles, Arabic, and sessions', () => {
  let t: TestApp
  let base: string
  let browser: Browser
  let member: { id: number }

  beforeAll(async () => {
    ;({ t, base } = await startDesk())
    const branch = await createBranch(t.db, { name: 'Dragon Club' })
    await createStaff(t.db, 'owner', null, { username: 'owner' })
    await createStaff(t.db, 'branch_manager', branch.id, { username: 'manager' })
    await createStaff(t.db, 'front_desk', branch.id, { username: 'desk' })
    const plan = await createService(t.db, { name: 'Monthly Gym' })
    await createService(t.db, { name: '10-Visit Pass', subscription_type: 'coins', coins: 10, duration_days: 90, price: 25_000 })
    member = await createCustomer(t.db, { full_name: 'Ahmed Hassan', branch_id: branch.id, weight: 80, height: 175, gender: 'male' })
    await createSubscription(t.db, { customerId: member.id, serviceId: plan.id, branchId: branch.id, start: '2026-02-01', end: '2026-03-02' })
    browser = await openBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await t?.close()
  })

  const navLinks = () => browser.page.locator('.bar nav').getByRole('link').allTextContents()

  it('the owner sees every page; each passes axe-core and is photographed', async () => {
    const { page } = browser
    await signIn(page, base, 'owner', STAFF_PASSWORD)
    expect(await navLinks()).toEqual(['Dashboard', 'Door', 'Members', 'Payments', 'Cash count', 'Expenses', 'Reports', 'Plans', 'Staff', 'Branches', 'Audit trail'])
    // A write through the desk (a new branch) shows up in the audit trail.
    await page.goto(`${base}/desk/#/branches`)
    await page.getByLabel('Name').fill('Nile Branch')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByRole('cell', { name: 'Nile Branch' }).waitFor()
    await page.goto(`${base}/desk/#/audit`)
    await page.getByRole('cell', { name: /branch\.create/ }).first().waitFor()
    const pages: [string, string, string][] = [
      ['door', 'Door', 'owner-door'], ['members', 'Members', 'members'], [`members/${member.id}`, 'Ahmed Hassan', 'owner-member'],
      ['plans', 'Plans', 'plans'], ['staff', 'Staff', 'staff'], ['branches', 'Branches', 'branches'], ['audit', 'Audit trail', 'audit'],
    ]
    for (const [hash, heading, shot] of pages) {
      await page.goto(`${base}/desk/#/${hash}`)
      await page.getByRole('heading', { level: 1, name: heading }).waitFor()
      await page.locator('table, .result, .facts').first().waitFor()
      await expectAccessible(page, shot)
      await screenshot(page, shot)
    }
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByText('You are signed out.').waitFor()
  })

  it('a branch manager manages staff but sees no branches or audit trail, even by typing the address', async () => {
    const { page } = browser
    await signIn(page, base, 'manager', STAFF_PASSWORD)
    expect(await navLinks()).toEqual(['Dashboard', 'Door', 'Members', 'Payments', 'Cash count', 'Expenses', 'Reports', 'Plans', 'Staff'])
    await page.goto(`${base}/desk/#/audit`)
    await page.getByRole('heading', { level: 1, name: 'Door' }).waitFor()
    expect(await page.getByRole('heading', { name: 'Audit trail' }).count()).toBe(0)

    // Create a front-desk account: validation first, then the API.
    await page.goto(`${base}/desk/#/staff`)
    await page.getByRole('button', { name: 'New staff account' }).click()
    await page.getByLabel('Username').fill('desk2')
    await page.getByLabel('Full name').fill('Nour Desk')
    await page.getByLabel('Password').fill('short')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('At least 8 characters').waitFor()
    await page.getByLabel('Password').fill('another-pass-1')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('Account created.').waitFor()
    expect(await t.db.selectFrom('staff_users').select(['role', 'branch_id']).where('username', '=', 'desk2').executeTakeFirstOrThrow())
      .toMatchObject({ role: 'front_desk' })
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByText('You are signed out.').waitFor()
  })

  it('Arabic: right-to-left layout, Arabic texts, remembered for the user across a reload that resumes the session', async () => {
    const { page } = browser
    await signIn(page, base, 'desk', STAFF_PASSWORD)
    expect(await navLinks()).toEqual(['Door', 'Members', 'Payments', 'Cash count', 'Plans'])
    await page.goto(`${base}/desk/#/staff`)
    await page.getByRole('heading', { level: 1, name: 'Door' }).waitFor()

    await page.getByRole('button', { name: 'العربية' }).click()
    await page.getByRole('heading', { level: 1, name: 'البوابة' }).waitFor()
    expect(await page.evaluate<string[]>('[document.documentElement.dir, document.documentElement.lang]')).toEqual(['rtl', 'ar'])
    expect(await navLinks()).toEqual(['البوابة', 'الأعضاء', 'المدفوعات', 'جرد الخزينة', 'الباقات'])
    // Right to left: the brand sits at the right edge, the sign-out button at the left.
    const brand = (await page.locator('.brand').boundingBox())!
    const signOut = (await page.getByRole('button', { name: 'تسجيل الخروج' }).boundingBox())!
    expect(brand.x).toBeGreaterThan(640)
    expect(signOut.x).toBeLessThan(640)
    await expectAccessible(page, 'door-ar')
    await screenshot(page, 'door-ar')
    await page.goto(`${base}/desk/#/members/${member.id}`)
    await page.getByRole('heading', { name: 'المؤشرات الصحية' }).waitFor()
    await expectAccessible(page, 'member-ar')
    await screenshot(page, 'member-ar')

    // A reload: the access token (memory only) is gone; the HttpOnly cookie resumes the session,
    // and the user's language is remembered.
    await page.reload()
    await page.getByRole('heading', { name: 'المؤشرات الصحية' }).waitFor()
    expect(await page.evaluate<string>('document.documentElement.dir')).toBe('rtl')
    expect(await page.evaluate<string>('document.cookie')).toBe('')
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { name: 'Health figures' }).waitFor()
  })

  it('a deactivated account is thrown out on its next request and cannot sign in again', async () => {
    const { page } = browser
    await page.goto(`${base}/desk/#/door`)
    await page.getByRole('heading', { level: 1, name: 'Door' }).waitFor()
    const ownerToken = await staffToken(t.app, 'owner')
    const desk = await t.db.selectFrom('staff_users').select('id').where('username', '=', 'desk').executeTakeFirstOrThrow()
    expect((await call(t.app, 'POST', `/api/users/${desk.id}/deactivate`, { token: ownerToken })).statusCode).toBe(200)
    await page.getByRole('link', { name: 'Members' }).click()
    // Deactivation ends the account's sessions: the next request (and the refresh it tries) is refused.
    await page.getByText('Your session has ended. Please sign in again.').waitFor()
    await page.getByRole('heading', { name: 'Sign in to the desk' }).waitFor()
    await page.getByLabel('Username').fill('desk')
    await page.getByLabel('Password').fill(STAFF_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByText('This account has been deactivated.').waitFor()
    await screenshot(page, 'signed-out-inactive')
    expect(browser.cspViolations).toEqual([])
  })
})
