// `npm run backup [-- <file>]`: a consistent copy of DATABASE_URL while the service runs
// (default file: ./backups/spotter-<UTC time>.db, or .dump for PostgreSQL).
import { BackupError, backup, defaultBackupFile } from '../src/modules/ops/backup.ts'
import { fail, scriptConfig } from './script-env.ts'

const config = scriptConfig()
const file = process.argv[2] ?? defaultBackupFile(config.databaseUrl, new Date())
try {
  await backup(config.databaseUrl, file)
  console.log(`backup written to ${file}`)
} catch (error) {
  if (error instanceof BackupError) fail(`backup: ${error.message}`)
  throw error
}
