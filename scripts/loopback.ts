// One JSON request to a server on loopback, for the load generators (the soak's and the fault
// tests'): it never rejects; a socket error comes back as `error` (its code, "(reused)" when it
// happened on a kept-alive socket) instead of an answer.
import { request, type Agent, type IncomingHttpHeaders } from 'node:http'

export interface LoopbackAnswer {
  status?: number
  text: string
  headers?: IncomingHttpHeaders
  error?: string
}

export function sendJson(agent: Agent, port: number, method: string, path: string, body?: unknown, token?: string): Promise<LoopbackAnswer> {
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const req = request({
      host: '127.0.0.1', port, method, path, agent,
      headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    }, (res) => {
      let text = ''
      res.on('data', (chunk: Buffer) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode, text, headers: res.headers }))
      res.on('error', (error: NodeJS.ErrnoException) => resolve({ text, error: error.code ?? error.message }))
    })
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ text: '', error: (error.code ?? error.message) + (req.reusedSocket ? ' (reused)' : '') }))
    req.end(payload)
  })
}
