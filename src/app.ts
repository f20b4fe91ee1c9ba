// buildApp(config, deps): registers plugins and routes and returns a ready Fastify instance. It
// never listens; server.ts does, and tests use app.inject().
import { randomUUID } from 'node:crypto'
import cors from '@fastify/cors'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import pino from 'pino'
import type { Config } from './config.ts'
import { openDatabase, waitForDatabase, type DatabaseHandle } from './db/database.ts'
import { migrateToLatest } from './db/migrate.ts'
import { registerAccessControl } from './http/access.ts'
import { registerCsv } from './http/csv.ts'
import { clientErrorHandler, frameworkErrors, registerErrorHandlers } from './http/error-handler.ts'
import { registerLifecycle } from './http/lifecycle.ts'
import { registerMetrics } from './http/metrics.ts'
import { registerDesk } from './http/desk.ts'
import { lazySerializers } from './http/lazy-compile.ts'
import { registerRateLimit } from './http/rate-limit.ts'
import { registerRequestLog } from './http/request-log.ts'
import { registerSecurityHeaders } from './http/security-headers.ts'
import { registerValidators } from './http/validation.ts'
import { systemClock, type Clock } from './lib/clock.ts'
import { ErrorEnvelope } from './lib/envelope.ts'
import { createActivationService } from './modules/activation/activation.service.ts'
import { createSessionService } from './modules/auth/session.service.ts'
import { createTokenSigner } from './modules/auth/tokens.ts'
import { createCheckInService } from './modules/entries/check-in.service.ts'
import { createNotifier, type Notifier } from './modules/notifications/notifier.ts'
import { loadSigningKey } from './modules/qr/qr-keys.ts'
import { createQrPassService } from './modules/qr/qr-token.ts'
import { ensureOwner } from './modules/staff/staff-auth.service.ts'
import { clientAuthRoutes } from './routes/clients/auth.routes.ts'
import { clientMemberRoutes } from './routes/clients/member.routes.ts'
import { staffAuthRoutes } from './routes/staff/auth.routes.ts'
import { auditRoutes } from './routes/staff/audit.routes.ts'
import { alertsRoutes, dashboardsRoutes } from './routes/staff/dashboards.routes.ts'
import { reportsRoutes } from './routes/staff/reports.routes.ts'
import { branchesRoutes } from './routes/staff/branches.routes.ts'
import { customersRoutes } from './routes/staff/customers.routes.ts'
import { dailyClosingsRoutes } from './routes/staff/daily-closings.routes.ts'
import { memberPasswordRoutes } from './routes/staff/member-passwords.routes.ts'
import { entryRoutes } from './routes/staff/entries.routes.ts'
import { expensesRoutes } from './routes/staff/expenses.routes.ts'
import { paymentsRoutes } from './routes/staff/payments.routes.ts'
import { servicesRoutes } from './routes/staff/services.routes.ts'
import { subscriptionsRoutes } from './routes/staff/subscriptions.routes.ts'
import { usersRoutes } from './routes/staff/users.routes.ts'
import { systemRoutes } from './routes/system.routes.ts'
import { registerAppDialect } from './routes/app-dialect/register.ts'
import type { Services } from './services.ts'

export interface AppDeps {
  clock?: Clock
  /** An open database; when given, the caller closes it. Otherwise DATABASE_URL is opened and closed with the app. */
  database?: DatabaseHandle
  notifier?: Notifier
  /** A logger instance to use instead of the one built from LOG_LEVEL (tests pass a silent one). */
  logger?: FastifyBaseLogger
  /** Registers extra routes before the app is sealed (tests probe shared hooks with it). */
  beforeReady?: (app: FastifyInstance) => void
  /** Called before any route is registered: the test suite installs its response contract check here. */
  instrument?: (app: FastifyInstance) => void
  /** The built desk to serve under /desk/ (default desk/dist; the browser tests build their own). */
  deskRoot?: string
}

const REQUEST_ID = /^[\w.-]{1,64}$/

export function loggerOptions(config: Readonly<Config>) {
  const base = { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] }
  // Readable lines on a developer's console; JSON lines everywhere else.
  if (config.nodeEnv !== 'development') return base
  return { ...base, transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } }
}

/**
 * stdout for the JSON log, written asynchronously as pino does by default but with a bounded
 * buffer: pino's default buffer grows without limit when whatever reads the log falls behind.
 * Past 16 MiB waiting, lines are dropped rather than held in memory.
 */
function boundedStdout() {
  return pino.destination({ dest: 1, sync: false, maxLength: 16 * 1024 * 1024 })
}

export async function buildApp(config: Readonly<Config>, deps: AppDeps = {}): Promise<FastifyInstance> {
  const app = Fastify({
    ...(deps.logger
      ? { loggerInstance: deps.logger }
      : { logger: config.nodeEnv === 'development' ? loggerOptions(config) : { ...loggerOptions(config), stream: boundedStdout() } }),
    bodyLimit: 64 * 1024,
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id']
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID()
    },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    frameworkErrors,
    clientErrorHandler,
    // During shutdown requests still arriving on open connections are served (with Connection:
    // close) instead of Fastify's own 503 outside the envelope; see src/http/lifecycle.ts.
    return503OnClosing: false,
    // One line per request instead of two, without the URL: src/http/request-log.ts.
    logController: new LogController({ disableRequestLogging: true }),
    ajv: { customOptions: { strict: false } },
    schemaController: { compilersFactory: { buildSerializer: lazySerializers } },
  }).withTypeProvider<TypeBoxTypeProvider>()

  const clock = deps.clock ?? systemClock
  const database = deps.database ?? openDatabase(config.databaseUrl, {
    connectTimeoutMs: config.dbConnectTimeoutMs,
    statementTimeoutMs: config.dbStatementTimeoutMs,
    busyTimeoutMs: config.dbBusyTimeoutMs,
    serverLock: true,
    log: app.log,
  })
  const notifier = deps.notifier ?? createNotifier(config, app.log)
  app.addHook('onClose', async () => {
    await notifier.close()
    if (!deps.database) await database.close()
  })

  try {
    await waitForDatabase(database.db, { seconds: config.dbStartupWaitSeconds, log: app.log })
  } catch (error) {
    await app.close()
    throw error
  }
  await migrateToLatest(database.db)
  await ensureOwner(database.db, config, clock, app.log)
  const ring = await loadSigningKey({ db: database.db, config, clock })

  const signer = createTokenSigner(config, clock)
  const sessions = createSessionService({ db: database.db, config, clock, signer })
  const qr = createQrPassService({ ring, config, clock })
  const services: Services = {
    config, clock, database, sessions, qr,
    activation: createActivationService({ db: database.db, dialect: database.dialect, config, clock, notifier, sessions, log: app.log }),
    checkIn: createCheckInService({ db: database.db, dialect: database.dialect, config, clock, qr }),
  }

  registerValidators(app)
  registerErrorHandlers(app)
  registerCsv(app)
  registerLifecycle(app)
  deps.instrument?.(app)
  registerRequestLog(app)
  await registerMetrics(app, config, database)
  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'] },
    },
  })
  // Without CORS_ORIGINS no browser on another origin is served, so the plugin (a hook on every
  // request) is left out; a preflight then answers 404 like any unknown route.
  if (config.corsOrigins.length) await app.register(cors, { origin: config.corsOrigins, credentials: false })
  await registerRateLimit(app, config)
  await registerOpenApi(app)
  registerAccessControl(app, sessions)

  await app.register(systemRoutes, { services })
  await app.register(clientAuthRoutes, { prefix: '/api/clients', services })
  await app.register(clientMemberRoutes, { prefix: '/api/clients', services })
  await app.register(staffAuthRoutes, { prefix: '/api/auth', services })
  await app.register(entryRoutes, { prefix: '/api/entries', services })
  await app.register(usersRoutes, { prefix: '/api/users', services })
  await app.register(branchesRoutes, { prefix: '/api/branches', services })
  await app.register(servicesRoutes, { prefix: '/api/services', services })
  await app.register(customersRoutes, { prefix: '/api/customers', services })
  await app.register(subscriptionsRoutes, { prefix: '/api/subscriptions', services })
  await app.register(auditRoutes, { prefix: '/api/audit', services })
  await app.register(paymentsRoutes, { prefix: '/api/payments', services })
  await app.register(dailyClosingsRoutes, { prefix: '/api/daily-closings', services })
  await app.register(expensesRoutes, { prefix: '/api/expenses', services })
  await app.register(reportsRoutes, { prefix: '/api/reports', services })
  await app.register(dashboardsRoutes, { prefix: '/api/dashboards', services })
  await app.register(alertsRoutes, { prefix: '/api/alerts', services })
  await app.register(memberPasswordRoutes, { prefix: '/api/customers', services })
  await registerAppDialect(app, services)
  await registerDesk(app, deps.deskRoot)
  deps.beforeReady?.(app)

  await app.ready()
  return app
}

async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Spotter API',
        version: '0.1.0',
        description:
          'Gym management: the staff API and the members\' app API. Every answer uses the envelope ' +
          '`{"status":"success","data":…}` or `{"status":"error","message":…,"code":…}`. Money is in minor units (e.g. piastres).',
      },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
  })
  app.addSchema(ErrorEnvelope)
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true })
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}
