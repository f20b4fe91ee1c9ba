// Lists and reports also answer text/csv, because accountants take them into a spreadsheet. A route
// opts in with `config: { csv: (data) => rows }`, turning its JSON `data` into flat rows; the
// caller asks with `?format=csv` or an `Accept: text/csv` header. Only successful answers become
// CSV: errors keep the JSON envelope, so a client always learns why a download failed.
import { stringify } from 'csv-stringify/sync'
import type { FastifyInstance, FastifyRequest } from 'fastify'

export type CsvCell = string | number | boolean | null | undefined
export type CsvRows = (data: any) => Array<Record<string, CsvCell>>

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Flattens the route's `data` into CSV rows; present on routes that can answer text/csv. */
    csv?: CsvRows
  }
}

const FORMAT_CSV = /(?:^|&)format=csv(?:&|$)/

export function wantsCsv(request: FastifyRequest): boolean {
  const query = request.url.split('?', 2)[1]
  if (query !== undefined && FORMAT_CSV.test(query)) return true
  const accept = request.headers.accept
  return typeof accept === 'string' && /\btext\/csv\b/i.test(accept) && !/\bapplication\/json\b/i.test(accept)
}

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with a quote. */
function safeCell(value: CsvCell): CsvCell {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

export function toCsv(rows: Array<Record<string, CsvCell>>): string {
  if (rows.length === 0) return ''
  const columns = Object.keys(rows[0]!)
  const records = rows.map((row) => columns.map((column) => safeCell(row[column])))
  return stringify(records, { header: true, columns, record_delimiter: 'windows', quoted_match: /[\r\n]/, cast: { boolean: (v) => (v ? 'true' : 'false') } })
}

export function registerCsv(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const rows = request.routeOptions.config.csv
    if (!rows || reply.statusCode !== 200 || typeof payload !== 'string' || !wantsCsv(request)) return payload
    const body = JSON.parse(payload) as { status: string; data: unknown }
    const name = (request.routeOptions.url ?? 'export').replace(/^\/api\//, '').replace(/[^a-z0-9]+/gi, '-').replace(/^-+|-+$/g, '')
    reply.header('content-type', 'text/csv; charset=utf-8')
    reply.header('content-disposition', `attachment; filename="${name || 'export'}.csv"`)
    return toCsv(rows(body.data))
  })
}
