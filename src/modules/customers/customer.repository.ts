// SQL for members.
import type { Db } from '../../db/database.ts'
import type { Customer, CustomerUpdate, NewCustomer } from '../../db/types.ts'
import type { Identifier } from '../activation/identifier.ts'

export function findByIdentifier(db: Db, identifier: Identifier): Promise<Customer | undefined> {
  return db
    .selectFrom('customers')
    .selectAll()
    .where(identifier.kind === 'email' ? 'email' : 'phone', '=', identifier.value)
    .executeTakeFirst()
}

export const findById = (db: Db, id: number) =>
  db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst()

export const findWithBranch = (db: Db, id: number) =>
  db
    .selectFrom('customers as c')
    .leftJoin('branches as b', 'b.id', 'c.branch_id')
    .selectAll('c')
    .select('b.name as branch_name')
    .where('c.id', '=', id)
    .executeTakeFirst()

export const findByQrCode = (db: Db, qrCode: string) =>
  db.selectFrom('customers').selectAll().where('qr_code', '=', qrCode).executeTakeFirst()

export async function insert(db: Db, values: NewCustomer): Promise<Customer> {
  return db.insertInto('customers').values(values).returningAll().executeTakeFirstOrThrow()
}

export async function update(db: Db, id: number, values: CustomerUpdate): Promise<Customer | undefined> {
  return db.updateTable('customers').set(values).where('id', '=', id).returningAll().executeTakeFirst()
}
