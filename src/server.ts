// Load config → build app → listen; on SIGTERM/SIGINT stop accepting, finish requests in flight,
// close the database, exit.
import { buildApp } from './app.ts'
import { ConfigError, loadConfig, type Config } from './config.ts'
import { DatabaseInUseError } from './db/database.ts'

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

const app = await buildApp(config).catch((error: unknown) => {
  if (!(error instanceof DatabaseInUseError)) throw error
  console.error(`spotter: ${error.message}`)
  process.exit(1)
})
let closing = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'shutting down: finishing requests in flight')
    const force = setTimeout(() => process.exit(1), 10_000)
    force.unref()
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'error while shutting down')
        process.exit(1)
      },
    )
  })
}
await app.listen({ port: config.port, host: config.host })
