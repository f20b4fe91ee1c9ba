// What SqliteDialect is handed instead of the bare better-sqlite3 Database (issue #6, speed):
// - Kysely's SqliteDriver calls `prepare` for every query, and compiling a statement costs more
//   than running most of ours: the last STATEMENT_CACHE_SIZE statements are kept by SQL text
//   (least recently used evicted). A prepared statement holds no data between runs, so nothing
//   about one request outlives it.
// - better-sqlite3 binds numbers, strings, bigints and buffers only: JS booleans are bound as 1/0
//   here, at the parameters, rather than by rewriting every query's syntax tree in a plugin.
import type SQLite from 'better-sqlite3'
import type { SqliteDatabase, SqliteStatement } from 'kysely'

const STATEMENT_CACHE_SIZE = 500

const bindable = (parameters: ReadonlyArray<unknown>): unknown[] => {
  let out: unknown[] | undefined
  for (let i = 0; i < parameters.length; i++) {
    const value = parameters[i]
    if (typeof value === 'boolean') {
      out ??= [...parameters]
      out[i] = value ? 1 : 0
    }
  }
  return out ?? (parameters as unknown[])
}

/** The cache, and whether a stream is iterating on the connection (no other statement may run then). */
export type CachingDatabase = SqliteDatabase & { readonly streaming: boolean }

export function withStatementCache(database: SQLite.Database, size = STATEMENT_CACHE_SIZE): CachingDatabase {
  const statements = new Map<string, SqliteStatement>()
  let streams = 0
  // better-sqlite3 refuses every other statement on the connection while one iterates, so a cached
  // statement is never found busy by another query; Kysely holds the connection for a stream.
  function* counted<T>(rows: IterableIterator<T>): IterableIterator<T> {
    streams += 1
    try {
      yield* rows
    } finally {
      streams -= 1
    }
  }
  const wrap = (statement: SQLite.Statement): SqliteStatement => ({
    get reader() { return statement.reader },
    all: (parameters) => statement.all(bindable(parameters)),
    run: (parameters) => statement.run(bindable(parameters)),
    iterate: (parameters) => counted(statement.iterate(bindable(parameters))),
  })
  return {
    get streaming() { return streams > 0 },
    close: () => {
      statements.clear()
      database.close()
    },
    prepare(sql: string): SqliteStatement {
      const cached = statements.get(sql)
      if (cached) {
        statements.delete(sql)
        statements.set(sql, cached)
        return cached
      }
      const statement = wrap(database.prepare(sql))
      statements.set(sql, statement)
      if (statements.size > size) statements.delete(statements.keys().next().value!)
      return statement
    },
  }
}
