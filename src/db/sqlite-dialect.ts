// Kysely's SQLite dialect, with every bound parameter written `+?` instead of `?` (issue #6, speed).
//
// SQLite re-plans a prepared statement each time it is run with new values when a parameter could
// steer the plan: a parameter compared with an indexed column in a join or beside an ORDER BY
// (and, in better-sqlite3's build, with ENABLE_STAT4). Every member read and every scan ran such
// statements, and re-planning them cost 20–50 µs each, several times what running them costs
// (measured: the session lookup 24 µs → 5.5 µs, a member's visit page 42 µs → 14 µs). Unary plus
// returns its operand unchanged (same value, same type, no affinity, like a bare parameter), but
// the planner no longer sees a bare parameter, so each statement keeps the plan made when it was
// prepared; plans are chosen from the schema and ANALYZE statistics, as PostgreSQL's generic plans
// are. Indexes are used exactly as before: `column = +?` is still an equality on a constant.
import { SqliteDialect, SqliteQueryCompiler, type QueryCompiler } from 'kysely'

class PlanStableCompiler extends SqliteQueryCompiler {
  protected override getCurrentParameterPlaceholder(): string {
    return '+?'
  }
}

export class PlanStableSqliteDialect extends SqliteDialect {
  override createQueryCompiler(): QueryCompiler {
    return new PlanStableCompiler()
  }
}
