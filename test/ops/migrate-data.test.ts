// npm run migrate-data: the demo gym moves from an SQLite file to a new PostgreSQL database whole,
// ids kept and sequences continuing after them; a non-empty target is refused.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { seedDemoData } from '../../scripts/demo-data.ts'
import { buildApp } from '../../src/app.ts'
import { openDatabase } from '../../src/db/database.ts'
import { migrateToLatest } from '../../src/db/migrate.ts'
import { ManualClock } from '../../src/lib/clock.ts'
import { migrateData, MigrateDataError } from '../../src/modules/ops/migrate-data.ts'
import { ledgerTotals, rowCounts } from '../../src/modules/ops/tables.ts'
import { call, testConfig } from '../support/app.ts'
import { testDialect } from '../support/database.ts'
import { MemoryNotifier } from '../support/memory-notifier.ts'
import { scratchDatabases } from './scratch-databases.ts'

let dir: string
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** An SQLite file holding the demo gym (what `npm run dev` creates), plus a refund pointing at its payment. */
async function demoGym(): Promise<string> {
  dir = mkdtempSync(join(tmpdir(), 'spotter-move-'))
  const url = `sqlite:${join(dir, 'gym.db')}`
  const handle = openDatabase(url)
  await migrateToLatest(handle.db)
  await handle.db.transaction().execute((tx) => seedDemoData(tx, testConfig({ DEFAULT_PHONE_REGION: 'EG' }), new Date('2026-02-11T09:30:00Z')))
  const paid = await handle.db.selectFrom('payments').selectAll().orderBy('id').executeTakeFirstOrThrow()
  await handle.db.insertInto('payments').values({
    reference: 'PAY-REFUND-1', branch_id: paid.branch_id, customer_id: paid.customer_id, subscription_id: paid.subscription_id, amount: 1_000,
    payment_method: 'cash', transaction_type: 'refund', refund_of: paid.id, notes: 'demo refund', created_by: null, created_at: paid.created_at, business_date: paid.business_date,
  }).execute()
  await handle.close()
  return url
}

if (testDialect() === 'postgres') {
  describe('npm run migrate-data (SQLite → PostgreSQL)', () => {
    const scratch = scratchDatabases()
    afterEach(() => scratch.dropAll())

    it('copies every table of the demo gym with its ids, and the service carries on there', async () => {
      const from = await demoGym()
      const to = await scratch.create()
      const { copied } = await migrateData(from, to)

      const source = openDatabase(from)
      const target = openDatabase(to)
      try {
        const counts = await rowCounts(source.db, 'sqlite')
        expect(await rowCounts(target.db, 'postgres')).toEqual(counts)
        expect(Object.keys(copied).sort()).toEqual(Object.keys(counts).filter((t) => t !== 'schema_migrations').sort())
        expect(counts).toMatchObject({ branches: 1, staff_users: 3, customers: 3, subscriptions: 2, payments: 3 })
        expect(copied.entry_logs).toBeGreaterThan(0)
        // Parents precede children.
        const order = Object.keys(copied)
        expect(order.indexOf('customers')).toBeLessThan(order.indexOf('subscriptions'))
        expect(order.indexOf('subscriptions')).toBeLessThan(order.indexOf('payments'))
        expect(await ledgerTotals(target.db)).toEqual(await ledgerTotals(source.db))

        const ahmed = (db: typeof source.db) => db.selectFrom('customers').selectAll().where('email', '=', 'ahmed@example.com').executeTakeFirstOrThrow()
        const [a, b] = [await ahmed(source.db), await ahmed(target.db)]
        expect(b).toEqual({ ...a, is_active: true, created_at: expect.any(String), updated_at: expect.any(String) })
        expect(Date.parse(b.created_at)).toBe(Date.parse(a.created_at))
        const refund = await target.db.selectFrom('payments').selectAll().where('transaction_type', '=', 'refund').executeTakeFirstOrThrow()
        expect(refund.refund_of).toBe(1)
        const inactive = await target.db.selectFrom('customers').select('is_active').where('full_name', '=', 'Omar Inactive').executeTakeFirstOrThrow()
        expect(inactive.is_active).toBe(false)

        // New rows continue after the copied ids, and the demo staff signs in on PostgreSQL.
        const app = await buildApp(testConfig(), { clock: new ManualClock('2026-02-11T10:00:00Z'), database: target, notifier: new MemoryNotifier(), logger: pino({ level: 'silent' }) })
        try {
          const res = await call(app, 'POST', '/api/auth/login', { body: { username: 'desk', password: 'spotter-demo' } })
          expect(res.statusCode).toBe(200)
          const token = res.json().data.access_token
          const created = await call(app, 'POST', '/api/customers', { token, body: { full_name: 'New Member', phone: '+201055555555' } })
          expect(created.statusCode).toBe(201)
          expect(created.json().data.id).toBe(4)
        } finally {
          await app.close()
        }
      } finally {
        await source.close()
        await target.close()
      }
    }, 60_000)

    it('refuses a target that already holds rows, and leaves it as it was', async () => {
      const from = await demoGym()
      const to = await scratch.create()
      await migrateData(from, to)
      await expect(migrateData(from, to)).rejects.toThrow(/not empty \(.*branches: 1/)
      const target = openDatabase(to)
      expect((await rowCounts(target.db, 'postgres')).customers).toBe(3)
      await target.close()
    }, 60_000)
  })
} else {
  describe('npm run migrate-data (arguments)', () => {
    it('wants an SQLite file as the source and a PostgreSQL URL as the target', async () => {
      dir = mkdtempSync(join(tmpdir(), 'spotter-move-'))
      await expect(migrateData('sqlite::memory:', 'postgres://x/y')).rejects.toThrow(MigrateDataError)
      await expect(migrateData(`sqlite:${join(dir, 'gym.db')}`, `sqlite:${join(dir, 'other.db')}`)).rejects.toThrow(/--to must be a PostgreSQL URL/)
    })
  })
}
