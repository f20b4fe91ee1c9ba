// Placeholder: the /api/subscriptions routes are being built (issue 3).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Services } from '../../services.ts'

export const subscriptionsRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async () => {}
