// A local stand-in for Twilio's Messages endpoint, so SMS tests never leave 127.0.0.1.
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeSms {
  sid: string
  authUser: string | undefined
  authPassword: string | undefined
  From: string | null
  To: string | null
  Body: string | null
}

export interface TwilioFakeOptions {
  /** Status answered to every accepted request; 201 unless told otherwise. */
  status?: number
  /** Wait this long before answering, to exercise client timeouts. */
  delayMs?: number
  /** When set, requests with other basic-auth credentials get 401. */
  credentials?: { sid: string; token: string }
}

export interface TwilioFake {
  /** Template in SMS_API_URL form: `{}` stands for the account SID. */
  url: string
  messages: FakeSms[]
  lastCodeFor(phone: string): string | undefined
  setStatus(status: number): void
  close(): Promise<void>
}

const PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/

export async function startTwilioFake(options: TwilioFakeOptions = {}): Promise<TwilioFake> {
  const messages: FakeSms[] = []
  let status = options.status ?? 201
  const timers = new Set<NodeJS.Timeout>()

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => res.destroy())
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = PATH.exec(req.url ?? '')
    if (req.method !== 'POST' || !match) return reply(res, 404, { code: 20404, message: 'Not found', status: 404 })
    const [user, password] = basicAuth(req.headers.authorization)
    const sid = decodeURIComponent(match[1] ?? '')
    const expected = options.credentials
    if (user === undefined || (expected && (user !== expected.sid || password !== expected.token || sid !== expected.sid))) {
      return reply(res, 401, { code: 20003, message: 'Authenticate', status: 401 })
    }
    let raw = ''
    for await (const chunk of req) raw += String(chunk)
    const form = new URLSearchParams(raw)
    const sms: FakeSms = {
      sid,
      authUser: user,
      authPassword: password,
      From: form.get('From'),
      To: form.get('To'),
      Body: form.get('Body'),
    }
    messages.push(sms)
    if (options.delayMs) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => (timers.delete(timer), resolve()), options.delayMs)
        timers.add(timer)
      })
    }
    if (status !== 201) return reply(res, status, { code: 21211, message: 'Request refused by fake', status })
    reply(res, 201, {
      sid: `SM${randomBytes(16).toString('hex')}`,
      account_sid: sid,
      from: sms.From,
      to: sms.To,
      body: sms.Body,
      status: 'queued',
      num_segments: '1',
      direction: 'outbound-api',
      date_created: new Date().toUTCString(),
      error_code: null,
      error_message: null,
    })
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${port}/2010-04-01/Accounts/{}/Messages.json`,
    messages,
    lastCodeFor(phone) {
      return messages.findLast((m) => m.To === phone)?.Body?.match(/\b(\d{6})\b/)?.[1]
    },
    setStatus(next) {
      status = next
    },
    close() {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      server.closeAllConnections()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

function basicAuth(header: string | undefined): [string | undefined, string | undefined] {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '')
  if (!match?.[1]) return [undefined, undefined]
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  return colon < 0 ? [decoded, undefined] : [decoded.slice(0, colon), decoded.slice(colon + 1)]
}
