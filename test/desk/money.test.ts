// Money at the desk, in Chromium: the front desk takes a payment outside a sale and prints its
// 80 mm receipt (print media emulated and photographed), prints a sale's receipt from the member
// page; an accountant refunds part of a payment (its limit checked beside the field), downloads the
// ledger as CSV with the in-memory token, reviews expenses and opens the reports with their charts;
// the front desk counts the drawer and closes the day (the difference shown, a second closing from
// another screen answered DAY_CLOSED in plain words); the owner's dashboard, and the owner closing a
// forgotten day late. axe-core on each page.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays } from '../../src/lib/dates.ts'
import { call, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createService, createStaff, STAFF_PASSWORD, staffToken } from '../support/factories.ts'
import { ARTIFACTS, expectAccessible, openBrowser, screenshot, signIn, startDesk, type Browser } from './support/browser.ts'

/** Text as read, with Intl's non-breaking spaces ("EGP 15.00") made plain. */
const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim()

describe('the desk: money', () => {
  let t: TestApp
  let base: string
  let browser: Browser
  let member: { id: number }
  let branch: { id: number }
  let towelId = 0

  beforeAll(async () => {
    ;({ t, base } = await startDesk())
    branch = await createBranch(t.db, { name: 'Dragon Club' })
    await createStaff(t.db, 'owner', null, { username: 'owner' })
    await createStaff(t.db, 'branch_manager', branch.id, { username: 'manager' })
    await createStaff(t.db, 'accountant', branch.id, { username: 'acc' })
    await createStaff(t.db, 'front_desk', branch.id, { username: 'desk' })
    await createService(t.db, { name: 'Monthly Gym', duration_days: 30, price: 50_000 })
    member = await createCustomer(t.db, { full_name: 'Sara Ali', branch_id: branch.id })
    // Two expenses the manager recorded, for the accountant to review.
    const manager = await staffToken(t.app, 'manager')
    for (const title of ['Electricity', 'Team dinner']) {
      const res = await call(t.app, 'POST', '/api/expenses', {
        token: manager, body: { title, amount: 120_000, branch_id: branch.id, expense_date: '2026-02-10', category: title === 'Electricity' ? 'utilities' : 'other' },
      })
      expect(res.statusCode).toBe(201)
    }
    browser = await openBrowser()
    // The browser's clock agrees with the server's hand-moved one (the ledger and reports open on today).
    await browser.context.clock.setFixedTime(new Date(t.clock.now().getTime()))
  })
  afterAll(async () => {
    await browser?.close()
    await t?.close()
  })

  const navLinks = () => browser.page.locator('.bar nav').getByRole('link').allTextContents()
  const signOut = async () => {
    await browser.page.getByRole('button', { name: 'Sign out' }).click()
    await browser.page.getByText('You are signed out.').waitFor()
  }

  it('the front desk takes a payment outside a sale and prints its 80 mm receipt; a sale prints its receipt too', async () => {
    const { page } = browser
    await signIn(page, base, 'desk', STAFF_PASSWORD)
    expect(await navLinks()).toEqual(['Door', 'Members', 'Payments', 'Cash count', 'Plans'])

    await page.goto(`${base}/desk/#/members/${member.id}`)
    const take = page.locator('form', { has: page.getByRole('heading', { name: 'Take a payment' }) })
    // Checked before sending: nothing typed, and a discount above the amount.
    await take.getByRole('button', { name: 'Take the payment' }).click()
    await expect.poll(() => take.locator('.field-error').allTextContents()).toEqual(['Required', 'Required'])
    await take.getByLabel('What for').fill('Towel')
    await take.getByLabel('Amount').fill('20')
    await take.getByLabel('Discount').fill('25')
    await take.getByRole('button', { name: 'Take the payment' }).click()
    await take.getByText('The discount is more than the amount').waitFor()
    expect(await t.db.selectFrom('payments').select('id').execute()).toEqual([])
    await take.getByLabel('Discount').fill('5')
    await take.getByRole('button', { name: 'Take the payment' }).click()

    // The receipt: reference, member, what for, total after the discount.
    const receipt = page.getByTestId('receipt')
    await receipt.waitFor()
    const row = await t.db.selectFrom('payments').selectAll().where('customer_id', '=', member.id).executeTakeFirstOrThrow()
    towelId = row.id
    expect(row).toMatchObject({ amount: 2000, discount: 500, payment_method: 'cash', transaction_type: 'other', notes: 'Towel' })
    expect(await page.evaluate<string>('location.hash')).toBe(`#/payments/${row.id}`)
    const text = await receipt.textContent().then(norm)
    expect(text).toContain(row.reference)
    expect(text).toContain('Sara Ali')
    expect(text).toContain('Towel')
    expect(text).toContain('EGP 15.00')
    expect(text).toContain('Served by Test front_desk')
    await expectAccessible(page, 'receipt')
    await screenshot(page, 'money-receipt')

    // "Print receipt" calls the browser's print (replaced here: headless Chromium has no dialog).
    await page.evaluate('window.__printed = 0; window.print = () => { window.__printed += 1 }')
    await page.getByRole('button', { name: 'Print receipt' }).click()
    expect(await page.evaluate<number>('window.__printed')).toBe(1)
    // On paper: only the slip, 80 mm wide (≈ 302 CSS px), no navigation or buttons.
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.bar').isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Print receipt' }).isVisible()).toBe(false)
    const box = await receipt.boundingBox()
    expect(Math.round(box!.width)).toBe(302)
    expect(Math.round(box!.x)).toBe(0)
    await page.screenshot({ path: join(ARTIFACTS, 'money-receipt-print.png'), clip: { x: 0, y: 0, width: 302, height: box!.height + box!.y } })
    await page.emulateMedia({ media: 'screen' })

    // A plan sale on the member page offers its receipt.
    await page.goto(`${base}/desk/#/members/${member.id}`)
    await page.getByLabel('Plan', { exact: true }).selectOption({ label: 'Monthly Gym · EGP 500.00' })
    await page.getByRole('button', { name: 'Sell', exact: true }).click()
    await page.getByRole('link', { name: 'Print the receipt' }).click()
    await expect.poll(() => receipt.textContent().then(norm)).toContain('Monthly Gym')
    expect(await receipt.textContent().then(norm)).toContain('EGP 500.00')
    expect(await receipt.textContent().then(norm)).toContain('Plan sale')

    // The ledger of today, with its totals.
    await page.locator('.bar nav').getByRole('link', { name: 'Payments', exact: true }).click()
    await expect.poll(() => page.getByTestId('ledger-totals').textContent().then(norm)).toContain('EGP 515.00')
    expect(await page.locator('tbody tr').count()).toBe(2)
    await expectAccessible(page, 'ledger')
    await screenshot(page, 'money-ledger')
    await signOut()
  })

  it('an accountant refunds part of a payment, downloads the ledger as CSV, reviews expenses and opens the reports', async () => {
    const { page } = browser
    await browser.context.clearCookies() // a fresh start even when the test before stopped half-way
    await signIn(page, base, 'acc', STAFF_PASSWORD)
    expect(await navLinks()).toEqual(['Dashboard', 'Members', 'Payments', 'Cash count', 'Expenses', 'Reports', 'Plans'])
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor()
    await expect.poll(() => page.getByTestId('today-net').textContent().then(norm)).toBe('EGP 515.00')
    await expectAccessible(page, 'accountant-dashboard')
    await screenshot(page, 'money-accountant-dashboard')

    // The ledger as CSV: fetched with the bearer token and handed to the browser as a file.
    await page.locator('.bar nav').getByRole('link', { name: 'Payments', exact: true }).click()
    await page.getByTestId('ledger-totals').waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()])
    const csv = readFileSync((await download.path())!, 'utf8')
    const towel = await t.db.selectFrom('payments').select('reference').where('id', '=', towelId).executeTakeFirstOrThrow()
    expect(csv).toContain(towel.reference)
    expect(csv.split('\n')[0]).toMatch(/reference/)

    // Refund from the receipt: more than is left is refused beside the field; then 10.00 of 15.00.
    await page.getByRole('link', { name: towel.reference }).click()
    const refund = page.locator('form', { has: page.getByRole('heading', { name: 'Refund' }) })
    await refund.getByText('Up to EGP 15.00 can still be refunded.').waitFor()
    await refund.getByLabel('Amount to refund').fill('20')
    await refund.getByRole('button', { name: 'Refund' }).click()
    await expect.poll(() => refund.locator('.field-error').allTextContents().then((a) => a.map(norm))).toEqual(['At most EGP 15.00', 'Required'])
    await refund.getByLabel('Amount to refund').fill('10')
    await refund.getByLabel('Reason').fill('Towel returned torn')
    await expectAccessible(page, 'refund')
    await refund.getByRole('button', { name: 'Refund' }).click()
    await page.getByText('Refunded EGP 10.00.').waitFor()
    const refunds = await t.db.selectFrom('payments').select(['amount', 'refund_of', 'transaction_type']).where('refund_of', '=', towelId).execute()
    expect(refunds).toEqual([{ amount: 1000, refund_of: towelId, transaction_type: 'refund' }])
    await expect.poll(() => page.getByTestId('receipt').textContent().then(norm)).toContain('Refunded')
    await page.getByText('Up to EGP 5.00 can still be refunded.').waitFor()
    await screenshot(page, 'money-refund')

    // Expenses: approve one; rejecting needs a note.
    await page.locator('.bar nav').getByRole('link', { name: 'Expenses', exact: true }).click()
    const electricity = page.getByTestId('expense').filter({ hasText: 'Electricity' })
    await electricity.getByRole('button', { name: 'Approve' }).click()
    await page.getByText('Approved: Electricity.').waitFor()
    const dinner = page.getByTestId('expense').filter({ hasText: 'Team dinner' })
    await dinner.getByRole('button', { name: 'Reject' }).click()
    await dinner.getByRole('button', { name: 'Reject' }).click()
    await dinner.getByText('Required').waitFor()
    await dinner.getByLabel('Why rejected').fill('Not a gym expense')
    await expectAccessible(page, 'expenses')
    await dinner.getByRole('button', { name: 'Reject' }).click()
    await page.getByText('Rejected: Team dinner.').waitFor()
    expect(await t.db.selectFrom('expenses').select(['title', 'status', 'review_notes']).orderBy('id').execute()).toEqual([
      { title: 'Electricity', status: 'approved', review_notes: null },
      { title: 'Team dinner', status: 'rejected', review_notes: 'Not a gym expense' },
    ])
    await expect.poll(() => page.getByTestId('expense').first().getAttribute('data-status')).not.toBe('pending')
    await screenshot(page, 'money-expenses')

    // Reports: the revenue figures and the charts, drawn (pixels on the canvas) and listed as tables.
    await page.locator('.bar nav').getByRole('link', { name: 'Reports', exact: true }).click()
    await expect.poll(() => page.getByTestId('revenue-totals').textContent().then(norm)).toContain('EGP 505.00')
    for (const id of ['chart-trend', 'chart-plan', 'chart-method', 'chart-hours']) {
      const drawn = () => page.evaluate<number>(`(() => { const c = document.querySelector('[data-testid=${id}] canvas'); if (!c || !c.width) return 0; const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n })()`)
      await expect.poll(drawn, { message: id }).toBeGreaterThan(500)
    }
    const plan = page.getByTestId('chart-plan')
    await plan.getByText('Show the figures').click()
    expect(await plan.locator('table').textContent().then(norm)).toContain('Monthly Gym')
    expect(await plan.locator('table').textContent().then(norm)).toContain('EGP 500.00')
    await expectAccessible(page, 'reports')
    await screenshot(page, 'money-reports')
    await signOut()
  })

  it('the front desk counts the drawer and closes the day; a second closing is refused with DAY_CLOSED', async () => {
    const { page, context } = browser
    await browser.context.clearCookies()
    await signIn(page, base, 'desk', STAFF_PASSWORD)
    await page.locator('.bar nav').getByRole('link', { name: 'Cash count', exact: true }).click()
    // Cash in: 15.00 (towel) + 500.00 (plan), out: 10.00 refunded → 505.00 expected.
    await expect.poll(() => page.getByTestId('expected').textContent().then(norm)).toBe('EGP 505.00')
    // The front desk sees no past closings (that list is the office's).
    expect(await page.getByRole('heading', { name: 'Past closings' }).count()).toBe(0)
    // A second screen of the same desk, opened before the day is closed.
    const other = await context.newPage()
    await other.goto(`${base}/desk/#/closing`)
    await expect.poll(() => other.getByTestId('expected').textContent().then(norm)).toBe('EGP 505.00')

    await page.getByRole('button', { name: 'Close the day' }).click()
    await page.getByText('Required').waitFor()
    await page.getByLabel('Cash counted in the drawer').fill('500')
    await page.getByLabel('Notes').fill('Short by 5')
    await expectAccessible(page, 'closing')
    await page.getByRole('button', { name: 'Close the day' }).click()
    const difference = page.getByTestId('difference')
    await expect.poll(() => difference.textContent().then(norm)).toBe('-EGP 5.00 · short')
    expect(await page.getByTestId('closing-result').textContent().then(norm)).toContain('EGP 500.00')
    expect(await t.db.selectFrom('daily_closings').select(['expected_cash', 'actual_cash', 'difference', 'notes']).execute())
      .toEqual([{ expected_cash: 50_500, actual_cash: 50_000, difference: -500, notes: 'Short by 5' }])
    await expectAccessible(page, 'closing-done')
    await screenshot(page, 'money-closing')

    await other.getByLabel('Cash counted in the drawer').fill('505')
    await other.getByRole('button', { name: 'Close the day' }).click()
    await other.getByText('The day is already closed for this branch').waitFor()
    await other.screenshot({ path: join(ARTIFACTS, 'money-closing-twice.png'), fullPage: true })
    await other.close()
    expect(await t.db.selectFrom('daily_closings').select('id').execute()).toHaveLength(1)
    // Reopening the page says so instead of offering the form.
    await page.reload()
    await page.getByText('Today is already closed for this branch.').waitFor()
    expect(await page.getByRole('button', { name: 'Close the day' }).count()).toBe(0)
    await signOut()
  })

  it("the owner's dashboard, and the closings list with its difference", async () => {
    const { page } = browser
    await browser.context.clearCookies()
    await signIn(page, base, 'owner', STAFF_PASSWORD)
    await page.locator('.bar nav').getByRole('link', { name: 'Dashboard', exact: true }).click()
    await expect.poll(() => page.getByTestId('today-net').textContent().then(norm)).toBe('EGP 505.00')
    expect(await page.getByTestId('month-net').textContent().then(norm)).toBe('EGP 505.00')
    expect(await page.getByTestId('best-branch').textContent().then(norm)).toBe('Dragon Club · EGP 505.00')
    expect(await page.getByTestId('top-staff').textContent().then(norm)).toContain('Test front_desk')
    await expectAccessible(page, 'owner-dashboard')
    await screenshot(page, 'money-owner-dashboard')

    await page.locator('.bar nav').getByRole('link', { name: 'Cash count', exact: true }).click()
    await page.getByText('Today is already closed for this branch.').waitFor()
    const past = page.locator('section', { has: page.getByRole('heading', { name: 'Past closings' }) })
    await expect.poll(() => past.locator('tbody').textContent().then(norm)).toContain('-EGP 5.00 · short')
    await expectAccessible(page, 'owner-closings')
    await screenshot(page, 'money-owner-closings')

    // A day nobody closed: the owner picks it, sees its (empty) drawer and closes it late.
    const [{ business_date: today }] = await t.db.selectFrom('daily_closings').select('business_date').execute() as [{ business_date: string }]
    const yesterday = addDays(today, -1)
    await page.getByLabel('Day (empty: today)').fill(yesterday)
    await page.getByRole('heading', { name: /closing late/ }).waitFor()
    await expect.poll(() => page.getByTestId('expected').textContent().then(norm)).toBe('EGP 0.00')
    await page.getByLabel('Cash counted in the drawer').fill('0')
    await page.getByRole('button', { name: 'Close the day' }).click()
    await page.getByTestId('closing-result').waitFor()
    expect(await t.db.selectFrom('daily_closings').select(['business_date', 'actual_cash']).orderBy('business_date').execute())
      .toEqual([{ business_date: yesterday, actual_cash: 0 }, { business_date: today, actual_cash: 50_000 }])
    await expectAccessible(page, 'owner-closing-late')
    await page.getByLabel('Day (empty: today)').fill('')
    await page.getByText('Today is already closed for this branch.').waitFor()

    // In Arabic, right to left.
    await page.getByRole('button', { name: 'العربية' }).click()
    await page.locator('.bar nav').getByRole('link', { name: 'لوحة المتابعة', exact: true }).click()
    await page.getByRole('heading', { name: 'لوحة المتابعة' }).waitFor()
    await expectAccessible(page, 'owner-dashboard-ar')
    await screenshot(page, 'money-owner-dashboard-ar')
    await page.getByRole('button', { name: 'English' }).click()
    await signOut()

    // The branch manager's home figures: today's sales of the branch, the members, expenses to review.
    await signIn(page, base, 'manager', STAFF_PASSWORD)
    await page.locator('.bar nav').getByRole('link', { name: 'Dashboard', exact: true }).click()
    await expect.poll(() => page.getByTestId('today-net').textContent().then(norm)).toBe('EGP 505.00')
    // Both expenses were reviewed by the accountant: nothing waits.
    expect(await page.getByTestId('alerts').locator('div', { hasText: 'Expenses to review' }).locator('dd').textContent()).toBe('0')
    await expectAccessible(page, 'manager-dashboard')
    await screenshot(page, 'money-manager-dashboard')
    expect(browser.cspViolations).toEqual([])
  })
})
