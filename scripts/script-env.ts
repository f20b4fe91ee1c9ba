// What the operator scripts (admin, backup, restore, migrate-data) share: the configuration read
// as the service reads it (.env too, when present), and one way to fail with a plain message.
import { ConfigError, loadConfig, loadDatabaseUrl, type Config } from '../src/config.ts'

function readEnvFile(): void {
  try {
    process.loadEnvFile('.env')
  } catch {
    // No .env: the environment alone configures the script.
  }
}

function orFail<T>(read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (error instanceof ConfigError) fail(`configuration error: ${error.message}`)
    throw error
  }
}

/** The whole configuration, as the service reads it (JWT_SECRET_KEY included). */
export function scriptConfig(): Readonly<Config> {
  readEnvFile()
  return orFail(() => loadConfig())
}

/** DATABASE_URL only (backup and restore need no secret). */
export function scriptDatabaseUrl(): string {
  readEnvFile()
  return orFail(() => loadDatabaseUrl())
}

export function fail(message: string, code = 1): never {
  console.error(`spotter: ${message}`)
  process.exit(code)
}

/** The first line of standard input (for secrets, which never belong on a command line). */
export async function readFirstLine(): Promise<string> {
  let text = ''
  for await (const chunk of process.stdin) {
    text += String(chunk)
    if (text.includes('\n')) break
  }
  return text.split(/\r?\n/)[0] ?? ''
}
