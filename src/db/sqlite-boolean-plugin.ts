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
    for (const row of args.result.rows) {
      for (const key of Object.keys(row)) {
        if (BOOLEAN_COLUMN.test(key) && typeof row[key] === 'number') row[key] = row[key] === 1
      }
    }
    return args.result
  }
}
