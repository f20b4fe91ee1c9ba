// Configuration is parsed once; a bad value stops start-up with one line naming the variable.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig, loadDatabaseUrl } from '../src/config.ts'

const secret = { JWT_SECRET_KEY: 'k'.repeat(40) }

describe('configuration', () => {
  it('when NODE_ENV is unset it is production, and JWT_SECRET_KEY is required', () => {
    expect(() => loadConfig({})).toThrow(new ConfigError('JWT_SECRET_KEY is required when NODE_ENV is not development'))
    expect(loadConfig(secret).nodeEnv).toBe('production')
  })

  it('only an explicit NODE_ENV=development runs without a JWT secret', () => {
    const config = loadConfig({ NODE_ENV: 'development' })
    expect(config.nodeEnv).toBe('development')
    expect(config.jwtSecretKey.length).toBeGreaterThanOrEqual(32)
  })

  it("uses SPEC's defaults", () => {
    const c = loadConfig(secret)
    expect(c).toMatchObject({
      port: 5000, databaseUrl: 'sqlite:./data/gym.db', jwtAccessTokenExpires: 86_400, jwtRefreshTokenExpires: 2_592_000,
      activationCodeTtl: 600, activationMaxRequests: 3, activationWindow: 600, activationMaxAttempts: 5, qrTokenTtl: 60,
      refreshReuseInterval: 10, authRateLimitPerMinute: 20, gymTimezone: 'UTC', allowStaticQr: false, corsOrigins: [],
    })
    expect(c.email).toMatchObject({ provider: 'console', smtpStarttls: true })
    expect(c.sms.apiUrl).toBe('https://api.twilio.com/2010-04-01/Accounts/{}/Messages.json')
    expect(Object.isFrozen(c) && Object.isFrozen(c.email)).toBe(true)
    // /metrics is off unless a token or a port is set.
    expect(c).toMatchObject({ metricsToken: undefined, metricsPort: undefined, metricsHost: '127.0.0.1' })
  })

  it('backup and restore read DATABASE_URL alone, with the same rule', () => {
    expect(loadDatabaseUrl({})).toBe('sqlite:./data/gym.db')
    expect(loadDatabaseUrl({ DATABASE_URL: 'postgres://db/gym' })).toBe('postgres://db/gym')
    expect(() => loadDatabaseUrl({ DATABASE_URL: 'mysql://x' })).toThrow(ConfigError)
  })

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number, got "abc"'],
    [{ PORT: '70000' }, 'PORT must be between 0 and 65535, got 70000'],
    [{ JWT_SECRET_KEY: 'short' }, 'JWT_SECRET_KEY must be at least 32 characters long'],
    [{ SMTP_STARTTLS: 'maybe' }, 'SMTP_STARTTLS must be true or false, got "maybe"'],
    [{ EMAIL_PROVIDER: 'pigeon' }, 'EMAIL_PROVIDER must be one of console, smtp, got "pigeon"'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must be sqlite:<file>, sqlite::memory: or postgres://…, got "mysql://x"'],
    [{ DEFAULT_PHONE_REGION: 'XX' }, 'DEFAULT_PHONE_REGION must be a two-letter country code such as EG, got "XX"'],
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN must be at least 16 characters long'],
    [{ METRICS_PORT: 'x' }, 'METRICS_PORT must be a whole number, got "x"'],
    [{ METRICS_PORT: '5000' }, 'METRICS_PORT must differ from PORT'],
    [{ GYM_TIMEZONE: 'Mars/Olympus' }, 'GYM_TIMEZONE must be an IANA time zone such as Africa/Cairo, got "Mars/Olympus"'],
    [{ SMS_PROVIDER: 'twilio' }, 'TWILIO_ACCOUNT_SID is required when SMS_PROVIDER is twilio'],
    [{ OWNER_PASSWORD: 'short' }, 'OWNER_PASSWORD must be at least 8 characters long'],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig({ ...secret, ...env })).toThrow(new ConfigError(message))
  })

  it('the reliability settings have bounded defaults and name the variable when wrong', () => {
    expect(loadConfig(secret)).toMatchObject({
      dbConnectTimeoutMs: 3000, dbStatementTimeoutMs: 10_000, dbBusyTimeoutMs: 2000, dbStartupWaitSeconds: 30,
      shutdownDrainSeconds: 10, shutdownTimeoutSeconds: 20,
    })
    expect(loadConfig(secret).email.timeoutMs).toBe(10_000)
    expect(loadConfig({ ...secret, DB_STATEMENT_TIMEOUT_MS: '0', SHUTDOWN_DRAIN_SECONDS: '0' })).toMatchObject({ dbStatementTimeoutMs: 0, shutdownDrainSeconds: 0 })
    expect(() => loadConfig({ ...secret, DB_CONNECT_TIMEOUT_MS: '5s' })).toThrow(new ConfigError('DB_CONNECT_TIMEOUT_MS must be a whole number, got "5s"'))
    expect(() => loadConfig({ ...secret, SHUTDOWN_TIMEOUT_SECONDS: '0' })).toThrow(new ConfigError('SHUTDOWN_TIMEOUT_SECONDS must be between 1 and 3600, got 0'))
  })

  it('never prints a database password in an error', () => {
    expect(() => loadConfig({ ...secret, DATABASE_URL: 'mysql://user:hunter2@db/x' })).toThrow(/user:\*\*\*@/)
  })

  it('when the server starts with a bad value, it exits 1 after one line naming the variable', async () => {
    const run = promisify(execFile)(process.execPath, ['src/server.ts'], { env: { ...process.env, NODE_ENV: 'production', ...secret, PORT: 'abc' } })
    const failure = await run.then(() => undefined, (error: { code: number; stderr: string }) => error)
    expect(failure).toMatchObject({ code: 1 })
    expect(failure!.stderr.trim().split('\n')).toEqual(['spotter: configuration error: PORT must be a whole number, got "abc"'])
  })
})
