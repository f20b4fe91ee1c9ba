// `npm run backup [-- <file>]`: a consistent copy of DATABASE_URL while the service runs
// (default file: ./backups/spotter-<UTC time>.db, or .dump for PostgreSQL).
import { BackupError, backup, defaultBackupFile } from '../src/modules/ops/backup.ts'
import { fail, scriptDatabaseUrl } from './script-env.ts'

const databaseUrl = scriptDatabaseUrl()
const file = process.argv[2] ?? defaultBackupFile(databaseUrl, new Date())
try {
  await backup(databaseUrl, file)
  console.log(`backup written to ${file}`)
} catch (error) {
  if (error instanceof BackupError) fail(`backup: ${error.message}`)
  throw error
}
