// Placeholder: the /api/users routes are being built (issue 3).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Services } from '../../services.ts'

export const usersRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async () => {}
