// Load config → build app → listen; on SIGTERM/SIGINT drain (/ready 503 while still serving), stop
// accepting, finish requests in flight, close the database, exit (see src/http/lifecycle.ts).
import { buildApp } from './app.ts'
import { ConfigError, loadConfig, type Config } from './config.ts'
import { DatabaseInUseError, DatabaseUnreachableError } from './db/database.ts'
import { shutDown } from './http/lifecycle.ts'

let config: Readonly<Config>
try {
  if (process.env.NODE_ENV === 'development') process.loadEnvFile('.env')
} catch {
  // No .env file: the environment alone configures the service.
}
try {
  config = loadConfig()
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`spotter: configuration error: ${error.message}`)
    process.exit(1)
  }
  throw error
}

let app: Awaited<ReturnType<typeof buildApp>>
try {
  app = await buildApp(config)
} catch (error) {
  if (error instanceof DatabaseUnreachableError) {
    console.error(`spotter: cannot start: ${error.message}`)
    process.exit(1)
  }
  if (error instanceof DatabaseInUseError) {
    console.error(`spotter: ${error.message}`)
    process.exit(1)
  }
  throw error
}
let closing = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'signal received')
    void shutDown(app, {
      drainSeconds: config.shutdownDrainSeconds,
      timeoutSeconds: config.shutdownTimeoutSeconds,
      exit: (code) => process.exit(code),
    })
  })
}
await app.listen({ port: config.port, host: config.host })
