// Browser-test harness: a Spotter app listening on localhost and serving the freshly built desk,
// Debian's Chromium driven by playwright-core (a new empty profile each launch), axe-core checks,
// and screenshots saved as artifacts in test-artifacts/desk/ (git-ignored).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import axe from 'axe-core'
import { PNG } from 'pngjs'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { expect } from 'vitest'
import { createTestApp, type TestApp } from '../../support/app.ts'
import { DESK_BUILD } from './build-desk.ts'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const ARTIFACTS = resolve(import.meta.dirname, '../../../test-artifacts/desk')
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export async function startDesk(): Promise<{ t: TestApp; base: string }> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`)
  const t = await createTestApp({ deskRoot: DESK_BUILD, env: { GYM_TIMEZONE: 'Africa/Cairo' } })
  await t.app.listen({ port: 0, host: '127.0.0.1' })
  const address = t.app.server.address()
  if (!address || typeof address === 'string') throw new Error('no port')
  return { t, base: `http://localhost:${address.port}` }
}

export interface Browser { context: BrowserContext; page: Page; cspViolations: string[]; close(): Promise<void> }

export async function openBrowser(options: { fakeVideo?: string } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'spotter-chromium-'))
  const camera = options.fakeVideo
    ? ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${options.fakeVideo}`]
    : []
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: [...FLAGS, ...camera], viewport: { width: 1280, height: 860 }, locale: 'en-GB',
    ...(options.fakeVideo ? { permissions: ['camera'] } : {}),
  })
  const page = context.pages()[0] ?? (await context.newPage())
  const cspViolations: string[] = []
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text())
  })
  page.on('pageerror', (error) => cspViolations.push(`page error: ${error.message}`))
  return {
    context, page, cspViolations,
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Runs axe-core on the page as it is and fails on any serious or critical violation. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  // Evaluated through the DevTools protocol, so the page's strict CSP (no inline scripts) stays on.
  // (Strings, not functions: the test code is type-checked without the DOM library.)
  if (!(await page.evaluate<boolean>("'axe' in window"))) await page.evaluate(axe.source)
  const result = await page.evaluate<axe.AxeResults>('axe.run(document)')
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(bad.map((v) => `${name}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true })
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true })
}

export async function signIn(page: Page, base: string, username: string, password: string): Promise<void> {
  await page.goto(`${base}/desk/`)
  await page.getByLabel('Username').fill(username)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('button', { name: 'Sign out' }).waitFor()
}

/**
 * A Y4M video (what Chromium's fake camera plays) showing a PNG centred on white: the QR pass the
 * members' app displays, as a phone held up to the tablet would show it.
 */
export function passVideo(pngBase64: string, file: string): string {
  const png = PNG.sync.read(Buffer.from(pngBase64, 'base64'))
  const width = 640
  const height = 480
  const side = 360
  const y = Buffer.alloc(width * height, 235)
  const left = (width - side) / 2
  const top = (height - side) / 2
  for (let row = 0; row < side; row++) {
    for (let col = 0; col < side; col++) {
      const sx = Math.floor((col * png.width) / side)
      const sy = Math.floor((row * png.height) / side)
      const i = (sy * png.width + sx) * 4
      const luma = 0.299 * png.data[i]! + 0.587 * png.data[i + 1]! + 0.114 * png.data[i + 2]!
      y[(top + row) * width + left + col] = Math.round(16 + (luma * 219) / 255)
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma])
  const frames = Array.from({ length: 10 }, () => frame)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...frames]))
  return file
}
