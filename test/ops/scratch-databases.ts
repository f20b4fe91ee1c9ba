// Whole PostgreSQL databases for the operator commands' tests (pg_dump, pg_restore and
// migrate-data work on a database, not on a test's schema), dropped when the test ends.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { postgresUrl } from '../support/database.ts'

async function admin(query: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl() })
  await client.connect()
  try {
    await client.query(query)
  } finally {
    await client.end()
  }
}

export function scratchDatabases() {
  const names: string[] = []
  return {
    /** A new, empty database; its URL. */
    async create(): Promise<string> {
      const name = `spotter_scratch_${randomBytes(5).toString('hex')}`
      await admin(`create database ${name} template template0`)
      names.push(name)
      const url = new URL(postgresUrl())
      url.pathname = `/${name}`
      return url.toString()
    },
    async dropAll(): Promise<void> {
      for (const name of names.splice(0)) await admin(`drop database if exists ${name} with (force)`)
    },
  }
}
