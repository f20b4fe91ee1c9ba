// Reads the apps' contracts (copied from ../shared/app-contracts/) and checks an answer against
// one call's response_fields_read: every field the app reads, with its type; nullable fields may
// be absent or null, others must be there. `a | b` alternatives: the first present one counts.
import { readFileSync } from 'node:fs'
import { expect } from 'vitest'

export interface ContractCall {
  method: string
  path: string
  request: { fields: Record<string, string>; query?: Record<string, unknown> }
  response_fields_read: Array<{ path: string; type: string; nullable?: boolean; note?: string }>
}

export const loadContract = (file: string): ContractCall[] =>
  JSON.parse(readFileSync(new URL(`./contracts/${file}`, import.meta.url), 'utf8'))

/** Values at a path like data.items[].id (arrays fan out); `<root>` is the body itself. */
function valuesAt(root: unknown, path: string): unknown[] {
  let current: unknown[] = [root]
  for (const raw of path.split('.')) {
    if (raw === '<root>') continue
    const isList = raw.endsWith('[]')
    const key = isList ? raw.slice(0, -2) : raw
    current = current.flatMap((v) => {
      const next = key === '' ? v : v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined
      if (!isList) return [next]
      return Array.isArray(next) ? next : []
    })
  }
  return current
}

function typeOk(type: string, value: unknown): boolean {
  const base = type.split(' (')[0]!
  return base.split('|').some((t) => {
    const name = t.trim()
    if (name === 'any') return value !== undefined
    if (name === 'String') {
      if (typeof value !== 'string') return false
      if (/YYYY-MM-DD|\(date/.test(type) && !/^\d{4}-\d{2}-\d{2}/.test(value)) return false
      if (/ISO-8601|DateTime\.parse/.test(type) && Number.isNaN(Date.parse(value))) return false
      if (/HH:MM/.test(type) && !/^\d{2}:\d{2}(:\d{2})?$/.test(value)) return false
      return true
    }
    if (name === 'int') return Number.isInteger(value)
    if (name === 'num' || name === 'double') return typeof value === 'number'
    if (name === 'bool') return typeof value === 'boolean'
    if (name === 'Map') return value !== null && typeof value === 'object' && !Array.isArray(value)
    if (name.startsWith('List')) return Array.isArray(value)
    throw new Error(`unknown contract type ${type}`)
  })
}

/** Expands `a | b` (a bare `b` is a sibling of `a`), dropping wildcard alternatives. */
function alternatives(path: string, listBase: string | undefined): string[] {
  const parts = path.split('|').map((p) => p.trim()).filter((p) => p && !p.includes('*') && !p.includes('('))
  const prefix = parts[0]!.includes('.') ? parts[0]!.slice(0, parts[0]!.lastIndexOf('.') + 1) : ''
  return parts.map((p, i) => (i > 0 && !p.includes('.') && !p.includes('[') && prefix ? prefix + p : p))
    .map((p) => (p.startsWith('[]') && listBase ? `${listBase}${p.slice(2)}` : p))
}

/** `present`: every field the app reads must be there, nullable or not (but the failure-only `error`). */
export function assertReads(call: ContractCall, status: number, body: unknown, { present = false } = {}): void {
  let listBase: string | undefined
  for (const field of call.response_fields_read) {
    const where = `${call.method} ${call.path} → ${field.path}`
    if (field.path === '<HTTP status>') {
      expect([200, 201], where).toContain(status)
      continue
    }
    const options = alternatives(field.path, listBase)
    const listOf = (p: string) => (p.endsWith('[]') ? p.slice(0, -2) : p)
    const found = options.find((p) => valuesAt(body, listOf(p)).some((v) => v !== undefined && v !== null && (!p.endsWith('[]') || Array.isArray(v))))
    // An element field inside a list that is absent or empty has nothing to check.
    const inEmptyList = options.every((p) => {
      const inner = p.lastIndexOf('[]', p.length - 3)
      return inner > 0 && valuesAt(body, p.slice(0, inner + 2)).length === 0
    })
    if (found === undefined && inEmptyList) continue
    if (found === undefined) {
      expect(field.nullable && !(present && field.path !== 'error'), `${where}: absent but the app needs it`).toBe(true)
      continue
    }
    if (found.endsWith('[]') && !field.path.startsWith('[]')) listBase = found
    for (const value of valuesAt(body, listOf(found))) {
      if (value === undefined || value === null) {
        expect(field.nullable, `${where}: null in ${JSON.stringify(body).slice(0, 200)}`).toBe(true)
        continue
      }
      expect(typeOk(field.type, value), `${where}: ${JSON.stringify(value)?.slice(0, 80)} is not ${field.type}`).toBe(true)
    }
  }
}
