// What the operator scripts (admin, backup, restore, migrate-data) share: the configuration read
// as the service reads it (.env too, when present), and one way to fail with a plain message.
import { ConfigError, loadConfig, type Config } from '../src/config.ts'

export function scriptConfig(): Readonly<Config> {
  try {
    process.loadEnvFile('.env')
  } catch {
    // No .env: the environment alone configures the script.
  }
  try {
    return loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) fail(`configuration error: ${error.message}`)
    throw error
  }
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
