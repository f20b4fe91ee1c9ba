// `npm run migrate-data -- --from sqlite:./data/gym.db --to postgres://user:pass@host/spotter`:
// copies a whole SQLite gym into a new, empty PostgreSQL database (see the README).
import { redactUrl } from '../src/config.ts'
import { MigrateDataError, migrateData } from '../src/modules/ops/migrate-data.ts'
import { fail } from './script-env.ts'

const args = process.argv.slice(2)
const flag = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const from = flag('--from')
const to = flag('--to')
if (!from || !to) fail('usage: npm run migrate-data -- --from sqlite:<file> --to postgres://…', 2)
try {
  const { copied } = await migrateData(from, to)
  const total = Object.values(copied).reduce((a, b) => a + b, 0)
  console.log(`copied ${total} rows in ${Object.keys(copied).length} tables into ${redactUrl(to)}`)
  for (const [table, n] of Object.entries(copied)) console.log(`  ${table}: ${n}`)
} catch (error) {
  if (error instanceof MigrateDataError) fail(`migrate-data: ${error.message}`)
  throw error
}
