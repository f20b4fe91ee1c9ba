// SQLite answers booleans as 0/1. This plugin reads columns named is_* / grants_* / has_* back as
// booleans, so the rest of the code sees the same values PostgreSQL gives. JS booleans are written
// as 1/0 where parameters are bound (sqlite-statement-cache.ts), not by rewriting each query's tree.
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely'

const BOOLEAN_COLUMN = /^(is|grants|has)_/

export class SqliteBooleanPlugin implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    readBooleans(args.result.rows)
    return args.result
  }
}

/** The plugin's work on an answer's rows, in place (also used by the direct path of src/db/prepared.ts). */
export function readBooleans(rows: UnknownRow[]): void {
  if (rows.length === 0) return
  // Every row of one answer has the same columns: find the boolean ones once.
  const keys = Object.keys(rows[0]!).filter((key) => BOOLEAN_COLUMN.test(key))
  if (keys.length === 0) return
  for (const row of rows) {
    for (const key of keys) {
      const value = row[key]
      if (typeof value === 'number') row[key] = value === 1
    }
  }
}
