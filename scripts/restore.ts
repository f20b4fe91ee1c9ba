// `npm run restore -- <file>`: loads a backup into DATABASE_URL, which must be an empty database
// (a new SQLite file, or a freshly created PostgreSQL database). Stop nothing: the live database
// is never the target, because it is not empty.
import { BackupError, restore } from '../src/modules/ops/backup.ts'
import { redactUrl } from '../src/config.ts'
import { fail, scriptDatabaseUrl } from './script-env.ts'

const file = process.argv[2]
if (!file) fail('usage: npm run restore -- <backup file>   (into the empty database named by DATABASE_URL)', 2)
const databaseUrl = scriptDatabaseUrl()
try {
  await restore(file, databaseUrl)
  console.log(`restored ${file} into ${redactUrl(databaseUrl)}`)
} catch (error) {
  if (error instanceof BackupError) fail(`restore: ${error.message}`)
  throw error
}
