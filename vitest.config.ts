// `npm test` runs every test file twice: once on SQLite (in memory) and once on the real
// PostgreSQL named by TEST_POSTGRES_URL (default: the local server's `test` database), each test
// app in a schema of its own. The desk project runs the web console's tests (SQLite only).
import { configDefaults, defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Two workers even on two cores: much of a test's time is spent waiting on PostgreSQL.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'sqlite', exclude: [...configDefaults.exclude, 'test/desk/**'], env: { TEST_DATABASE: 'sqlite' } } },
      { extends: true, test: { name: 'postgres', exclude: [...configDefaults.exclude, 'test/desk/**'], env: { TEST_DATABASE: 'postgres' } } },
      // The desk (web console): its API types against the OpenAPI document, and the browser tests
      // (Chromium through playwright-core), on SQLite only.
      {
        extends: true,
        test: {
          name: 'desk', include: ['test/desk/**/*.test.ts'], env: { TEST_DATABASE: 'sqlite' },
          globalSetup: ['test/desk/support/build-desk.ts'], testTimeout: 90_000, hookTimeout: 120_000,
        },
      },
    ],
  },
})
