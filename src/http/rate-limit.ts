// The per-IP limit on the sign-in endpoints (AUTH_RATE_LIMIT_PER_MINUTE). In memory per process,
// or shared through Redis when REDIS_URL is set so several instances count together.
import type { FastifyInstance } from 'fastify'
import rateLimit, { type RateLimitOptions } from '@fastify/rate-limit'
import type { Config } from '../config.ts'
import { AppError } from '../lib/errors.ts'

export const authRateLimit = (config: Pick<Config, 'authRateLimitPerMinute'>): RateLimitOptions => ({
  max: config.authRateLimitPerMinute,
  timeWindow: 60_000,
})

export async function registerRateLimit(app: FastifyInstance, config: Pick<Config, 'redisUrl'>): Promise<void> {
  // ioredis is only loaded when REDIS_URL is set.
  const redis = config.redisUrl ? new (await import('ioredis')).Redis(config.redisUrl, { connectTimeout: 2000, maxRetriesPerRequest: 1, lazyConnect: false }) : undefined
  if (redis) app.addHook('onClose', async () => void (await redis.quit().catch(() => undefined)))
  await app.register(rateLimit, {
    global: false,
    redis,
    nameSpace: 'spotter-rl:',
    skipOnError: false,
    errorResponseBuilder: (_request, context) =>
      new AppError('RATE_LIMIT_EXCEEDED', `Too many requests. Please wait ${Math.ceil(context.ttl / 1000)} seconds before trying again.`),
  })
}
