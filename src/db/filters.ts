// The optional filters of the staff lists (ledger, expenses, entry log…), written once: each
// condition applies only when its value is given, so `undefined` means "any".
import type { ReferenceExpression, SelectQueryBuilder } from 'kysely'

export type Condition<DB, TB extends keyof DB> = readonly [column: ReferenceExpression<DB, TB>, op: '=' | '>=' | '<=', value: unknown]

/** `q` with `where column op value` for each condition whose value is not undefined. */
export function whereGiven<DB, TB extends keyof DB, O>(q: SelectQueryBuilder<DB, TB, O>, conditions: ReadonlyArray<Condition<DB, TB>>): SelectQueryBuilder<DB, TB, O> {
  for (const [column, op, value] of conditions) {
    if (value !== undefined) q = q.where(column, op, value as never)
  }
  return q
}
