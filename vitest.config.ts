// `npm test` runs every test file twice: once on SQLite (in memory) and once on the real
// PostgreSQL named by TEST_POSTGRES_URL (default: the local server's `test` database), each test
// app in a schema of its own.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Two workers even on two cores: much of a test's time is spent waiting on PostgreSQL.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'sqlite', env: { TEST_DATABASE: 'sqlite' } } },
      { extends: true, test: { name: 'postgres', env: { TEST_DATABASE: 'postgres' } } },
    ],
  },
})
