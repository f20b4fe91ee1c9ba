// The one place that reads process.env. Every variable is parsed once, with its default, and a bad
// value stops start-up with a single line naming the variable and what is wrong with it.
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js'

export type NodeEnv = 'development' | 'test' | 'production'

export interface Config {
  port: number
  host: string
  nodeEnv: NodeEnv
  databaseUrl: string
  jwtSecretKey: string
  jwtAccessTokenExpires: number
  jwtRefreshTokenExpires: number
  email: {
    provider: 'console' | 'smtp'
    smtpServer: string
    smtpPort: number
    smtpStarttls: boolean
    senderEmail: string
    senderPassword: string
    timeoutMs: number
  }
  sms: {
    provider: 'console' | 'twilio'
    twilioAccountSid: string
    twilioAuthToken: string
    twilioPhoneNumber: string
    apiUrl: string
    timeoutMs: number
  }
  defaultPhoneRegion: CountryCode | undefined
  activationCodeTtl: number
  activationMaxRequests: number
  activationWindow: number
  activationMaxAttempts: number
  qrTokenTtl: number
  qrKeyFile: string | undefined
  refreshReuseInterval: number
  antiPassbackMinutes: number
  gymTimezone: string
  gymCurrency: string
  corsOrigins: string[]
  ownerUsername: string | undefined
  ownerPassword: string | undefined
  authRateLimitPerMinute: number
  redisUrl: string | undefined
  allowStaticQr: boolean
  trustProxy: boolean
  logLevel: string
  dbConnectTimeoutMs: number
  dbStatementTimeoutMs: number
  dbBusyTimeoutMs: number
  dbStartupWaitSeconds: number
  shutdownDrainSeconds: number
  shutdownTimeoutSeconds: number
  metricsToken: string | undefined
  metricsPort: number | undefined
  metricsHost: string
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

type Env = Record<string, string | undefined>

const DEV_JWT_SECRET = 'spotter-development-secret-do-not-use-in-production'

export function loadConfig(env: Env = process.env): Readonly<Config> {
  const read = reader(env)
  // Unset means production: only an explicit NODE_ENV=development (npm run dev sets it) gets the
  // development secret and codes in the log.
  const nodeEnv = read.oneOf('NODE_ENV', ['development', 'test', 'production'], 'production')
  const jwtSecretKey = env.JWT_SECRET_KEY?.trim() || (nodeEnv === 'development' ? DEV_JWT_SECRET : '')
  if (!jwtSecretKey) throw new ConfigError('JWT_SECRET_KEY is required when NODE_ENV is not development')
  if (jwtSecretKey.length < 32) throw new ConfigError('JWT_SECRET_KEY must be at least 32 characters long')

  const emailProvider = read.oneOf('EMAIL_PROVIDER', ['console', 'smtp'], 'console')
  const smsProvider = read.oneOf('SMS_PROVIDER', ['console', 'twilio'], 'console')
  const config: Config = {
    port: read.int('PORT', 5000, 0, 65535),
    host: read.string('HOST', '0.0.0.0'),
    nodeEnv,
    databaseUrl: read.databaseUrl('DATABASE_URL', 'sqlite:./data/gym.db'),
    jwtSecretKey,
    jwtAccessTokenExpires: read.int('JWT_ACCESS_TOKEN_EXPIRES', 86_400, 60, 31_536_000),
    jwtRefreshTokenExpires: read.int('JWT_REFRESH_TOKEN_EXPIRES', 2_592_000, 60, 31_536_000),
    email: {
      provider: emailProvider,
      smtpServer: read.string('SMTP_SERVER', 'localhost'),
      smtpPort: read.int('SMTP_PORT', 587, 1, 65535),
      smtpStarttls: read.bool('SMTP_STARTTLS', true),
      senderEmail: read.string('SENDER_EMAIL', 'no-reply@spotter.local'),
      senderPassword: env.SENDER_PASSWORD ?? '',
      timeoutMs: read.int('SMTP_TIMEOUT_MS', 10_000, 100, 120_000),
    },
    sms: {
      provider: smsProvider,
      twilioAccountSid: read.string('TWILIO_ACCOUNT_SID', ''),
      twilioAuthToken: env.TWILIO_AUTH_TOKEN ?? '',
      twilioPhoneNumber: read.string('TWILIO_PHONE_NUMBER', ''),
      apiUrl: read.url('SMS_API_URL', 'https://api.twilio.com/2010-04-01/Accounts/{}/Messages.json'),
      timeoutMs: read.int('SMS_TIMEOUT_MS', 10_000, 100, 120_000),
    },
    defaultPhoneRegion: read.region('DEFAULT_PHONE_REGION'),
    activationCodeTtl: read.int('ACTIVATION_CODE_TTL', 600, 30, 86_400),
    activationMaxRequests: read.int('ACTIVATION_MAX_REQUESTS', 3, 1, 1000),
    activationWindow: read.int('ACTIVATION_WINDOW', 600, 1, 86_400),
    activationMaxAttempts: read.int('ACTIVATION_MAX_ATTEMPTS', 5, 1, 100),
    qrTokenTtl: read.int('QR_TOKEN_TTL', 60, 10, 86_400),
    qrKeyFile: env.QR_KEY_FILE?.trim() || undefined,
    refreshReuseInterval: read.int('REFRESH_REUSE_INTERVAL', 10, 0, 300),
    antiPassbackMinutes: read.int('ANTI_PASSBACK_MINUTES', 0, 0, 1440),
    gymTimezone: read.timezone('GYM_TIMEZONE', 'UTC'),
    gymCurrency: read.currency('GYM_CURRENCY', 'EGP'),
    corsOrigins: read.list('CORS_ORIGINS'),
    ownerUsername: env.OWNER_USERNAME?.trim() || undefined,
    ownerPassword: env.OWNER_PASSWORD || undefined,
    authRateLimitPerMinute: read.int('AUTH_RATE_LIMIT_PER_MINUTE', 20, 1, 100_000),
    redisUrl: env.REDIS_URL?.trim() || undefined,
    allowStaticQr: read.bool('ALLOW_STATIC_QR', false),
    trustProxy: read.bool('TRUST_PROXY', false),
    logLevel: read.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
    dbConnectTimeoutMs: read.int('DB_CONNECT_TIMEOUT_MS', 3000, 50, 120_000),
    dbStatementTimeoutMs: read.int('DB_STATEMENT_TIMEOUT_MS', 10_000, 0, 600_000),
    dbBusyTimeoutMs: read.int('DB_BUSY_TIMEOUT_MS', 2000, 0, 60_000),
    dbStartupWaitSeconds: read.int('DB_STARTUP_WAIT_SECONDS', 30, 0, 3600),
    shutdownDrainSeconds: read.int('SHUTDOWN_DRAIN_SECONDS', 10, 0, 600),
    shutdownTimeoutSeconds: read.int('SHUTDOWN_TIMEOUT_SECONDS', 20, 1, 3600),
    metricsToken: env.METRICS_TOKEN?.trim() || undefined,
    metricsPort: env.METRICS_PORT?.trim() ? read.int('METRICS_PORT', 0, 1, 65535) : undefined,
    metricsHost: read.string('METRICS_HOST', '127.0.0.1'),
  }

  if (config.ownerPassword !== undefined && config.ownerPassword.length < 8) {
    throw new ConfigError('OWNER_PASSWORD must be at least 8 characters long')
  }
  if (config.metricsToken !== undefined && config.metricsToken.length < 16) {
    throw new ConfigError('METRICS_TOKEN must be at least 16 characters long')
  }
  if (config.metricsPort !== undefined && config.metricsPort === config.port) {
    throw new ConfigError('METRICS_PORT must differ from PORT')
  }
  if (smsProvider === 'twilio') {
    for (const name of ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_PHONE_NUMBER'] as const) {
      if (!env[name]?.trim()) throw new ConfigError(`${name} is required when SMS_PROVIDER is twilio`)
    }
  }
  if (emailProvider === 'smtp' && !env.SMTP_SERVER?.trim()) {
    throw new ConfigError('SMTP_SERVER is required when EMAIL_PROVIDER is smtp')
  }
  return deepFreeze(config)
}

/** DATABASE_URL alone, for the commands that need nothing else (npm run backup / restore). */
export function loadDatabaseUrl(env: Env = process.env): string {
  return reader(env).databaseUrl('DATABASE_URL', 'sqlite:./data/gym.db')
}

function reader(env: Env) {
  const raw = (name: string): string | undefined => {
    const value = env[name]?.trim()
    return value === undefined || value === '' ? undefined : value
  }
  return {
    string(name: string, fallback: string): string {
      return raw(name) ?? fallback
    },
    int(name: string, fallback: number, min: number, max: number): number {
      const value = raw(name)
      if (value === undefined) return fallback
      if (!/^\d+$/.test(value)) throw new ConfigError(`${name} must be a whole number, got "${value}"`)
      const n = Number(value)
      if (n < min || n > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${n}`)
      return n
    },
    bool(name: string, fallback: boolean): boolean {
      const value = raw(name)?.toLowerCase()
      if (value === undefined) return fallback
      if (['true', '1', 'yes', 'on'].includes(value)) return true
      if (['false', '0', 'no', 'off'].includes(value)) return false
      throw new ConfigError(`${name} must be true or false, got "${value}"`)
    },
    oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
      const value = raw(name)
      if (value === undefined) return fallback
      if (!(allowed as readonly string[]).includes(value)) {
        throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${value}"`)
      }
      return value as T
    },
    url(name: string, fallback: string): string {
      const value = raw(name) ?? fallback
      if (!URL.canParse(value.replace('{}', 'x'))) throw new ConfigError(`${name} must be a URL, got "${value}"`)
      return value
    },
    databaseUrl(name: string, fallback: string): string {
      const value = raw(name) ?? fallback
      if (!/^(sqlite:.+|postgres(ql)?:\/\/.+)$/.test(value)) {
        throw new ConfigError(`${name} must be sqlite:<file>, sqlite::memory: or postgres://…, got "${redactUrl(value)}"`)
      }
      return value
    },
    region(name: string): CountryCode | undefined {
      const value = raw(name)?.toUpperCase()
      if (value === undefined) return undefined
      if (!isSupportedCountry(value)) throw new ConfigError(`${name} must be a two-letter country code such as EG, got "${value}"`)
      return value
    },
    timezone(name: string, fallback: string): string {
      const value = raw(name) ?? fallback
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: value })
      } catch {
        throw new ConfigError(`${name} must be an IANA time zone such as Africa/Cairo, got "${value}"`)
      }
      return value
    },
    currency(name: string, fallback: string): string {
      const value = (raw(name) ?? fallback).toUpperCase()
      if (!/^[A-Z]{3}$/.test(value) || !Intl.supportedValuesOf('currency').includes(value)) {
        throw new ConfigError(`${name} must be an ISO 4217 currency code such as EGP, got "${value}"`)
      }
      return value
    },
    list(name: string): string[] {
      return (raw(name) ?? '').split(',').map((s) => s.trim()).filter(Boolean)
    },
  }
}

/** Hides the password part of a connection URL before it is printed anywhere. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')
}

function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const inner of Object.values(value)) {
    if (inner && typeof inner === 'object') deepFreeze(inner)
  }
  return Object.freeze(value)
}
