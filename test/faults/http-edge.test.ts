// What Node's HTTP parser rejects before Fastify sees a request, and what a client sees while the
// server shuts down, through a real socket on 127.0.0.1 (app.inject cannot reach either).
import { connect } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { shutDown } from '../../src/http/lifecycle.ts'
import { createTestApp, type TestApp } from '../support/app.ts'

interface RawAnswer {
  status: number
  headers: Record<string, string>
  body: string
}

/** Sends raw bytes on a fresh connection and reads everything until the server closes it. */
function raw(port: number, bytes: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('close', () => resolve(parse(Buffer.concat(chunks).toString('utf8'))))
    socket.end(bytes)
  })
}

function parse(text: string): RawAnswer {
  const [head = '', body = ''] = text.split('\r\n\r\n')
  const [statusLine = '', ...lines] = head.split('\r\n')
  const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]))
  return { status: Number(statusLine.split(' ')[1]), headers, body }
}

describe('requests the HTTP parser rejects are answered in the envelope', () => {
  let t: TestApp
  let port: number
  beforeEach(async () => {
    t = await createTestApp()
    await t.app.listen({ port: 0, host: '127.0.0.1' })
    port = (t.app.server.address() as AddressInfo).port
  })
  afterEach(async () => t.close())

  it('headers over 16 KB: 431 HEADERS_TOO_LARGE', async () => {
    const res = await raw(port, `GET /health HTTP/1.1\r\nHost: x\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`)
    expect(res.status).toBe(431)
    expect(res.headers['content-type']).toMatch(/^application\/json/)
    expect(JSON.parse(res.body)).toEqual({ status: 'error', code: 'HEADERS_TOO_LARGE', message: 'The request headers or URL are too large.' })
  })

  it('a URL over 16 KB: 431 HEADERS_TOO_LARGE', async () => {
    const res = await raw(port, `GET /health?q=${'a'.repeat(17_000)} HTTP/1.1\r\nHost: x\r\n\r\n`)
    expect(res.status).toBe(431)
    expect(JSON.parse(res.body)).toMatchObject({ status: 'error', code: 'HEADERS_TOO_LARGE' })
  })

  it.each([
    ['a request line that is not HTTP', 'HELLO THERE\r\n\r\n'],
    ['a non-numeric Content-Length', 'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: twelve\r\n\r\n'],
    ['both Content-Length and chunked encoding', 'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
  ])('%s: 400 BAD_REQUEST', async (_name, bytes) => {
    const res = await raw(port, bytes)
    expect(res.status).toBe(400)
    expect(res.headers.connection).toBe('close')
    expect(JSON.parse(res.body)).toEqual({ status: 'error', code: 'BAD_REQUEST', message: 'The request is not valid HTTP.' })
  })
})

describe('while shutting down', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it('during the drain /ready answers 503 in the envelope while other routes are still served, each with Connection: close', async () => {
    let exitCode: number | undefined
    const done = shutDown(t.app, { drainSeconds: 0.3, timeoutSeconds: 5, exit: (code) => void (exitCode = code) })
    const ready = await t.app.inject({ method: 'GET', url: '/ready' })
    expect(ready.statusCode).toBe(503)
    expect(ready.json()).toEqual({ status: 'error', code: 'SERVICE_UNAVAILABLE', message: 'The server is shutting down.' })
    const health = await t.app.inject({ method: 'GET', url: '/health' })
    expect(health.statusCode).toBe(200)
    expect(health.headers.connection).toBe('close')
    await done
    expect(exitCode).toBe(0)
  })
})

describe('the OpenAPI document', () => {
  it('lists 503 (database unavailable) for every route that declares its answers', async () => {
    const t = await createTestApp()
    try {
      const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> }
      const operations = Object.values(doc.paths).flatMap((methods) => Object.values(methods))
      expect(operations.length).toBeGreaterThan(20)
      for (const operation of operations) expect(Object.keys(operation.responses ?? {})).toContain('503')
    } finally {
      await t.close()
    }
  })
})
