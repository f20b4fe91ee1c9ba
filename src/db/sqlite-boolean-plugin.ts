// better-sqlite3 binds numbers, strings, bigints and buffers only, and SQLite answers booleans as
// 0/1. This plugin writes JS booleans as 1/0 and reads columns named is_* / grants_* back as
// booleans, so the rest of the code sees the same values PostgreSQL gives.
import {
  OperationNodeTransformer,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type ValueNode,
} from 'kysely'

const BOOLEAN_COLUMN = /^(is|grants|has)_/

class BooleanToInteger extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    const value = super.transformValue(node)
    return typeof value.value === 'boolean' ? { ...value, value: value.value ? 1 : 0 } : value
  }
  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return { ...node, values: node.values.map((v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v)) }
  }
}

export class SqliteBooleanPlugin implements KyselyPlugin {
  readonly #transformer = new BooleanToInteger()

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node)
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
