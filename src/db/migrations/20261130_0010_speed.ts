// Speed (issue #6): staff member search ("part of the name, phone, email or card number") without
// reading every member. PostgreSQL: trigram GIN indexes on the lower-cased columns, which serve
// `lower(col) like '%…%'` as written. SQLite: an FTS5 trigram index over the same columns, kept
// in step with `customers` by triggers (customer.repository.ts queries it for terms of 3+ chars).
import { sql, type Kysely } from 'kysely'
import { dialectOf } from '../schema-helpers.ts'

const COLUMNS = ['full_name', 'phone', 'email', 'qr_code'] as const

export async function up(db: Kysely<unknown>): Promise<void> {
  if ((await dialectOf(db)) === 'postgres') {
    // Database-wide, so always in schema public (instances working in another schema name it there).
    await sql`create extension if not exists pg_trgm schema public`.execute(db)
    for (const column of COLUMNS) {
      await sql`create index ${sql.id(`customers_${column}_trgm_idx`)} on customers using gin (lower(${sql.ref(column)}) public.gin_trgm_ops)`.execute(db)
    }
    return
  }
  const list = sql.raw(COLUMNS.join(', '))
  const values = (row: 'new' | 'old') => sql.raw(COLUMNS.map((c) => `${row}.${c}`).join(', '))
  await sql`create virtual table customers_search using fts5(${list}, content='customers', content_rowid='id', tokenize='trigram')`.execute(db)
  await sql`insert into customers_search(customers_search) values ('rebuild')`.execute(db)
  await sql`create trigger customers_search_ai after insert on customers begin
    insert into customers_search(rowid, ${list}) values (new.id, ${values('new')}); end`.execute(db)
  await sql`create trigger customers_search_ad after delete on customers begin
    insert into customers_search(customers_search, rowid, ${list}) values ('delete', old.id, ${values('old')}); end`.execute(db)
  await sql`create trigger customers_search_au after update of ${list} on customers begin
    insert into customers_search(customers_search, rowid, ${list}) values ('delete', old.id, ${values('old')});
    insert into customers_search(rowid, ${list}) values (new.id, ${values('new')}); end`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if ((await dialectOf(db)) === 'postgres') {
    for (const column of COLUMNS) await sql`drop index if exists ${sql.id(`customers_${column}_trgm_idx`)}`.execute(db)
    return
  }
  for (const trigger of ['customers_search_ai', 'customers_search_ad', 'customers_search_au']) await sql`drop trigger if exists ${sql.id(trigger)}`.execute(db)
  await sql`drop table if exists customers_search`.execute(db)
}
