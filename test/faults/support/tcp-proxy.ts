// A TCP proxy on 127.0.0.1 between the app and a real server (PostgreSQL, here), which a test
// switches between passing traffic, dropping every connection (and refusing new ones at once),
// and stalling (holding connections open while nothing gets through, in either direction).
import { createServer, connect, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'

export type ProxyMode = 'pass' | 'drop' | 'stall'

export interface TcpProxy {
  port: number
  mode: ProxyMode
  /** Connections currently open through the proxy. */
  readonly open: number
  set(mode: ProxyMode): void
  close(): Promise<void>
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>()
  const lost = new Set<[Socket, Socket]>()
  let mode: ProxyMode = 'pass'

  const server = createServer((client) => {
    if (mode === 'drop') {
      client.destroy()
      return
    }
    const upstream = connect(target.port, target.host)
    const pair: [Socket, Socket] = [client, upstream]
    pairs.add(pair)
    const end = () => {
      pairs.delete(pair)
      lost.delete(pair)
      client.destroy()
      upstream.destroy()
    }
    // Bytes that arrive while stalled are thrown away, as a partitioned network loses them: a
    // statement sent into a stall never reaches the server, so it can never commit behind the
    // client's back once the client has given up.
    const forward = (to: Socket) => (chunk: Buffer) => {
      if (mode === 'pass') to.write(chunk)
      else lost.add(pair)
    }
    client.on('data', forward(upstream))
    upstream.on('data', forward(client))
    client.on('error', end).on('close', end)
    upstream.on('error', end).on('close', end)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))

  return {
    port: (server.address() as AddressInfo).port,
    get mode() {
      return mode
    },
    get open() {
      return pairs.size
    },
    set(next) {
      mode = next
      if (next === 'drop') for (const [a, b] of pairs) (a.destroy(), b.destroy())
      // Connections that lived through a stall have lost bytes; nothing sane can be read from them.
      if (next === 'pass') for (const [a, b] of lost) (a.destroy(), b.destroy())
    },
    async close() {
      for (const [a, b] of pairs) (a.destroy(), b.destroy())
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
