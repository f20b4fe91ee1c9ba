// The thin typed client: every call is checked against the types generated from /openapi.json
// (schema.d.ts). The access token lives only in this module's memory; the refresh token is an
// HttpOnly cookie the browser sends to /api/auth/refresh alone.
import type { paths } from './schema'

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete'
type Op<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>
type OpParams<O> = O extends { parameters: infer A } ? A : never
type Json<R> = R extends { content: { 'application/json': infer J } } ? J : never
type Ok<O> = O extends { responses: { 200: infer R } } ? Json<R> : O extends { responses: { 201: infer R } } ? Json<R> : never
export type Data<P extends keyof paths, M extends Method> = Ok<Op<P, M>> extends { data: infer D } ? D : never
type Body<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never

export interface CallOptions<P extends keyof paths, M extends Method> {
  path?: OpParams<Op<P, M>> extends { path?: infer X } ? X : never
  query?: OpParams<Op<P, M>> extends { query?: infer X } ? Partial<X> : never
  body?: Body<Op<P, M>>
  headers?: Record<string, string>
  /** Milliseconds before the call gives up with code TIMEOUT (default 8 s). */
  timeout?: number
}

export interface FieldError { field: string; message: string }

/** An answer that is not a success, or no answer at all (code NETWORK or TIMEOUT, status 0). */
export class ApiError extends Error {
  override name = 'ApiError'
  readonly status: number
  readonly code: string
  readonly fields: FieldError[]
  constructor(status: number, code: string, message: string, fields: FieldError[] = []) {
    super(message)
    this.status = status
    this.code = code
    this.fields = fields
  }
  /** The API's message for one field (schema errors and duplicates), if any. */
  field(name: string): string | undefined {
    return this.fields.find((f) => f.field === name || f.field === `/${name}` || f.field.endsWith(`.${name}`))?.message
  }
}

let accessToken: string | null = null
let onSessionLost: (code: string) => void = () => {}

export function setAccessToken(token: string | null): void {
  accessToken = token
}
/** Called when the session cannot be renewed (signed out elsewhere, expired, account deactivated). */
export function whenSessionLost(handler: (code: string) => void): void {
  onSessionLost = handler
}

function url(path: string, params?: Record<string, unknown>, query?: Record<string, unknown>): string {
  let out = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params?.[name])))
  const search = new URLSearchParams()
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null && v !== '') search.set(k, String(v))
  const qs = search.toString()
  if (qs) out += `?${qs}`
  return out
}

async function send(method: string, target: string, body: unknown, headers: Record<string, string>, timeout: number): Promise<Response> {
  try {
    return await fetch(target, {
      method: method.toUpperCase(),
      headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body !== undefined ? JSON.stringify(body) : undefined,
      credentials: 'same-origin',
      signal: AbortSignal.timeout(timeout),
    })
  } catch (error) {
    const timedOut = error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')
    throw new ApiError(0, timedOut ? 'TIMEOUT' : 'NETWORK', timedOut ? 'The server did not answer in time.' : 'The server cannot be reached.')
  }
}

async function read(res: Response): Promise<unknown> {
  const text = await res.text()
  let json: { status?: string; data?: unknown; code?: string; message?: string; errors?: FieldError[]; field?: string } = {}
  try {
    json = text ? JSON.parse(text) : {}
  } catch {
    throw new ApiError(res.status, res.status >= 500 ? 'SERVER_DOWN' : 'BAD_ANSWER', 'The server gave an answer the desk cannot read.')
  }
  if (res.ok && json.status === 'success') return json.data
  const fields = json.errors ?? (json.field ? [{ field: json.field, message: json.message ?? '' }] : [])
  throw new ApiError(res.status, json.code ?? (res.status >= 500 ? 'SERVER_DOWN' : 'ERROR'), json.message ?? res.statusText, fields)
}

let refreshing: Promise<boolean> | null = null

/** Renews the access token from the HttpOnly cookie; true when a new one was obtained. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const res = await send('post', '/api/auth/refresh', undefined, { 'x-spotter-desk': '1' }, 8000)
      const data = (await read(res)) as { access_token: string }
      accessToken = data.access_token
      return true
    } catch (error) {
      if (error instanceof ApiError && error.status === 0) throw error
      accessToken = null
      return false
    } finally {
      refreshing = null
    }
  })()
  return refreshing
}

export async function api<P extends keyof paths, M extends Method>(method: M, path: P, options: CallOptions<P, M> = {}): Promise<Data<P, M>> {
  const target = url(path as string, options.path as Record<string, unknown>, options.query as Record<string, unknown>)
  const attempt = () => send(method, target, options.body, {
    ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}), ...options.headers,
  }, options.timeout ?? 8000)
  let res = await attempt()
  if (res.status === 401 && accessToken) {
    if (await refreshSession()) res = await attempt()
    else {
      onSessionLost('TOKEN_EXPIRED')
      throw new ApiError(401, 'TOKEN_EXPIRED', 'Your session has ended.')
    }
  }
  try {
    return (await read(res)) as Data<P, M>
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'ACCOUNT_INACTIVE' || error.status === 401)) onSessionLost(error.code)
    throw error
  }
}

/**
 * Downloads a list as CSV (`?format=csv`) with the bearer token — the token lives only in memory, so
 * a plain link could not carry it. The file is handed to the browser through an object URL.
 */
export async function downloadCsv<P extends keyof paths>(path: P, query: Record<string, unknown>, filename: string): Promise<void> {
  const target = url(path as string, undefined, { ...query, format: 'csv' })
  const attempt = () => send('get', target, undefined, { accept: 'text/csv', ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}) }, 15000)
  let res = await attempt()
  if (res.status === 401 && accessToken && (await refreshSession())) res = await attempt()
  if (!res.ok) await read(res)
  const href = URL.createObjectURL(await res.blob())
  const a = document.createElement('a')
  a.href = href
  a.download = filename
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(href), 10_000)
}
