// The floor under every endpoint (`npm run bench`'s "app: …" rows): the real app, built as
// src/server.ts builds it (same configuration, plugins and hooks, same database), with two more
// routes that do nothing. `GET /bench/floor/public` answers a fixed envelope through every hook;
// `GET /api/bench-floor/member` does the same after the members' access check (the token, then the
// session and its member in the database), so the rows show what a request costs before any
// endpoint's own work. Started by bench/run.ts exactly as the server is; never part of the app.
import { buildApp } from '../src/app.ts'
import { loadConfig } from '../src/config.ts'

const app = await buildApp(loadConfig(), {
  beforeReady(app) {
    const answer = { status: 'success', data: { state: 'alive' } }
    app.get('/bench/floor/public', async () => answer)
    app.get('/api/bench-floor/member', { config: { access: 'client' } }, async () => answer)
  },
})
await app.listen({ port: Number(process.env.PORT), host: process.env.HOST ?? '127.0.0.1' })
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void app.close().then(() => process.exit(0)))
