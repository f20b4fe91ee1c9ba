// SQL for members.
import { sql } from 'kysely'
import type { Db } from '../../db/database.ts'
import { first, prepared } from '../../db/prepared.ts'
import { containsPattern, likeIgnoringCase } from '../../db/like.ts'
import type { Customer, CustomerUpdate, NewCustomer } from '../../db/types.ts'
import type { Identifier } from '../activation/identifier.ts'

export function findByIdentifier(db: Db, identifier: Identifier): Promise<Customer | undefined> {
  return db
    .selectFrom('customers')
    .selectAll()
    .where(identifier.kind === 'email' ? 'email' : 'phone', '=', identifier.value)
    .executeTakeFirst()
}

// Read by every member read and scan, so built once (see db/prepared.ts).
const byId = prepared((db, a: { id: number }) => db.selectFrom('customers').selectAll().where('id', '=', a.id))

const withBranch = prepared((db, a: { id: number }) => db
  .selectFrom('customers as c')
  .leftJoin('branches as b', 'b.id', 'c.branch_id')
  .selectAll('c')
  .select('b.name as branch_name')
  .where('c.id', '=', a.id))

export const findById = (db: Db, id: number) => first(byId(db, { id }))

export const findWithBranch = (db: Db, id: number) => first(withBranch(db, { id }))

export const findByQrCode = (db: Db, qrCode: string) =>
  db.selectFrom('customers').selectAll().where('qr_code', '=', qrCode).executeTakeFirst()

export async function insert(db: Db, values: NewCustomer): Promise<Customer> {
  return db.insertInto('customers').values(values).returningAll().executeTakeFirstOrThrow()
}

export async function update(db: Db, id: number, values: CustomerUpdate): Promise<Customer | undefined> {
  return db.updateTable('customers').set(values).where('id', '=', id).returningAll().executeTakeFirst()
}

// ---- Staff lists and searches ----

export type CustomerSort = 'name' | '-name' | 'created_at' | '-created_at' | 'id' | '-id'

export interface CustomerListFilters {
  /** The caller's scope: null = every branch. */
  scope: number | null
  branchId?: number
  isActive?: boolean
  search?: string
}

const SEPARATORS = /[\s\-.()]/g


/**
 * The digits to look for inside stored phones: phones are stored as E.164 ("+201234567890"), so
 * the national trunk "0", an international "00" or "+" typed by staff is dropped before matching.
 */
function phoneDigits(term: string): string | undefined {
  const compact = term.replace(SEPARATORS, '')
  if (!/^\+?\d+$/.test(compact)) return undefined
  return compact.replace(/^(\+|00|0)/, '') || undefined
}

const isSqlite = (db: Db) => db.getExecutor().adapter.constructor.name.startsWith('Sqlite')

function filtered(db: Db, f: CustomerListFilters) {
  let query = db.selectFrom('customers as c').leftJoin('branches as b', 'b.id', 'c.branch_id')
  if (f.scope !== null) query = query.where('c.branch_id', '=', f.scope)
  if (f.branchId !== undefined) query = query.where('c.branch_id', '=', f.branchId)
  if (f.isActive !== undefined) query = query.where('c.is_active', '=', f.isActive)
  const term = f.search?.trim()
  if (term) {
    const digits = phoneDigits(term)
    if (isSqlite(db) && term.length >= 3 && (!digits || digits.length >= 3)) {
      // The FTS5 trigram index (migration 0010) finds the same substrings, any case, without a scan.
      // Its cost is the length of each trigram's list of rows: a typed phone that holds its own
      // digits ("01001234567" holds "1001234567") is looked for by the digits alone, since any row
      // containing the term contains them too, and the term's "010", "+20"… are in every phone.
      const phrases = !digits ? [term] : term.includes(digits) ? [digits] : [term, digits]
      const match = phrases.map((p) => `"${p.replace(/"/g, '""')}"`).join(' OR ')
      return query.where('c.id', 'in', sql<number>`(select rowid from customers_search where customers_search match ${match})`)
    }
    const pattern = containsPattern(term)
    // lower() on both sides: SQLite's LIKE ignores ASCII case and PostgreSQL's does not.
    const like = likeIgnoringCase
    query = query.where((eb) => eb.or([
      like('c.full_name', pattern), like('c.email', pattern), like('c.qr_code', pattern), like('c.phone', pattern),
      ...(digits ? [like('c.phone', containsPattern(digits))] : []),
    ]))
  }
  return query
}

const ORDER: Record<CustomerSort, { column: 'name' | 'c.created_at' | 'c.id'; direction: 'asc' | 'desc' }> = {
  name: { column: 'name', direction: 'asc' },
  '-name': { column: 'name', direction: 'desc' },
  created_at: { column: 'c.created_at', direction: 'asc' },
  '-created_at': { column: 'c.created_at', direction: 'desc' },
  id: { column: 'c.id', direction: 'asc' },
  '-id': { column: 'c.id', direction: 'desc' },
}

export type CustomerWithBranch = Customer & { branch_name: string | null }

/** `total` is only counted when asked for (`count: false` spares a second pass over the matches). */
export async function listForStaff(db: Db, f: CustomerListFilters, page: { sort: CustomerSort; limit: number; offset: number; count?: boolean }) {
  const { column, direction } = ORDER[page.sort]
  // Names sort case-insensitively on both dialects (their default collations differ).
  const key = column === 'name' ? sql`lower(${sql.ref('c.full_name')})` : sql.ref(column)
  const [rows, count] = await Promise.all([
    filtered(db, f).selectAll('c').select('b.name as branch_name')
      .orderBy(key, direction).orderBy('c.id', direction).limit(page.limit).offset(page.offset).execute(),
    page.count === false ? { n: -1 } : filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows: rows as CustomerWithBranch[], total: Number(count.n) }
}

/** Customer ids among `customerIds` that have (or had) a subscription trained by `trainerId`. */
export async function trainedBy(db: Db, trainerId: number, customerIds: number[]): Promise<Set<number>> {
  if (!customerIds.length) return new Set()
  const rows = await db.selectFrom('subscriptions').select('customer_id').distinct()
    .where('trainer_id', '=', trainerId).where('customer_id', 'in', customerIds).execute()
  return new Set(rows.map((r) => r.customer_id))
}

export type CustomerChanges = Omit<CustomerUpdate, 'id' | 'created_at' | 'updated_at'>
