// Each report's JSON `data` flattened into spreadsheet rows (src/http/csv.ts): one row per bucket,
// group, branch, staff member or closing, with the report's range on every row.
import type { CsvCell } from '../../http/csv.ts'

type Row = Record<string, CsvCell>
const range = (d: { from: string; to: string; branch_id: number | null }): Row => ({ from: d.from, to: d.to, branch_id: d.branch_id })

export const periodCsv = (d: any): Row[] => d.rows.map((r: Row) => ({ ...r }))

export const revenueCsv = (d: any): Row[] => [
  { dimension: 'total', key: null, name: null, ...d.totals },
  ...(['branch', 'plan', 'method'] as const).flatMap((dimension) => d[`by_${dimension}`].map((g: Row) => ({ dimension, ...g }))),
].map((row) => ({ ...range(d), ...row }))

export const expensesCsv = (d: any): Row[] => d.by_category.map((c: Row) => ({ ...range(d), ...c }))

export const branchesCsv = (d: any): Row[] => d.branches.map((b: Row) => ({ ...range(d), ...b }))

export const staffCsv = (d: any): Row[] => d.staff.map((s: Row) => ({ ...range(d), ...s }))

export const membersCsv = (d: any): Row[] => [{
  ...range(d), today: d.today, days: d.days, active: d.active, frozen: d.frozen, new_members: d.new_members, expiring: d.expiring, lapsed: d.lapsed,
}]

/** Days first (key: the date), then the 24 hours (key: the hour). */
export const checkInsCsv = (d: any): Row[] => [
  ...d.by_day.map((r: { date: string; check_ins: number; members: number }) => ({ group: 'day', key: r.date, check_ins: r.check_ins, members: r.members })),
  ...d.by_hour.map((r: { hour: number; check_ins: number }) => ({ group: 'hour', key: r.hour, check_ins: r.check_ins, members: null })),
]

export const closingsCsv = (d: any): Row[] => d.closings.map((c: Row) => ({ ...c }))
