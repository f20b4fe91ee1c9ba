// Demo data for `npm run dev`: branch "Dragon Club", staff accounts, plans, and members including
// Ahmed Hassan (01234567890, ahmed@example.com) with an active "Monthly Gym" plan and some visits.
// Runs only on an empty database and only in development.
import { loadConfig } from '../src/config.ts'
import { openDatabase } from '../src/db/database.ts'
import { migrateToLatest } from '../src/db/migrate.ts'
import { DEMO_PASSWORD, seedDemoData } from './demo-data.ts'

process.env.NODE_ENV ??= 'development'
try {
  process.loadEnvFile('.env')
} catch {
  // No .env: defaults apply.
}
const config = loadConfig()
if (config.nodeEnv !== 'development') {
  console.error('seed-demo: refusing to seed outside NODE_ENV=development')
  process.exit(1)
}
const { db, close } = openDatabase(config.databaseUrl)
await migrateToLatest(db)
const existing = await db.selectFrom('customers').select('id').limit(1).executeTakeFirst()
if (existing) {
  console.log('seed-demo: database already has members; leaving it as it is')
} else {
  await db.transaction().execute((tx) => seedDemoData(tx, config))
  console.log(`seed-demo: demo data created
  staff logins (password "${DEMO_PASSWORD}"): owner, manager, desk
  members: Ahmed Hassan 01234567890 / ahmed@example.com (active Monthly Gym),
           Sara Ali 01112223334 / sara@example.com (10-visit pass), Omar Inactive 01099988877 (deactivated)`)
}
await close()
