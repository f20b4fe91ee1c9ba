// A fresh database per test app: SQLite in memory, or a new PostgreSQL schema dropped afterwards.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts'

export const testDialect = (): 'sqlite' | 'postgres' => (process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite')

export const postgresUrl = () => process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

export interface TestDatabase {
  handle: DatabaseHandle
  /** The URL and schema another "instance" can open to share this database. */
  url: string
  schema: string | undefined
  open(): DatabaseHandle
  drop(): Promise<void>
}

/** Runs work on a connection of its own to the test PostgreSQL (creating and dropping schemas). */
export async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrl() })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDialect() === 'sqlite') {
    const handle = openDatabase('sqlite::memory:')
    return { handle, url: 'sqlite::memory:', schema: undefined, open: () => handle, drop: () => handle.close() }
  }
  const schema = `t_${randomBytes(6).toString('hex')}`
  await admin((c) => c.query(`create schema ${schema}`))
  const opened: DatabaseHandle[] = []
  const open = () => {
    const handle = openDatabase(postgresUrl(), { schema, poolSize: 10 })
    opened.push(handle)
    return handle
  }
  return {
    handle: open(),
    url: postgresUrl(),
    schema,
    open,
    async drop() {
      await Promise.all(opened.map((h) => h.close()))
      await admin((c) => c.query(`drop schema if exists ${schema} cascade`))
    },
  }
}
