// The load process when wrk is not installed: autocannon over the same request file as load.lua,
// printing the same result line. Usage: node bench/autocannon-load.ts <url> <file> <connections> <seconds>
import { readFileSync } from 'node:fs'
import autocannon from 'autocannon'

const [url, file, connections, seconds] = process.argv.slice(2) as [string, string, string, string]
const requests = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => {
  const [method, path, auth, body] = line.split('\t') as [string, string, string, string]
  const headers: Record<string, string> = {}
  if (auth) headers.authorization = auth
  if (body) headers['content-type'] = 'application/json'
  return { method: method as 'GET' | 'POST', path, headers, body: body || undefined }
})
let index = 0
const result = await autocannon({
  url, connections: Number(connections), duration: Number(seconds), pipelining: 1,
  requests: [{ setupRequest: (req: object) => ({ ...req, ...requests[index++ % requests.length] }) }],
})
const non2xx = result.non2xx
console.log(`BENCH_RESULT ${JSON.stringify({
  requests: result.requests.total, duration_us: result.duration * 1e6, p50_us: result.latency.p50 * 1000, p99_us: result.latency.p99 * 1000,
  non2xx, socket_errors: result.errors + result.timeouts,
})}`)
