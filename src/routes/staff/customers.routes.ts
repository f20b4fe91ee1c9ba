// Placeholder: the /api/customers routes are being built (issue 3).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Services } from '../../services.ts'

export const customersRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async () => {}
