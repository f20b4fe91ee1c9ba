// Serves the desk (the web console, built from desk/ into desk/dist) under /desk/. The server only
// reads the built files; it imports nothing from desk/. Hashed assets (/desk/assets/*) are cached for
// a year; index.html is revalidated on every load so a new build is picked up at once.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { AppError } from '../lib/errors.ts'

export const DEFAULT_DESK_ROOT = resolve(import.meta.dirname, '../../desk/dist')

export async function registerDesk(app: FastifyInstance, root: string = DEFAULT_DESK_ROOT): Promise<void> {
  if (!existsSync(join(root, 'index.html'))) {
    app.get('/desk/*', { schema: { hide: true } }, async () => {
      throw new AppError('SERVICE_UNAVAILABLE', 'The desk is not built: run npm install (or npm run build:desk).')
    })
    return
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/desk/',
    index: false,
    wildcard: true,
    cacheControl: false,
    setHeaders(res, path) {
      const immutable = path.includes(`${join(root, 'assets')}/`)
      res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
    },
  })
  // /desk/ (and /desk: trailing slashes are ignored) is the console's page; the pages are #/door, #/members, …
  app.get('/desk/', { schema: { hide: true } }, async (_request, reply) => reply.sendFile('index.html'))
}
