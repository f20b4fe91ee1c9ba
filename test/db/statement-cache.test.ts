// SQLite: better-sqlite3 refuses a write on the connection while a stream iterates. A prepared
// query (src/db/prepared.ts) asked meanwhile waits for the stream, as Kysely's own queries do.
import { sql, type Kysely } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Db } from '../../src/db/database.ts'
import { prepared } from '../../src/db/prepared.ts'
import { createTestDatabase, testDialect, type TestDatabase } from '../support/database.ts'

type Probe = Kysely<{ cache_probe: { id: number } }>
const above = prepared((db, a: { min: number }) => (db as unknown as Probe).selectFrom('cache_probe').select('id').where('id', '>', a.min).orderBy('id') as never)
const remove = prepared((db, a: { id: number }) => (db as unknown as Probe).deleteFrom('cache_probe').where('id', '=', a.id) as never)

if (testDialect() === 'sqlite') {
  describe('a prepared query while a stream iterates (SQLite)', () => {
    let database: TestDatabase
    let db: Db
    beforeEach(async () => {
      database = await createTestDatabase()
      db = database.handle.db
      await sql`create table cache_probe (id integer primary key)`.execute(db)
      await sql`insert into cache_probe (id) values (1), (2), (3)`.execute(db)
    })
    afterEach(() => database.drop())

    it('waits for the stream to end, then answers: a write, and a read of the stream\'s own query', async () => {
      const seen: number[] = []
      let asked: [Promise<unknown>, Promise<unknown>] | undefined
      for await (const row of (db as unknown as Probe).selectFrom('cache_probe').select('id').where('id', '>', 0).orderBy('id').stream()) {
        seen.push(row.id)
        asked ??= [remove(db, { id: 3 }), above(db, { min: 0 })]
      }
      expect(seen).toEqual([1, 2, 3])
      expect(((await asked![0]) as { numAffectedRows: bigint }).numAffectedRows).toBe(1n)
      expect(((await asked![1]) as { rows: unknown[] }).rows).toEqual([{ id: 1 }, { id: 2 }])
    })
  })
}
