// The soak's load, in its own process: a steady RATE requests a second on loopback, a mix of what
// the desk does all day (member searches, a member's page, sign-ins, registrations, door scans of
// unknown cards) plus the errors strangers cause (404s, invalid bodies). At most 64 requests in
// flight: when the server falls behind, the load is skipped, not queued. Prints one JSON line of
// counts when it receives SIGTERM.
// Usage: node scripts/soak-load.ts <port> <username> <password> <rate>
import { Agent } from 'node:http'
import { sendJson } from './loopback.ts'

const [port, username, password, rateArg] = process.argv.slice(2)
const RATE = Number(rateArg ?? 200)
const MAX_IN_FLIGHT = 64
const agent = new Agent({ keepAlive: true, maxSockets: MAX_IN_FLIGHT })
const counts: Record<string, number> = {}
let inFlight = 0
let n = 0

async function send(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; text: string }> {
  const answer = await sendJson(agent, Number(port), method, path, body, token)
  // A socket error counts as status 0.
  return { status: answer.error === undefined ? answer.status ?? 0 : 0, text: answer.error ?? answer.text }
}

const signIn = await send('POST', '/api/auth/login', { username, password })
if (signIn.status !== 200) throw new Error(`soak: sign-in failed: ${signIn.text}`)
const token = (JSON.parse(signIn.text) as { data: { access_token: string } }).data.access_token

const mix: Array<() => Promise<{ status: number }>> = [
  () => send('GET', `/api/customers?search=${['a', 'mem', '010', 'x'][n % 4]}&page=1&per_page=20`, undefined, token),
  () => send('GET', `/api/customers?page=${(n % 5) + 1}&per_page=50`, undefined, token),
  () => send('GET', '/api/auth/me', undefined, token),
  () => send('GET', '/api/branches', undefined, token),
  () => send('POST', '/api/customers', { full_name: `Soak member ${n}`, phone: `+2012${String(n).padStart(8, '0')}`, branch_id: 1 }, token),
  () => send('POST', '/api/auth/login', { username, password }),
  () => send('POST', '/api/entries/check-in', { qr_code: `GYM-UNKNOWN-${n}` }, token),
  () => send('GET', `/api/no-such-route/${n}`),
  () => send('POST', '/api/customers', { full_name: '', phone: 'not a phone', extra: 'x'.repeat(n % 2000) }, token),
  () => send('GET', '/ready'),
]

const tick = setInterval(() => {
  for (let i = 0; i < RATE / 100; i++) {
    if (inFlight >= MAX_IN_FLIGHT) {
      counts.skipped = (counts.skipped ?? 0) + 1
      continue
    }
    n += 1
    inFlight += 1
    void mix[n % mix.length]!().then((res) => {
      inFlight -= 1
      counts[res.status] = (counts[res.status] ?? 0) + 1
    })
  }
}, 10)

process.once('SIGTERM', () => {
  clearInterval(tick)
  process.stdout.write(`${JSON.stringify(counts)}\n`)
  agent.destroy()
  process.exit(0)
})
