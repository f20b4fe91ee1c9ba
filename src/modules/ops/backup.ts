// `npm run backup` and `npm run restore`. SQLite is copied with its online backup API, a
// consistent snapshot taken while the service keeps writing; PostgreSQL with pg_dump/pg_restore
// (the PostgreSQL client tools, of the server's major version or newer). A restore goes only into
// an empty database, so it can never mix two gyms' data or overwrite the live one by mistake.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import SQLite from 'better-sqlite3'
import { openDatabase } from '../../db/database.ts'
import { listTables } from './tables.ts'

export class BackupError extends Error {
  override name = 'BackupError'
}

const sqliteFile = (url: string) => url.slice('sqlite:'.length)

export function defaultBackupFile(databaseUrl: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
  return resolve('backups', `spotter-${stamp}.${databaseUrl.startsWith('sqlite:') ? 'db' : 'dump'}`)
}

export async function backup(databaseUrl: string, file: string): Promise<{ file: string }> {
  if (existsSync(file)) throw new BackupError(`${file} already exists; choose another file`)
  mkdirSync(dirname(resolve(file)), { recursive: true })
  if (databaseUrl.startsWith('sqlite:')) {
    const source = sqliteFile(databaseUrl)
    if (source === ':memory:') throw new BackupError('an in-memory database cannot be backed up')
    if (!existsSync(source)) throw new BackupError(`no database at ${source}`)
    const db = new SQLite(source, { fileMustExist: true })
    try {
      // Each step copies every remaining page under one read lock: a consistent snapshot even
      // while the service writes (a write between steps restarts the copy, which then finishes).
      await db.backup(file, { progress: () => 0x7fffffff })
    } finally {
      db.close()
    }
  } else {
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, databaseUrl])
  }
  return { file }
}

export async function restore(file: string, databaseUrl: string): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`no backup at ${file}`)
  await refuseNonEmpty(databaseUrl)
  if (databaseUrl.startsWith('sqlite:')) {
    const target = sqliteFile(databaseUrl)
    if (target === ':memory:') throw new BackupError('restore into a file, not an in-memory database')
    let source: SQLite.Database
    try {
      source = new SQLite(file, { readonly: true, fileMustExist: true })
      if (source.pragma('integrity_check', { simple: true }) !== 'ok') throw new BackupError(`${file} is damaged (integrity_check failed)`)
    } catch (error) {
      if (error instanceof BackupError) throw error
      throw new BackupError(`${file} is not an SQLite backup (${(error as Error).message})`)
    }
    try {
      const tables = source.prepare(`select name from sqlite_master where type = 'table' and name = 'schema_migrations'`).all()
      if (!tables.length) throw new BackupError(`${file} is not a Spotter database`)
      mkdirSync(dirname(resolve(target)), { recursive: true })
      await source.backup(target)
    } finally {
      source.close()
    }
  } else {
    await run('pg_restore', ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${databaseUrl}`, file])
  }
}

/** A database is empty when it has no tables at all (not even the service's migrated, empty ones). */
async function refuseNonEmpty(databaseUrl: string): Promise<void> {
  if (databaseUrl.startsWith('sqlite:') && !existsSync(sqliteFile(databaseUrl))) return
  const handle = openDatabase(databaseUrl)
  try {
    const tables = await listTables(handle.db, handle.dialect)
    if (tables.length) {
      throw new BackupError(`the target database is not empty (${tables.length} tables, e.g. ${tables.slice(0, 3).join(', ')}); restore into a new, empty database`)
    }
  } finally {
    await handle.close()
  }
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk) => { stderr += String(chunk) })
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT'
        ? new BackupError(`${command} was not found on the PATH: install the PostgreSQL client tools (e.g. apt-get install postgresql-client) of the server's major version or newer`)
        : error)
    })
    child.on('close', (code) => {
      if (code === 0) resolvePromise()
      else reject(new BackupError(`${command} failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' / ')}`))
    })
  })
}
