// Placeholder: the /api/services routes are being built (issue 3).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Services } from '../../services.ts'

export const servicesRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async () => {}
