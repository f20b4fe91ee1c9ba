// The bench's data: a small gym and a large chain, generated in bulk by SQL (no request per row)
// and kept between runs — SQLite files under bench/.cache/, PostgreSQL databases named for the
// size. DATA_VERSION names the shape: change it and the next run regenerates (3: the daily roll-ups).
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import pg from 'pg'
import { openDatabase, type DatabaseHandle } from '../src/db/database.ts'
import { migrateToLatest } from '../src/db/migrate.ts'
import { rebuildRollups } from '../src/modules/reports/rollups.repository.ts'

export const DATA_VERSION = 3

export interface DataSize {
  name: 'small' | 'large'
  members: number
  visitsPerMember: number
  branches: number
  /** Payments per member over the past year (monthly renewals). */
  paymentsPerMember: number
}

export const SIZES: Record<DataSize['name'], DataSize> = {
  small: { name: 'small', members: 1_000, visitsPerMember: 50, branches: 1, paymentsPerMember: 12 },
  large: { name: 'large', members: 100_000, visitsPerMember: 50, branches: 10, paymentsPerMember: 12 },
}

export const CACHE_DIR = new URL('./.cache/', import.meta.url).pathname
const DAY = 86_400
/** What the cached data are named by: the size, its shape and DATA_VERSION. */
const tag = (size: DataSize) => `${size.name}_v${DATA_VERSION}`

export const postgresAdminUrl = () => process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

export function postgresUrlFor(size: DataSize): string {
  const url = new URL(postgresAdminUrl())
  url.pathname = `/spotter_bench_${tag(size)}`
  return url.toString()
}

export const sqliteFileFor = (size: DataSize) => join(CACHE_DIR, `${tag(size)}.db`)

// Members are ids 1..members. Names are first × last from these lists (each of the 2,400 pairs
// is shared by ~42 members of the large chain, as common names are); phones are +2010 and 8
// digits spread by a bijection of the id (sequential numbers would all share long runs of 0s).
const FIRST_NAMES = ['Ahmed', 'Mohamed', 'Mahmoud', 'Omar', 'Youssef', 'Mostafa', 'Karim', 'Hassan', 'Ali', 'Amr', 'Tarek', 'Sherif', 'Khaled',
  'Hany', 'Ibrahim', 'Islam', 'Walid', 'Ramy', 'Ziad', 'Adham', 'Mona', 'Sara', 'Nour', 'Salma', 'Yasmin', 'Hana', 'Laila', 'Mariam', 'Farida',
  'Dina', 'Rana', 'Aya', 'Nada', 'Heba', 'Reem', 'Shahd', 'Malak', 'Jana', 'Habiba', 'Rowan']
const LAST_NAMES = ['Hassan', 'Hussein', 'Mahmoud', 'Ibrahim', 'Abdelrahman', 'Fathy', 'Saleh', 'Mostafa', 'Ali', 'Kamal', 'Nabil', 'Farouk',
  'Gamal', 'Samir', 'Adel', 'Ashraf', 'Magdy', 'Sayed', 'Salem', 'Hamdy', 'Zaki', 'Lotfy', 'Shawky', 'Ragab', 'Fouad', 'Helmy', 'Mansour',
  'Naguib', 'Osman', 'Radwan', 'Sabry', 'Tawfik', 'Wahba', 'Yassin', 'Zayed', 'Badawi', 'Darwish', 'Eid', 'Ghoneim', 'Hegazy', 'Emam', 'Kandil',
  'Labib', 'Maher', 'Nassar', 'Okasha', 'Qassem', 'Rizk', 'Shalaby', 'Taha', 'Azmy', 'Barakat', 'Dawood', 'Fahmy', 'Gaber', 'Hafez', 'Ismail',
  'Khalil', 'Morsy', 'Nasr']
const PHONE_SPREAD = 7919 // prime, coprime with 10^8: id → id × 7919 mod 10^8 is one-to-one
export const memberPhone = (id: number) => `+2010${String((id * PHONE_SPREAD) % 100_000_000).padStart(8, '0')}`
export const memberName = (id: number) =>
  `${FIRST_NAMES[id % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(id / FIRST_NAMES.length) % LAST_NAMES.length]}`

/** Opens the size's database, generating it first when it is not cached. Returns the URL for the server. */
export async function ensureData(dialect: 'sqlite' | 'postgres', size: DataSize, log: (line: string) => void): Promise<string> {
  if (dialect === 'sqlite') {
    const file = sqliteFileFor(size)
    const url = `sqlite:${file}`
    if (existsSync(file)) return migrated(url)
    mkdirSync(CACHE_DIR, { recursive: true })
    const building = `${file}.building`
    for (const f of [building, `${building}-wal`, `${building}-shm`]) rmSync(f, { force: true })
    const started = performance.now()
    const handle = openDatabase(`sqlite:${building}`)
    try {
      await generate(handle, size)
      await sql`pragma wal_checkpoint(truncate)`.execute(handle.db)
    } finally {
      await handle.close()
    }
    renameSync(building, file)
    log(`generated ${size.name} data on SQLite in ${((performance.now() - started) / 1000).toFixed(0)} s`)
    return url
  }
  const url = postgresUrlFor(size)
  const database = new URL(url).pathname.slice(1)
  const admin = new pg.Client({ connectionString: postgresAdminUrl() })
  await admin.connect()
  try {
    const found = await admin.query('select 1 from pg_database where datname = $1', [database])
    // A database is only renamed to its final name once complete, so an existing one is whole.
    if (found.rowCount) return await migrated(url)
    const building = `${database}_building`
    await admin.query(`drop database if exists ${building}`)
    await admin.query(`create database ${building}`)
    const started = performance.now()
    const buildUrl = new URL(url)
    buildUrl.pathname = `/${building}`
    // Bulk statements are not requests: no statement timeout (a busy machine takes longer than 10 s).
    const handle = openDatabase(buildUrl.toString(), { statementTimeoutMs: 0 })
    try {
      await generate(handle, size)
      await sql`vacuum analyze`.execute(handle.db)
    } finally {
      await handle.close()
    }
    await admin.query(`alter database ${building} rename to ${database}`)
    log(`generated ${size.name} data on PostgreSQL in ${((performance.now() - started) / 1000).toFixed(0)} s`)
    return url
  } finally {
    await admin.end()
  }
}

/** Cached data get the migrations added since they were made, before the server is timed starting on them. */
async function migrated(url: string): Promise<string> {
  const handle = openDatabase(url)
  try {
    await migrateToLatest(handle.db)
  } finally {
    await handle.close()
  }
  return url
}

async function generate(handle: DatabaseHandle, size: DataSize): Promise<void> {
  const { db, dialect } = handle
  await migrateToLatest(db)
  const nowS = Math.floor(Date.now() / 1000)
  const now = new Date(nowS * 1000).toISOString()
  const dayOffset = (days: number) => new Date((nowS + days * DAY) * 1000).toISOString().slice(0, 10)
  const pgsql = dialect === 'postgres'
  const yes = pgsql ? sql`true` : sql`1`

  await db.transaction().execute(async (tx) => {
    // Reference rows: branches, one owner (the bench signs its sessions itself), one session plan.
    for (let b = 1; b <= size.branches; b++) {
      await sql`insert into branches (id, name, is_active, created_at, updated_at) values (${b}, ${`Branch ${b}`}, ${yes}, ${now}, ${now})`.execute(tx)
    }
    await sql`insert into staff_users (id, username, password_hash, full_name, role, branch_id, is_active, created_at, updated_at)
      values (1, 'bench-owner', 'not-a-password-hash', 'Bench Owner', 'owner', null, ${yes}, ${now}, ${now})`.execute(tx)
    await sql`insert into services (id, name, service_type, subscription_type, price, duration_days, sessions, grants_gym_entry, is_active, created_at, updated_at)
      values (1, 'Bench sessions', 'gym', 'sessions', 50000, 365, 1000000, ${yes}, ${yes}, ${now}, ${now})`.execute(tx)

    const series = (n: number) => (pgsql ? sql`generate_series(1, ${sql.lit(n)}) as s(n)` : sql`seq`)
    const withSeq = (n: number) => (pgsql ? sql`` : sql`with recursive seq(n) as (select 1 union all select n + 1 from seq where n < ${sql.lit(n)}) `)
    const pad = (expr: ReturnType<typeof sql>, width: number) =>
      pgsql ? sql`lpad((${expr})::text, ${sql.lit(width)}, '0')` : sql`printf(${sql.lit(`%0${width}d`)}, ${expr})`
    const branchOf = (id: ReturnType<typeof sql>) => sql`(1 + (${id}) % ${sql.lit(size.branches)})`

    const n = sql`n`
    await sql`create table bench_first_names (i integer primary key, name varchar(40) not null)`.execute(tx)
    await sql`create table bench_last_names (i integer primary key, name varchar(40) not null)`.execute(tx)
    await tx.insertInto('bench_first_names' as never).values(FIRST_NAMES.map((name, i) => ({ i, name })) as never).execute()
    await tx.insertInto('bench_last_names' as never).values(LAST_NAMES.map((name, i) => ({ i, name })) as never).execute()
    await sql`${withSeq(size.members)}insert into customers (id, full_name, phone, email, qr_code, branch_id, is_active, created_at, updated_at)
      select n, f.name || ' ' || l.name, '+2010' || ${pad(sql`(n * ${sql.lit(PHONE_SPREAD)}) % 100000000`, 8)}, null, 'GYM-B' || ${pad(n, 8)},
        ${branchOf(n)}, ${yes}, ${now}, ${now}
      from ${series(size.members)}
      join bench_first_names f on f.i = n % ${sql.lit(FIRST_NAMES.length)}
      join bench_last_names l on l.i = (n / ${sql.lit(FIRST_NAMES.length)}) % ${sql.lit(LAST_NAMES.length)}`.execute(tx)
    await sql`drop table bench_first_names`.execute(tx)
    await sql`drop table bench_last_names`.execute(tx)
    // A session plan with room for every check-in the bench will ever make, so each scan charges one.
    await sql`${withSeq(size.members)}insert into subscriptions (id, customer_id, service_id, branch_id, start_date, end_date, status,
        total_sessions, remaining_sessions, freeze_days_used, freeze_count, amount, discount, created_by, created_at, updated_at)
      select n, n, 1, ${branchOf(n)}, ${dayOffset(-30)}, ${dayOffset(335)}, 'active', 1000000000, 1000000000, 0, 0, 50000, 0, 1, ${now}, ${now}
      from ${series(size.members)}`.execute(tx)

    // Visits: visitsPerMember per member, a week apart going back from yesterday, at a member-specific hour.
    const visits = size.members * size.visitsPerMember
    const v = size.visitsPerMember
    // In chunks, so neither dialect holds millions of pending rows in one statement.
    const chunk = 500_000
    for (let from = 0; from < visits; from += chunk) {
      const count = Math.min(chunk, visits - from)
      const id = sql`(n + ${sql.lit(from)})`
      const m = sql`(1 + (${id} - 1) / ${sql.lit(v)})`
      const e = sql`(${sql.lit(nowS - DAY)} - ((${id} - 1) % ${sql.lit(v)}) * ${sql.lit(7 * DAY)} - ((${id} - 1) / ${sql.lit(v)}) % ${sql.lit(DAY)})`
      const at = pgsql ? sql`to_timestamp(${e})` : sql`strftime('%Y-%m-%dT%H:%M:%fZ', ${e}, 'unixepoch')`
      const d = pgsql ? sql`(to_timestamp(${e}) at time zone 'UTC')::date` : sql`date(${e}, 'unixepoch')`
      await sql`${withSeq(count)}insert into entry_logs (id, customer_id, branch_id, subscription_id, entry_time, business_date, entry_type,
          entry_status, reason, coins_used, sessions_used, staff_id, scan_key)
        select ${id}, ${m}, ${branchOf(m)}, ${m}, ${at}, ${d}, 'qr_scan', 'approved', 'OK', 0, 1, 1, null
        from ${series(count)}`.execute(tx)
    }

    // A year of payments: one renewal a month per member.
    const p = size.paymentsPerMember
    const payments = size.members * p
    for (let from = 0; from < payments; from += chunk) {
      const count = Math.min(chunk, payments - from)
      const id = sql`(n + ${sql.lit(from)})`
      const m = sql`(1 + (${id} - 1) / ${sql.lit(p)})`
      const e = sql`(${sql.lit(nowS)} - ((${id} - 1) % ${sql.lit(p)}) * ${sql.lit(30 * DAY)} - ${m} % ${sql.lit(DAY)})`
      const at = pgsql ? sql`to_timestamp(${e})` : sql`strftime('%Y-%m-%dT%H:%M:%fZ', ${e}, 'unixepoch')`
      const d = pgsql ? sql`(to_timestamp(${e}) at time zone 'UTC')::date` : sql`date(${e}, 'unixepoch')`
      await sql`${withSeq(count)}insert into payments (id, reference, branch_id, customer_id, subscription_id, amount, discount, payment_method,
          transaction_type, created_by, created_at, business_date)
        select ${id}, 'BENCH-' || ${pad(id, 10)}, ${branchOf(m)}, ${m}, ${m}, 50000, 0, 'cash', 'renewal', 1, ${at}, ${d}
        from ${series(count)}`.execute(tx)
    }

    if (pgsql) {
      // Explicit ids do not advance identity sequences: move them past what was inserted.
      for (const table of ['branches', 'staff_users', 'services', 'customers', 'subscriptions', 'entry_logs', 'payments']) {
        await sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select max(id) from ${sql.table(table)}))`.execute(tx)
      }
    }
  })
  // Bulk SQL bypasses the writes that keep the daily roll-ups, so they are summed once here.
  await rebuildRollups(db)
  if (!pgsql) await sql`analyze`.execute(db)
}
