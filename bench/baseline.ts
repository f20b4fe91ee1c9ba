// The bench's reference points, each run as its own process: `node` is L, the ceiling (bare
// node:http answering a fixed JSON), `fastify` a bare Fastify route answering the same.
import { createServer } from 'node:http'

const [kind, port] = [process.argv[2], Number(process.argv[3])]
const body = JSON.stringify({ status: 'success', data: { state: 'alive' } })

if (kind === 'node') {
  createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) })
    res.end(body)
  }).listen(port, '127.0.0.1', () => process.send?.('ready'))
} else {
  const { default: Fastify } = await import('fastify')
  const app = Fastify({ logger: false })
  app.get('/health', async () => ({ status: 'success', data: { state: 'alive' } }))
  await app.listen({ port, host: '127.0.0.1' })
  process.send?.('ready')
}
