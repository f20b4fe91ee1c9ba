// `npm run migrate`: applies pending migrations to DATABASE_URL (the service also does this at start-up).
import { loadConfig, redactUrl } from '../src/config.ts'
import { DatabaseInUseError, openDatabase } from '../src/db/database.ts'
import { migrateToLatest } from '../src/db/migrate.ts'

try {
  process.loadEnvFile('.env')
} catch {
  // No .env: the environment alone configures the database.
}
const config = loadConfig()
const { db, close } = (() => {
  try {
    return openDatabase(config.databaseUrl)
  } catch (error) {
    if (!(error instanceof DatabaseInUseError)) throw error
    console.error(`spotter: ${error.message}`)
    process.exit(1)
  }
})()
try {
  const applied = await migrateToLatest(db)
  console.log(applied.length ? `migrated ${redactUrl(config.databaseUrl)}: ${applied.join(', ')}` : `${redactUrl(config.databaseUrl)} is up to date`)
} finally {
  await close()
}
