// The gym's own Flutter apps, unchanged, pointed at <server>/flutter (see the README section
// "Using the existing Flutter apps").
import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.ts'
import { DIALECT_PREFIX } from './dialect.ts'
import { memberDialectRoutes } from './member.routes.ts'
import { staffMoneyDialectRoutes } from './money.routes.ts'
import { staffDialectRoutes } from './staff.routes.ts'
import { unsupportedDialectRoutes } from './unsupported.ts'

export async function registerAppDialect(app: FastifyInstance, services: Services): Promise<void> {
  await app.register(memberDialectRoutes, { prefix: `${DIALECT_PREFIX}/api/client`, services })
  await app.register(staffDialectRoutes, { prefix: `${DIALECT_PREFIX}/api`, services })
  await app.register(staffMoneyDialectRoutes, { prefix: `${DIALECT_PREFIX}/api`, services })
  await app.register(unsupportedDialectRoutes, { prefix: DIALECT_PREFIX })
}
