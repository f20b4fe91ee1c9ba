// Kysely's SqliteDriver calls `prepare` for every query, and compiling a statement costs more
// than running most of ours. This hands SqliteDialect a database whose `prepare` keeps the last
// STATEMENT_CACHE_SIZE statements by SQL text (least recently used evicted). A prepared statement
// holds no data between runs, so nothing about a request outlives it.
import type SQLite from 'better-sqlite3'
import type { SqliteDatabase, SqliteStatement } from 'kysely'

const STATEMENT_CACHE_SIZE = 500

export function withStatementCache(database: SQLite.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>()
  return {
    close: () => {
      statements.clear()
      database.close()
    },
    prepare(sql: string): SqliteStatement {
      const cached = statements.get(sql)
      if (cached) {
        // A statement still iterating (a stream) cannot run twice at once: use a fresh one.
        if (cached.busy) return database.prepare(sql) as unknown as SqliteStatement
        statements.delete(sql)
        statements.set(sql, cached)
        return cached as unknown as SqliteStatement
      }
      const statement = database.prepare(sql)
      statements.set(sql, statement)
      if (statements.size > size) statements.delete(statements.keys().next().value!)
      return statement as unknown as SqliteStatement
    },
  }
}
