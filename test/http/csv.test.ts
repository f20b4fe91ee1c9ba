// The CSV answer of lists and reports: asked by ?format=csv or Accept: text/csv, built from the
// route's own rows function, formula-safe, and errors stay in the JSON envelope.
import Type from 'typebox'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toCsv, wantsCsv } from '../../src/http/csv.ts'
import { success } from '../../src/lib/envelope.ts'
import { AppError } from '../../src/lib/errors.ts'
import { createTestApp, type TestApp } from '../support/app.ts'

describe('CSV answers', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(async () => t.close())

  it('quotes commas, quotes and new lines, ends records with CRLF and defuses formulas', () => {
    const text = toCsv([
      { name: 'Ahmed, "the boss"', note: 'line1\nline2', amount: -150, formula: '=SUM(A1)', ok: true, none: null },
    ])
    expect(text).toBe('name,note,amount,formula,ok,none\r\n"Ahmed, ""the boss""","line1\nline2",-150,\'=SUM(A1),true,\r\n')
  })

  it('answers nothing for no rows', () => {
    expect(toCsv([])).toBe('')
  })

  it('asks for CSV by query or by Accept, not when JSON is accepted too', () => {
    const req = (url: string, accept?: string) => ({ url, headers: accept ? { accept } : {} }) as never
    expect(wantsCsv(req('/api/x?format=csv'))).toBe(true)
    expect(wantsCsv(req('/api/x?a=1&format=csv&b=2'))).toBe(true)
    expect(wantsCsv(req('/api/x?format=csvx'))).toBe(false)
    expect(wantsCsv(req('/api/x', 'text/csv'))).toBe(true)
    expect(wantsCsv(req('/api/x', 'text/csv, application/json'))).toBe(false)
    expect(wantsCsv(req('/api/x'))).toBe(false)
  })

  it('turns a route that opts in into a CSV download, and leaves its errors as JSON', async () => {
    // A second app over the same database, with one probe route that opts in.
    const { buildApp } = await import('../../src/app.ts')
    const pino = (await import('pino')).default
    const other = await buildApp(t.config, { clock: t.clock, database: t.database.handle, notifier: t.notifier, logger: pino({ level: 'silent' }), beforeReady: (a) => {
      a.get('/csv-probe', {
        schema: { querystring: Type.Object({ fail: Type.Optional(Type.Boolean()) }) },
        config: { access: 'public', csv: (data: { items: Array<{ a: number; b: string }> }) => data.items },
      }, async (request) => {
        if ((request.query as { fail?: boolean }).fail) throw new AppError('NOT_FOUND')
        return success({ items: [{ a: 1, b: 'x' }, { a: 2, b: 'y' }], total: 2 })
      })
    } })
    try {
      const json = await other.inject({ method: 'GET', url: '/csv-probe' })
      expect(json.headers['content-type']).toMatch(/application\/json/)
      expect(json.json().data.total).toBe(2)
      const csv = await other.inject({ method: 'GET', url: '/csv-probe?format=csv' })
      expect(csv.statusCode).toBe(200)
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8')
      expect(csv.headers['content-disposition']).toBe('attachment; filename="csv-probe.csv"')
      expect(csv.body).toBe('a,b\r\n1,x\r\n2,y\r\n')
      const byAccept = await other.inject({ method: 'GET', url: '/csv-probe', headers: { accept: 'text/csv' } })
      expect(byAccept.body).toBe(csv.body)
      const failed = await other.inject({ method: 'GET', url: '/csv-probe?format=csv&fail=true' })
      expect(failed.statusCode).toBe(404)
      expect(failed.json()).toMatchObject({ status: 'error', code: 'NOT_FOUND' })
    } finally {
      await other.close()
    }
  })
})
