// Hot queries, built once (issue #6, speed). Kysely builds an immutable tree and compiles it to SQL
// on every call, which costs several times what SQLite takes to run a primary-key lookup. A
// `prepared` query is built and compiled the first time it runs on a dialect, with a placeholder
// where each argument goes; later calls copy the compiled query with the arguments bound in place
// of the placeholders and hand it to `db.executeQuery`. So it still runs on the caller's
// connection (a transaction's when `db` is one), through the same plugins, and SQLite's statement
// cache finds it by its SQL text.
//
// On SQLite a prepared query runs directly on better-sqlite3 (`DirectRunner`, registered by
// database.ts): the statement is synchronous anyway, and Kysely's way there (connection mutex,
// plugins, several promise turns) cost more than the statement itself. Asked of a transaction, it
// runs at once on the connection that transaction holds. Asked of the database itself, it runs at
// once when no transaction is open on the connection and no stream iterates on it; otherwise it
// takes Kysely's way and waits behind them, so it never reads or writes inside another request's
// work.
//
// On PostgreSQL each prepared query is sent as a named statement (`statementName`, used by
// database.ts): every connection parses and plans it once, then only binds and runs it. Planning
// cost several times what running these queries does (measured: 2.6× the pairs of reads per second
// a member read makes).
//
// Only values may be arguments (`where(column, '=', args.id)`, `.set({ x: args.x })`), never
// arrays (an `in` list is compiled to one placeholder per element), identifiers or SQL fragments.
import type { CompiledQuery, Compilable, QueryResult } from 'kysely'
import type { Db } from './database.ts'

type Value = string | number | boolean | null

class Placeholder {
  readonly name: string
  constructor(name: string) {
    this.name = name
  }
}

interface Template<Row> {
  compiled: CompiledQuery<Row>
  /** For each parameter of the compiled query: the argument it takes, or undefined for a constant of the query. */
  slots: Array<string | undefined>
}

export type PreparedQuery<Args extends Record<string, Value>, Row> = (db: Db, args: Args) => Promise<QueryResult<Row>>

/**
 * Runs a compiled query at once and answers as Kysely would, or answers undefined when it must wait
 * its turn. `ofTransaction`: the query was asked of a transaction of this database (which holds the
 * connection), not of the database itself.
 */
export type DirectRunner = (query: CompiledQuery, ofTransaction: boolean) => QueryResult<unknown> | undefined

// By the database's dialect adapter, which its transactions share.
const directRunners = new WeakMap<object, DirectRunner>()

/** Lets prepared queries asked of `db` or of its transactions run through `runner` (SQLite; see above). */
export function registerDirectRunner(db: Db, runner: DirectRunner): void {
  directRunners.set(db.getExecutor().adapter, runner)
}

// The SQL of every compiled template, with the statement name it is prepared under on PostgreSQL.
// Bounded by the prepared queries in the code (one text per query and dialect).
const statementNames = new Map<string, string>()

/** The name a prepared query's SQL is prepared under on a PostgreSQL connection; undefined for any other SQL. */
export const statementName = (sql: string): string | undefined => statementNames.get(sql)

export function prepared<Args extends Record<string, Value>, Row>(
  build: (db: Db, args: Args) => Compilable<Row>,
): PreparedQuery<Args, Row> {
  // One template per dialect adapter: a transaction shares its database's adapter and compiler.
  const templates = new WeakMap<object, Template<Row>>()
  const placeholders = new Proxy({} as Args, { get: (_, name) => new Placeholder(String(name)) })

  function template(key: object, db: Db): Template<Row> {
    let found = templates.get(key)
    if (!found) {
      const compiled = build(db, placeholders).compile()
      const slots = compiled.parameters.map((p) => (p instanceof Placeholder ? p.name : undefined))
      if (!statementNames.has(compiled.sql)) statementNames.set(compiled.sql, `spotter_${statementNames.size + 1}`)
      found = { compiled, slots }
      templates.set(key, found)
    }
    return found
  }

  return async (db, args) => {
    const adapter = db.getExecutor().adapter
    const { compiled, slots } = template(adapter, db)
    const parameters = new Array<unknown>(slots.length)
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]
      if (slot === undefined) {
        parameters[i] = compiled.parameters[i]
      } else {
        const value = args[slot]
        if (value === undefined) throw new Error(`prepared query: no value for ${slot}`)
        parameters[i] = value
      }
    }
    const query = { ...compiled, parameters }
    const direct = directRunners.get(adapter)?.(query, db.isTransaction)
    if (direct) return direct as QueryResult<Row>
    return await db.executeQuery<Row>(query)
  }
}

/** The first row of a prepared query's answer, or undefined. */
export async function first<Row>(result: Promise<QueryResult<Row>>): Promise<Row | undefined> {
  return (await result).rows[0]
}
