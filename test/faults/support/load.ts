// A steady load from its own process, sent as through a load balancer: a front desk signs in, then
// WORKERS loops register members (each with a new phone) over keep-alive connections while a
// health check polls /ready every 20 ms. Like a load balancer, the load stops sending once /ready
// has answered 503 three times in a row (an "unhealthy threshold"); what it sent until then must
// all be answered. Prints "ready" once the load runs, then one JSON summary line on stdout.
// Usage: node test/faults/support/load.ts <port> <username> <password> [workers]
import { Agent } from 'node:http'
import { sendJson } from '../../../scripts/loopback.ts'

const [port, username, password, workersArg] = process.argv.slice(2)
const WORKERS = Number(workersArg ?? 4)
const agent = new Agent({ keepAlive: true, maxSockets: WORKERS + 1 })

interface Answer {
  status?: number
  code?: string
  connection?: string
  error?: string
}

async function send(method: string, path: string, body?: unknown, token?: string): Promise<Answer> {
  const answer = await sendJson(agent, Number(port), method, path, body, token)
  if (answer.error !== undefined) return { error: answer.error }
  let code: string | undefined
  try {
    code = (JSON.parse(answer.text) as { code?: string }).code
  } catch {
    code = 'NOT_JSON'
  }
  return { status: answer.status, code, connection: answer.headers?.connection }
}

const signIn = await sendJson(agent, Number(port), 'POST', '/api/auth/login', { username, password })
if (signIn.status !== 200) throw new Error(`login failed: ${signIn.error ?? signIn.text}`)
const token = (JSON.parse(signIn.text) as { data: { access_token: string } }).data.access_token

const writes: Array<Answer & { phase: 'serving' | 'draining' }> = []
const readiness: Answer[] = []
let sent = 0
let announced = false
let draining = false
let stopped = false

async function worker(id: number): Promise<void> {
  for (let n = 0; !stopped; n++) {
    const phone = `+2011${String(id).padStart(2, '0')}${String(n).padStart(6, '0')}`
    const phase = draining ? 'draining' : 'serving'
    const answer = await send('POST', '/api/customers', { full_name: `Load ${id}-${n}`, phone }, token)
    writes.push({ ...answer, phase })
    sent += 1
    if (!announced && sent >= 20) {
      announced = true
      process.stdout.write('ready\n')
    }
  }
}

async function readyPoller(): Promise<void> {
  let unhealthy = 0
  while (!stopped) {
    const answer = await send('GET', '/ready')
    readiness.push(answer)
    unhealthy = answer.status === 200 ? 0 : unhealthy + 1
    if (unhealthy > 0) draining = true
    if (unhealthy >= 3) stopped = true
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

await Promise.all([...Array.from({ length: WORKERS }, (_, i) => worker(i)), readyPoller()])
const tally = (answers: Answer[]) => {
  const counts: Record<string, number> = {}
  for (const a of answers) {
    const key = a.error ?? `${a.status} ${a.code ?? ''}`.trim()
    counts[key] = (counts[key] ?? 0) + 1
  }
  return counts
}
process.stdout.write(`${JSON.stringify({
  writes: tally(writes),
  drainingWrites: tally(writes.filter((w) => w.phase === 'draining')),
  drainingConnectionHeaders: [...new Set(writes.filter((w) => w.phase === 'draining').map((w) => w.connection))],
  readiness: tally(readiness),
  // The order /ready went through: 200s, then 503s while draining.
  readinessSequence: readiness.map((a) => a.error ?? a.status).filter((v, i, all) => i === 0 || all[i - 1] !== v),
})}\n`)
agent.destroy()
