// Queries built once (src/db/prepared.ts) on both databases: each call binds its own arguments in
// the right places, constants of the query stay, and a call on a transaction is part of it.
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Db } from '../../src/db/database.ts'
import { first, prepared } from '../../src/db/prepared.ts'
import { createTestDatabase, testDialect, type TestDatabase } from '../support/database.ts'

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

const remove = prepared((db, a: { id: number }) => loose(db).deleteFrom('prepared_probe').where('id', '=', a.id) as never)

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

  it('reads booleans as booleans and counts the rows a write changed, as Kysely answers', async () => {
    await sql`create table prepared_flags (id integer primary key, is_open boolean not null)`.execute(db)
    await sql`insert into prepared_flags (id, is_open) values (1, true), (2, false)`.execute(db)
    const flags = prepared((db, a: { min: number }) => (db as unknown as import('kysely').Kysely<{ prepared_flags: { id: number; is_open: boolean } }>)
      .selectFrom('prepared_flags').selectAll().where('id', '>=', a.min).orderBy('id') as never)
    expect((await flags(db, { min: 1 })).rows).toEqual([{ id: 1, is_open: true }, { id: 2, is_open: false }])
    expect((await rename(db, { id: 2, name: 'bo' })).numAffectedRows).toBe(1n)
    expect((await rename(db, { id: 99, name: 'nobody' })).numAffectedRows).toBe(0n)
  })

  it('never runs inside another request\'s open transaction: a read waits for its commit, a write for its rollback', async () => {
    let inside!: () => void
    const opened = new Promise<void>((resolve) => (inside = resolve))
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const other = db.transaction().execute(async (tx) => {
      await rename(tx, { id: 1, name: 'uncommitted' })
      inside()
      await held
      throw new Error('roll back')
    }).catch(() => 'rolled back')
    await opened
    // Asked while the other transaction is open: neither sees nor joins it.
    const read = first(byKindAbove(db, { kind: 'member', min: 4 }))
    const write = rename(db, { id: 3, name: 'cy-2' })
    release()
    expect(await other).toBe('rolled back')
    expect(await read).toEqual({ id: 1, name: 'ana' })
    expect((await write).numAffectedRows).toBe(1n)
    expect((await between(db, { edge: 9 })).rows).toEqual([{ id: 3 }])
    expect((await byKindAbove(db, { kind: 'member', min: 8 })).rows).toEqual([{ id: 3, name: 'cy-2' }])
  })

  it('refuses a call that leaves an argument out, before anything runs', async () => {
    await expect(rename(db, { id: 1 } as { id: number; name: string })).rejects.toThrow(/no value for name/)
    expect(await first(byKindAbove(db, { kind: 'member', min: 4 }))).toEqual({ id: 1, name: 'ana' })
  })
})

if (testDialect() === 'postgres') {
  describe('prepared queries on PostgreSQL', () => {
    it('run as a named statement, and a table changed under it (a rolling deploy) is answered, not refused', async () => {
      const everything = prepared((db, a: { id: number }) => loose(db).selectFrom('prepared_probe').selectAll().where('id', '=', a.id) as never)
      const names = await db.transaction().execute(async (tx) => {
        await everything(tx, { id: 1 })
        return (await sql<{ name: string }>`select name from pg_prepared_statements`.execute(tx)).rows.map((r) => r.name)
      })
      expect(names.some((name) => /^spotter_\d+$/.test(name))).toBe(true)
      // Prepared on the pool's connections, then the table grows a column (as a newer instance's migration would).
      await Promise.all(Array.from({ length: 4 }, () => everything(db, { id: 1 })))
      await sql`alter table prepared_probe add column extra integer`.execute(db)
      for (let i = 0; i < 12; i++) expect((await everything(db, { id: 2 })).rows).toEqual([{ id: 2, name: 'bob', kind: 'staff', n: 7, extra: null }])
      // Inside a transaction the refusal cannot be retried: that transaction fails, and the next one works.
      await everything(db, { id: 3 })
      await sql`alter table prepared_probe add column more integer`.execute(db)
      const outcomes = await Promise.all(Array.from({ length: 4 }, () => db.transaction().execute((tx) => everything(tx, { id: 3 })).then(() => 'ok', (e: { code?: string }) => e.code)))
      expect(outcomes.every((o) => o === 'ok' || o === '0A000')).toBe(true)
      expect((await db.transaction().execute((tx) => everything(tx, { id: 3 }))).rows).toEqual([{ id: 3, name: 'cy', kind: 'member', n: 9, extra: null, more: null }])
    })
  })
}

// better-sqlite3 refuses a write on the connection while a stream iterates: a prepared query asked
// meanwhile waits for the stream, as Kysely's own queries do (src/db/sqlite-statement-cache.ts).
if (testDialect() === 'sqlite') {
  describe('a prepared query while a stream iterates (SQLite)', () => {
    it('waits for the stream to end, then answers: a write, and a read after it', async () => {
      const seen: number[] = []
      let asked: [Promise<unknown>, Promise<unknown>] | undefined
      for await (const row of loose(db).selectFrom('prepared_probe').select('id').where('id', '>', 0).orderBy('id').stream()) {
        seen.push(row.id)
        asked ??= [remove(db, { id: 3 }), byKindAbove(db, { kind: 'member', min: 0 })]
      }
      expect(seen).toEqual([1, 2, 3])
      expect(((await asked![0]) as { numAffectedRows: bigint }).numAffectedRows).toBe(1n)
      expect(((await asked![1]) as { rows: unknown[] }).rows).toEqual([{ id: 1, name: 'ana' }])
    })
  })
}
