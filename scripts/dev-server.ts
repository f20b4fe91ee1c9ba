// `npm run dev`: the service in development mode (reads .env, console providers print codes).
process.env.NODE_ENV ??= 'development'
await import('../src/server.ts')
