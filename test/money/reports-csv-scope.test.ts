// The reports' CSV answers parsed back and compared with their JSON, and who may read what: branch
// roles see their own branch (another answers 404), the desk and trainers read no reports.
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, type TestApp } from '../support/app.ts'
import { buildSampleDay, DAY, sampleApp, type SampleDay } from './support/sample-day.ts'

let t: TestApp
let w: SampleDay
beforeAll(async () => {
  t = await sampleApp()
  w = await buildSampleDay(t)
})
afterAll(async () => t.close())

type Json = Record<string, any>
const range = (d: Json) => ({ from: d.from, to: d.to, branch_id: d.branch_id })

/** Each report and the rows its CSV must hold, read off its JSON. */
const REPORTS: Array<[string, (d: Json) => Json[]]> = [
  ['daily?from=2026-11-16', (d) => d.rows],
  ['weekly', (d) => d.rows],
  ['monthly?from=2026-10-01', (d) => d.rows],
  ['revenue-trend?period=weekly&from=2026-10-01', (d) => d.rows],
  ['revenue', (d) => [{ dimension: 'total', key: null, name: null, ...d.totals },
    ...['branch', 'plan', 'method'].flatMap((k) => d[`by_${k}`].map((g: Json) => ({ dimension: k, ...g })))].map((r) => ({ ...range(d), ...r }))],
  ['expenses-by-category', (d) => d.by_category.map((c: Json) => ({ ...range(d), ...c }))],
  ['branch-comparison', (d) => d.branches.map((b: Json) => ({ ...range(d), ...b }))],
  ['employee-performance', (d) => d.staff.map((s: Json) => ({ ...range(d), ...s }))],
  ['members', (d) => [d]],
  ['check-ins?from=2026-11-17', (d) => [...d.by_day.map((r: Json) => ({ group: 'day', key: r.date, check_ins: r.check_ins, members: r.members })),
    ...d.by_hour.map((r: Json) => ({ group: 'hour', key: r.hour, check_ins: r.check_ins, members: null }))]],
  ['cash-differences?from=2026-11-17', (d) => d.closings],
]

const asCells = (row: Json) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)]))

describe('CSV answers of the reports', () => {
  for (const [path, rowsOf] of REPORTS) {
    it(`${path}: the CSV holds the JSON's figures, row for row`, async () => {
      const url = `/api/reports/${path}`
      const json = await call(t.app, 'GET', url, { token: w.tokens.owner })
      expect(json.statusCode, json.body).toBe(200)
      const csv = await call(t.app, 'GET', `${url}${url.includes('?') ? '&' : '?'}format=csv`, { token: w.tokens.owner })
      expect(csv.statusCode).toBe(200)
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8')
      const parsed = parse(csv.body, { columns: true }) as Json[]
      const expected = rowsOf(json.json().data).map(asCells)
      expect(parsed).toEqual(expected)
      expect(parsed.length).toBeGreaterThan(0)
      const byAccept = await call(t.app, 'GET', url, { token: w.tokens.owner, headers: { accept: 'text/csv' } })
      expect(byAccept.body).toBe(csv.body)
    })
  }

  it("carries the sample day's figures into the spreadsheet", async () => {
    const csv = await call(t.app, 'GET', `/api/reports/revenue?from=${DAY}&to=${DAY}&format=csv`, { token: w.tokens.accountantA })
    const rows = parse(csv.body, { columns: true }) as Json[]
    expect(rows.find((r) => r.dimension === 'total')).toMatchObject({ branch_id: String(w.a.id), gross: '128000', discount: '5000', refunds: '10000', net: '113000' })
    expect(rows.filter((r) => r.dimension === 'method').map((r) => [r.key, r.net])).toEqual([['cash', '103000'], ['network', '10000']])
  })

  it('answers errors as JSON even when CSV is asked for', async () => {
    const res = await call(t.app, 'GET', `/api/reports/revenue?branch_id=${w.b.id}&format=csv`, { token: w.tokens.managerA })
    expect(res.statusCode).toBe(404)
    expect(res.json()).toMatchObject({ status: 'error', code: 'NOT_FOUND' })
  })
})

const ALL_REPORTS = ['daily', 'weekly', 'monthly', 'revenue', 'revenue-trend', 'expenses-by-category', 'branch-comparison', 'employee-performance', 'members', 'check-ins', 'cash-differences']

describe('branch scope and roles', () => {
  it('answers 404 when a branch manager or an accountant names another branch, on every report, dashboard and the alerts', async () => {
    for (const who of ['managerA', 'accountantA'] as const) {
      const paths = [...ALL_REPORTS.map((r) => `/api/reports/${r}`), '/api/alerts', who === 'managerA' ? '/api/dashboards/branch-manager' : '/api/dashboards/accountant']
      for (const path of paths) {
        const res = await call(t.app, 'GET', `${path}?branch_id=${w.b.id}`, { token: w.tokens[who] })
        expect({ who, path, status: res.statusCode, code: res.json().code }).toEqual({ who, path, status: 404, code: 'NOT_FOUND' })
        const own = await call(t.app, 'GET', `${path}?branch_id=${w.a.id}`, { token: w.tokens[who] })
        expect(own.statusCode, `${who} ${path}`).toBe(200)
      }
    }
  })

  it("keeps a branch manager to their branch without asking, and lets the owner and the central accountant pick one", async () => {
    const own = await call(t.app, 'GET', `/api/reports/branch-comparison?from=${DAY}&to=${DAY}`, { token: w.tokens.managerB })
    expect(own.json().data.branches.map((b: Json) => [b.branch_id, b.net])).toEqual([[w.b.id, 40_000]])
    const picked = await call(t.app, 'GET', `/api/reports/revenue?from=${DAY}&to=${DAY}&branch_id=${w.b.id}`, { token: w.tokens.central })
    expect(picked.json().data).toMatchObject({ branch_id: w.b.id, totals: { net: 40_000 } })
    const ownerPick = await call(t.app, 'GET', `/api/dashboards/branch-manager?branch_id=${w.b.id}`, { token: w.tokens.owner })
    expect(ownerPick.json().data).toMatchObject({ branch_id: w.b.id, sales_today: { net: 40_000, by_method: { transfer: 40_000 } } })
    const unknown = await call(t.app, 'GET', '/api/reports/revenue?branch_id=999999', { token: w.tokens.owner })
    expect(unknown.statusCode).toBe(404)
    const noBranch = await call(t.app, 'GET', '/api/dashboards/branch-manager', { token: w.tokens.owner })
    expect(noBranch.json()).toMatchObject({ code: 'VALIDATION_ERROR' })
  })

  it('refuses reports and dashboards to the front desk and trainers', async () => {
    for (const who of ['deskA', 'trainerA'] as const) {
      for (const path of [...ALL_REPORTS.map((r) => `/api/reports/${r}`), '/api/dashboards/owner', '/api/dashboards/branch-manager', '/api/dashboards/accountant', '/api/alerts']) {
        const res = await call(t.app, 'GET', path, { token: w.tokens[who] })
        expect({ who, path, status: res.statusCode }).toEqual({ who, path, status: 403 })
      }
    }
    const managerOnOwner = await call(t.app, 'GET', '/api/dashboards/owner', { token: w.tokens.managerA })
    expect(managerOnOwner.statusCode).toBe(403)
  })

  it('bounds the range: from after to, more than 366 days, an unknown period', async () => {
    const bad = async (query: string) => (await call(t.app, 'GET', `/api/reports/${query}`, { token: w.tokens.owner })).json()
    expect(await bad('daily?from=2026-11-18&to=2026-11-17')).toMatchObject({ code: 'VALIDATION_ERROR', errors: [{ field: 'from' }] })
    expect(await bad('monthly?from=2025-11-17&to=2026-11-18')).toMatchObject({ code: 'VALIDATION_ERROR', errors: [{ field: 'to' }] })
    expect((await call(t.app, 'GET', '/api/reports/monthly?from=2025-11-18&to=2026-11-18', { token: w.tokens.owner })).statusCode).toBe(200)
    expect(await bad('revenue-trend?period=hourly')).toMatchObject({ code: 'VALIDATION_ERROR' })
    expect(await bad('daily?from=2026-02-30')).toMatchObject({ code: 'VALIDATION_ERROR' })
  })
})
