// npm run backup / restore: a backup taken while the service writes restores elsewhere to the same
// rows and the same ledger; a restore never goes into a database that has tables.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/app.ts'
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts'
import { ManualClock } from '../../src/lib/clock.ts'
import { BackupError, backup, restore } from '../../src/modules/ops/backup.ts'
import { ledgerTotals, rowCounts } from '../../src/modules/ops/tables.ts'
import { call, testConfig } from '../support/app.ts'
import { testDialect } from '../support/database.ts'
import { scratchDatabases } from './scratch-databases.ts'
import { createBranch, createCustomer, createService, createStaff, staffToken } from '../support/factories.ts'
import { MemoryNotifier } from '../support/memory-notifier.ts'

/** A service over `database` and a writer that sells plans (a subscription and its payment per sale) through HTTP. */
async function gymUnderWrites(database: DatabaseHandle) {
  const app = await buildApp(testConfig(), { clock: new ManualClock('2026-02-11T09:30:00Z'), database, notifier: new MemoryNotifier(), logger: pino({ level: 'silent' }) })
  const branch = await createBranch(database.db)
  const desk = await createStaff(database.db, 'front_desk', branch.id)
  const token = await staffToken(app, desk.username)
  const plan = await createService(database.db, { price: 45_000 })
  let sold = 0
  const sell = async () => {
    const member = await createCustomer(database.db, { branch_id: branch.id })
    const res = await call(app, 'POST', '/api/subscriptions/activate', { token, body: { customer_id: member.id, service_id: plan.id, payment_method: 'cash', discount: 500 } })
    expect(res.statusCode).toBe(201)
    await call(app, 'POST', '/api/entries/check-in', { token, body: { customer_id: member.id } })
    sold++
  }
  return { app, sell, sold: () => sold }
}

/** Every sale is whole in a copy: as many payments as subscriptions, and their amounts agree. */
async function expectWholeSales(handle: DatabaseHandle) {
  const counts = await rowCounts(handle.db, handle.dialect)
  expect(counts.payments).toBe(counts.subscriptions)
  expect(await ledgerTotals(handle.db)).toEqual(counts.payments ? { subscription: { rows: counts.payments, amount: 45_000 * counts.payments, discount: 500 * counts.payments } } : {})
  return counts
}

if (testDialect() === 'sqlite') {
  describe('backup and restore (SQLite)', () => {
    let dir: string
    afterEach(() => rmSync(dir, { recursive: true, force: true }))

    it('a backup taken while the service sells plans restores elsewhere with every table and the ledger intact', async () => {
      dir = mkdtempSync(join(tmpdir(), 'spotter-backup-'))
      const live = openDatabase(`sqlite:${join(dir, 'gym.db')}`)
      const gym = await gymUnderWrites(live)
      try {
        for (let i = 0; i < 5; i++) await gym.sell()
        // Sales keep coming while the backup runs.
        let writing = true
        const writer = (async () => { while (writing) await gym.sell() })()
        const during = await backup(`sqlite:${join(dir, 'gym.db')}`, join(dir, 'during.db'))
        writing = false
        await writer
        expect(gym.sold()).toBeGreaterThan(5)

        await restore(during.file, `sqlite:${join(dir, 'restored-during.db')}`)
        const duringCopy = openDatabase(`sqlite:${join(dir, 'restored-during.db')}`)
        const partial = await expectWholeSales(duringCopy)
        expect(partial.subscriptions).toBeGreaterThanOrEqual(5)
        expect(partial.subscriptions).toBeLessThanOrEqual(gym.sold())
        await duringCopy.close()

        // Once writes stop, a backup restores to exactly the live rows, table by table.
        await backup(`sqlite:${join(dir, 'gym.db')}`, join(dir, 'after.db'))
        await restore(join(dir, 'after.db'), `sqlite:${join(dir, 'restored.db')}`)
        const copy = openDatabase(`sqlite:${join(dir, 'restored.db')}`)
        const liveCounts = await rowCounts(live.db, 'sqlite')
        expect(Object.keys(liveCounts)).toEqual(expect.arrayContaining(['customers', 'subscriptions', 'payments', 'entry_logs', 'audit_log', 'schema_migrations']))
        expect(await rowCounts(copy.db, 'sqlite')).toEqual(liveCounts)
        expect(liveCounts.subscriptions).toBe(gym.sold())
        expect(await ledgerTotals(copy.db)).toEqual(await ledgerTotals(live.db))
        await expectWholeSales(copy)
        await copy.close()
      } finally {
        await gym.app.close()
        await live.close()
      }
    }, 60_000)

    it('refuses to restore into a database that has tables, to overwrite a backup file, or to read something else', async () => {
      dir = mkdtempSync(join(tmpdir(), 'spotter-backup-'))
      const url = `sqlite:${join(dir, 'gym.db')}`
      const live = openDatabase(url)
      const gym = await gymUnderWrites(live)
      await gym.sell()
      await gym.app.close()
      await live.close()
      const { file } = await backup(url, join(dir, 'b.db'))
      await expect(restore(file, url)).rejects.toThrow(/not empty/)
      await expect(backup(url, file)).rejects.toThrow(/already exists/)
      await expect(restore(join(dir, 'missing.db'), `sqlite:${join(dir, 'new.db')}`)).rejects.toThrow(BackupError)
      await expect(backup('sqlite::memory:', join(dir, 'm.db'))).rejects.toThrow(/in-memory/)
    })
  })
} else {
  describe('backup and restore (PostgreSQL, pg_dump)', () => {
    const scratch = scratchDatabases()
    const newDatabase = () => scratch.create()
    afterEach(() => scratch.dropAll())

    it('without pg_dump on the PATH, says what to install', async () => {
      const url = await newDatabase()
      const dir = mkdtempSync(join(tmpdir(), 'spotter-backup-'))
      const path = process.env.PATH
      process.env.PATH = '/nonexistent'
      try {
        await expect(backup(url, join(dir, 'x.dump'))).rejects.toThrow(/pg_dump was not found on the PATH: install the PostgreSQL client tools/)
      } finally {
        process.env.PATH = path
        rmSync(dir, { recursive: true, force: true })
      }
    })

    it('pg_dump while the service sells plans restores into a new database with the same rows and ledger; a non-empty target is refused', async () => {
      const url = await newDatabase()
      const dir = mkdtempSync(join(tmpdir(), 'spotter-backup-'))
      const live = openDatabase(url)
      const gym = await gymUnderWrites(live)
      try {
        for (let i = 0; i < 3; i++) await gym.sell()
        let writing = true
        const writer = (async () => { while (writing) await gym.sell() })()
        await backup(url, join(dir, 'during.dump'))
        writing = false
        await writer
        const target = await newDatabase()
        await restore(join(dir, 'during.dump'), target)
        const copy = openDatabase(target)
        const counts = await expectWholeSales(copy)
        expect(counts.subscriptions).toBeGreaterThanOrEqual(3)
        await copy.close()

        await backup(url, join(dir, 'after.dump'))
        const exact = await newDatabase()
        await restore(join(dir, 'after.dump'), exact)
        const same = openDatabase(exact)
        expect(await rowCounts(same.db, 'postgres')).toEqual(await rowCounts(live.db, 'postgres'))
        expect(await ledgerTotals(same.db)).toEqual(await ledgerTotals(live.db))
        await same.close()
        await expect(restore(join(dir, 'after.dump'), url)).rejects.toThrow(/not empty/)
      } finally {
        await gym.app.close()
        await live.close()
        rmSync(dir, { recursive: true, force: true })
      }
    }, 60_000)
  })
}
