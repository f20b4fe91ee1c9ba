// A local SMTP server for tests: accepts (or refuses) mail on 127.0.0.1 and keeps what arrived,
// decoded far enough to read the text and HTML parts nodemailer produces.
import type { AddressInfo } from 'node:net'
import { SMTPServer, type SMTPServerError } from 'smtp-server'

export interface CaughtMessage {
  from: string
  to: string[]
  raw: string
  subject: string
  text: string
  html: string
  /** The AUTH user of the session, undefined when the client did not authenticate. */
  authUser: string | undefined
}

export interface SmtpCatcherOptions {
  /** Reject every recipient with this SMTP reply code (e.g. 550). */
  failWith?: number
  /** Refuse mail from clients that did not authenticate. */
  requireAuth?: boolean
  /** When set, AUTH succeeds only with these user → password pairs; otherwise any login is accepted. */
  users?: Record<string, string>
}

export interface SmtpCatcher {
  port: number
  messages: CaughtMessage[]
  lastCodeFor(email: string): string | undefined
  close(): Promise<void>
}

export async function startSmtpCatcher(options: SmtpCatcherOptions = {}): Promise<SmtpCatcher> {
  const messages: CaughtMessage[] = []
  const server = new SMTPServer({
    logger: false,
    secure: false,
    authOptional: !options.requireAuth,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    closeTimeout: 500,
    onAuth(auth, _session, callback) {
      const expected = options.users?.[auth.username ?? '']
      if (options.users && (expected === undefined || expected !== auth.password)) {
        callback(new Error('Invalid username or password'))
        return
      }
      callback(null, { user: auth.username })
    },
    onRcptTo(_address, _session, callback) {
      if (options.failWith === undefined) return callback()
      const error: SMTPServerError = new Error('Recipient rejected by test catcher')
      error.responseCode = options.failWith
      callback(error)
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const parts = parseMessage(raw)
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          ...parts,
          authUser: typeof session.user === 'string' ? session.user : undefined,
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const port = (server.server.address() as AddressInfo).port

  return {
    port,
    messages,
    lastCodeFor(email) {
      const wanted = email.toLowerCase()
      const message = messages.findLast((m) => m.to.some((to) => to.toLowerCase() === wanted))
      return message?.text.match(/\b(\d{6})\b/)?.[1]
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

type Parts = Pick<CaughtMessage, 'subject' | 'text' | 'html'>

// Just enough MIME for what nodemailer sends: nested multiparts, quoted-printable or base64.
function parseMessage(raw: string): Parts {
  const result: Parts = { subject: '', text: '', html: '' }
  const { headers } = splitEntity(raw)
  result.subject = headers.get('subject') ?? ''
  walk(raw, result)
  return result
}

function walk(entity: string, result: Parts): void {
  const { headers, body } = splitEntity(entity)
  const type = headers.get('content-type') ?? 'text/plain'
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
  if (/^multipart\//i.test(type) && boundary) {
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (part.startsWith('--')) break
      walk(part.replace(/^\r?\n/, ''), result)
    }
    return
  }
  const decoded = decode(body, headers.get('content-transfer-encoding') ?? '7bit')
  if (/^text\/html/i.test(type)) result.html ||= decoded
  else if (/^text\/plain/i.test(type)) result.text ||= decoded
}

function splitEntity(entity: string): { headers: Map<string, string>; body: string } {
  const match = /\r?\n\r?\n/.exec(entity)
  const head = match ? entity.slice(0, match.index) : entity
  const body = match ? entity.slice(match.index + match[0].length) : ''
  const headers = new Map<string, string>()
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return { headers, body }
}

function decode(body: string, encoding: string): string {
  switch (encoding.toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    case 'quoted-printable': {
      const unfolded = body.replace(/=\r?\n/g, '')
      const bytes: number[] = []
      for (let i = 0; i < unfolded.length; i++) {
        const hex = unfolded.slice(i + 1, i + 3)
        if (unfolded[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
          bytes.push(parseInt(hex, 16))
          i += 2
        } else {
          bytes.push(...Buffer.from(unfolded[i] ?? '', 'utf8'))
        }
      }
      return Buffer.from(bytes).toString('utf8').replace(/\r\n/g, '\n').trimEnd()
    }
    default:
      return body.replace(/\r\n/g, '\n').trimEnd()
  }
}
