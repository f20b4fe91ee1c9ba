// A morning at the front desk, in Chromium: sign in, register a member (validation before sending,
// the API's field error beside the field), sell a plan, scan a QR pass through the scanner path and
// through the camera path (Chromium's fake camera playing a video of a real pass from the members'
// API), a denial with its reason and offer, the network down, a freeze, and sign-out.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSigningKey } from '../../src/modules/qr/qr-keys.ts'
import { createQrPassService } from '../../src/modules/qr/qr-token.ts'
import { call, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createService, createStaff, createSubscription, signInMember, STAFF_PASSWORD } from '../support/factories.ts'
import { ARTIFACTS, expectAccessible, openBrowser, passVideo, screenshot, signIn, startDesk, type Browser } from './support/browser.ts'

describe('the desk: a front-desk morning', () => {
  let t: TestApp
  let base: string
  let browser: Browser
  let expired: { id: number }
  let cameraMember: { id: number; full_name: string }

  beforeAll(async () => {
    ;({ t, base } = await startDesk())
    const branch = await createBranch(t.db, { name: 'Dragon Club' })
    await createStaff(t.db, 'front_desk', branch.id, { username: 'desk' })
    const monthly = await createService(t.db, { name: 'Monthly Gym', duration_days: 30, freeze_max_days: 7, price: 50_000 })
    cameraMember = await createCustomer(t.db, { full_name: 'Camera Member', email: 'camera@example.com', branch_id: branch.id })
    await createSubscription(t.db, { customerId: cameraMember.id, serviceId: monthly.id, branchId: branch.id, start: '2026-02-01', end: '2026-03-02' })
    expired = await createCustomer(t.db, { full_name: 'Lapsed Member', branch_id: branch.id })
    await createSubscription(t.db, { customerId: expired.id, serviceId: monthly.id, branchId: branch.id, start: '2025-12-01', end: '2025-12-30' })
    // The camera sees the pass the members' app shows: a PNG from GET /api/clients/qr.
    const member = await signInMember(t.app, t.notifier, 'camera@example.com')
    const pass = (await call(t.app, 'GET', '/api/clients/qr', { token: member.accessToken })).json().data
    browser = await openBrowser({ fakeVideo: passVideo(pass.qr_image_base64, join(ARTIFACTS, 'camera-pass.y4m')) })
  })
  afterAll(async () => {
    await browser?.close()
    await t?.close()
  })

  it('runs the day: register, sell, scan (scanner and camera), deny, survive a network failure, freeze, sign out', async () => {
    const { page } = browser

    // Sign in: the front desk lands on the door screen, with the scan field focused.
    await page.goto(`${base}/desk/`)
    await page.getByRole('heading', { name: 'Sign in to the desk' }).waitFor()
    await expectAccessible(page, 'sign-in')
    await screenshot(page, 'sign-in')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect.poll(() => page.locator('.field-error').allTextContents()).toEqual(['Required', 'Required'])
    await signIn(page, base, 'desk', STAFF_PASSWORD)
    await page.getByRole('heading', { name: 'Door' }).waitFor()
    expect(await page.evaluate<string>('document.activeElement.id')).toBe('scan')
    const nav = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()
    expect(nav).toEqual(['Door', 'Members', 'Payments', 'Cash count', 'Plans'])
    await expectAccessible(page, 'door')
    await screenshot(page, 'door')

    // Register: the form checks before sending, then shows the API's duplicate-phone error beside the phone field.
    await page.getByRole('link', { name: 'Members' }).click()
    await page.getByRole('button', { name: 'Register a member' }).click()
    await page.getByLabel('Full name').fill('Karim Nabil')
    await page.getByLabel('Phone', { exact: true }).fill((await t.db.selectFrom('customers').select('phone').where('id', '=', cameraMember.id).executeTakeFirstOrThrow()).phone)
    await page.getByLabel('Weight (kg)').fill('900')
    await page.getByRole('button', { name: 'Register', exact: true }).click()
    await page.getByText('Between 20 and 400').waitFor()
    expect(await t.db.selectFrom('customers').select('id').where('full_name', '=', 'Karim Nabil').execute()).toEqual([])
    await page.getByLabel('Weight (kg)').fill('90')
    await page.getByLabel('Height (cm)').fill('180')
    await page.getByLabel('Email (optional)').fill('karim@example.com')
    await expectAccessible(page, 'register')
    await screenshot(page, 'members-register')
    await page.getByRole('button', { name: 'Register', exact: true }).click()
    const phoneError = page.locator('.field', { has: page.getByLabel('Phone', { exact: true }) }).locator('.field-error')
    await expect.poll(() => phoneError.textContent()).toMatch(/already|use|exists/i)
    await page.getByLabel('Phone', { exact: true }).fill('0109 876 5432')
    await page.getByRole('button', { name: 'Register', exact: true }).click()
    await page.getByRole('heading', { name: 'Karim Nabil' }).waitFor()
    const karim = await t.db.selectFrom('customers').selectAll().where('full_name', '=', 'Karim Nabil').executeTakeFirstOrThrow()
    expect(karim).toMatchObject({ weight: 90, height: 180, email: 'karim@example.com' })
    await page.getByText('27.8 (overweight)').waitFor() // BMI from the API

    // Sell the monthly plan for cash: the receipt reference and the plan appear.
    await page.getByLabel('Plan', { exact: true }).selectOption({ label: 'Monthly Gym · EGP 500.00' })
    await page.getByRole('button', { name: 'Sell', exact: true }).click()
    await page.getByText(/Sold\. Receipt \S+/).waitFor()
    await expect.poll(() => page.getByTestId('subscription').getAttribute('data-status')).toBe('active')
    const sold = await t.db.selectFrom('subscriptions').selectAll().where('customer_id', '=', karim.id).execute()
    expect(sold).toHaveLength(1)
    await expectAccessible(page, 'member')
    await screenshot(page, 'member')

    // Scanner path: a USB scanner types the member's app pass into the focused field and presses Enter.
    const app = await signInMember(t.app, t.notifier, 'karim@example.com')
    const karimPass = (await call(t.app, 'GET', '/api/clients/qr', { token: app.accessToken })).json().data.qr_token as string
    await page.getByRole('link', { name: 'Door' }).click()
    // The door screen puts the cursor in the scan field by itself; a scanner types only once it is there.
    await expect.poll(() => page.locator('#scan:focus').count()).toBe(1)
    await page.keyboard.type(karimPass)
    await page.keyboard.press('Enter')
    const result = page.getByTestId('door-result')
    await expect.poll(() => result.getAttribute('data-allowed')).toBe('true')
    expect(await result.textContent()).toContain('Welcome, Karim Nabil')
    expect(await result.textContent()).toContain('Plan: Monthly Gym')
    expect(await result.textContent()).toMatch(/\d+ days left/)
    await expectAccessible(page, 'door-allowed')
    await screenshot(page, 'door-allowed')
    expect(await t.db.selectFrom('entry_logs').select(['customer_id', 'entry_status']).where('customer_id', '=', karim.id).execute())
      .toEqual([{ customer_id: karim.id, entry_status: 'approved' }])
    // Escape clears the answer; the field keeps the focus.
    await page.keyboard.press('Escape')
    await expect.poll(() => result.count()).toBe(0)

    // A denial: the reason in plain words and what to offer.
    const ring = await loadSigningKey({ db: t.db, config: t.config, clock: t.clock })
    const lapsedPass = (await createQrPassService({ ring, config: t.config, clock: t.clock }).issue(expired.id)).token
    await page.keyboard.type(lapsedPass)
    await page.keyboard.press('Enter')
    await expect.poll(() => result.getAttribute('data-reason')).toBe('SUBSCRIPTION_EXPIRED')
    expect(await result.textContent()).toContain('The plan has expired.')
    expect(await result.textContent()).toContain('Offer: renew the plan')
    await expectAccessible(page, 'door-denied')
    await screenshot(page, 'door-denied')

    // The network fails: a clear message, not a spinner.
    await page.route('**/api/entries/check-in', (route) => route.abort('internetdisconnected'))
    await page.keyboard.type('GYM-000001')
    await page.keyboard.press('Enter')
    await page.getByText('The server cannot be reached. Check the network').waitFor()
    await screenshot(page, 'door-offline')
    await page.unroute('**/api/entries/check-in')

    // Camera path: the fake camera shows the pass; jsQR (no BarcodeDetector on Linux) reads it.
    await page.getByRole('button', { name: 'Use the camera' }).click()
    await expect.poll(() => result.textContent(), { timeout: 20_000 }).toContain('Welcome, Camera Member')
    expect(await result.getAttribute('data-allowed')).toBe('true')
    await page.getByRole('button', { name: 'Stop the camera' }).click()
    const cameraEntries = await t.db.selectFrom('entry_logs').select(['entry_status', 'entry_type']).where('customer_id', '=', cameraMember.id).execute()
    expect(cameraEntries).toEqual([{ entry_status: 'approved', entry_type: 'qr_scan' }])

    // Freeze Karim's plan for a trip; the door then says it is frozen and offers to unfreeze.
    await page.goto(`${base}/desk/#/members/${karim.id}`)
    await page.getByRole('button', { name: 'Freeze' }).click()
    await page.getByLabel('Reason').fill('Travelling')
    await page.getByLabel('Days').fill('5')
    await page.getByRole('button', { name: 'Freeze' }).click()
    await page.getByText('Frozen.').waitFor()
    await expect.poll(() => page.getByTestId('subscription').getAttribute('data-status')).toBe('frozen')
    expect((await t.db.selectFrom('subscriptions').select('status').where('customer_id', '=', karim.id).executeTakeFirstOrThrow()).status).toBe('frozen')
    await page.getByRole('link', { name: 'Door' }).click()
    // The door screen moves the cursor to its scan field once mounted: typing the name before that
    // could land in the scan field instead, leaving the search empty.
    await expect.poll(() => page.locator('#scan:focus').count()).toBe(1)
    await page.getByLabel('Member name or phone').fill('Karim')
    await page.getByRole('button', { name: 'Search' }).click()
    await page.getByRole('button', { name: 'Check in', exact: true }).click()
    await expect.poll(() => result.getAttribute('data-reason')).toBe('SUBSCRIPTION_FROZEN')
    expect(await result.textContent()).toContain('Offer: unfreeze the plan')

    // Sign out: back to the sign-in page, and a reload does not resume the session.
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByText('You are signed out.').waitFor()
    await page.reload()
    await page.getByRole('heading', { name: 'Sign in to the desk' }).waitFor()
    expect(browser.cspViolations).toEqual([])
  })
})
