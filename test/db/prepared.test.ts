// Queries built once (src/db/prepared.ts) on both databases: each call binds its own arguments in
// the right places, constants of the query stay, and a call on a transaction is part of it.
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Db } from '../../src/db/database.ts'
import { first, prepared } from '../../src/db/prepared.ts'
import { createTestDatabase, type TestDatabase } from '../support/database.ts'

let database: TestDatabase
let db: Db

beforeEach(async () => {
  database = await createTestDatabase()
  db = database.handle.db as unknown as Db
  await sql`create table prepared_probe (id integer primary key, name varchar(40) not null, kind varchar(10) not null, n integer not null)`.execute(db)
  await sql`insert into prepared_probe (id, name, kind, n) values (1, 'ana', 'member', 5), (2, 'bob', 'staff', 7), (3, 'cy', 'member', 9)`.execute(db)
})
afterEach(() => database.drop())

// The probe table is not part of the typed schema: the builder is typed loosely on purpose.
const loose = (db: Db) => db as unknown as import('kysely').Kysely<{ prepared_probe: { id: number; name: string; kind: string; n: number } }>

const byKindAbove = prepared((db, a: { kind: string; min: number }) => loose(db)
  .selectFrom('prepared_probe')
  .select(['id', 'name'])
  .where('kind', '=', a.kind)
  .where('n', '>', a.min)
  .where('name', '!=', 'nobody')
  .orderBy('id') as never)

const between = prepared((db, a: { edge: number }) => loose(db)
  .selectFrom('prepared_probe')
  .select('id')
  .where('n', '>=', a.edge)
  .where('id', '<=', a.edge)
  .orderBy('id') as never)

const rename = prepared((db, a: { id: number; name: string }) => loose(db).updateTable('prepared_probe').set({ name: a.name }).where('id', '=', a.id) as never)

describe('prepared queries', () => {
  it('binds each call its own arguments, keeps the query constants, and uses an argument twice where it appears twice', async () => {
    expect((await byKindAbove(db, { kind: 'member', min: 4 })).rows).toEqual([{ id: 1, name: 'ana' }, { id: 3, name: 'cy' }])
    expect((await byKindAbove(db, { kind: 'member', min: 6 })).rows).toEqual([{ id: 3, name: 'cy' }])
    expect((await byKindAbove(db, { kind: 'staff', min: 0 })).rows).toEqual([{ id: 2, name: 'bob' }])
    // n >= 5 and id <= 5: every row; n >= 7 and id <= 7: rows 2 and 3.
    expect((await between(db, { edge: 5 })).rows).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }])
    expect((await between(db, { edge: 7 })).rows).toEqual([{ id: 2 }, { id: 3 }])
  })

  it('runs on the transaction it is given: rolled back with it, committed with it', async () => {
    await db.transaction().execute(async (tx) => {
      await rename(tx, { id: 1, name: 'ana-tx' })
      expect(await first(byKindAbove(tx, { kind: 'member', min: 4 }))).toEqual({ id: 1, name: 'ana-tx' })
      throw new Error('roll back')
    }).catch(() => undefined)
    expect(await first(byKindAbove(db, { kind: 'member', min: 4 }))).toEqual({ id: 1, name: 'ana' })
    await db.transaction().execute((tx) => rename(tx, { id: 1, name: 'ana-2' }))
    expect(await first(byKindAbove(db, { kind: 'member', min: 4 }))).toEqual({ id: 1, name: 'ana-2' })
  })

  it('refuses a call that leaves an argument out, before anything runs', async () => {
    await expect(rename(db, { id: 1 } as { id: number; name: string })).rejects.toThrow(/no value for name/)
    expect(await first(byKindAbove(db, { kind: 'member', min: 4 }))).toEqual({ id: 1, name: 'ana' })
  })
})
