// What `npm run bench` measures, one line per endpoint. `as` is who calls it: a signed-in member
// (a different one on each request), the owner (staff), or the refresh pool (each request spends
// one refresh token). `member` is the id of the member a request is about; `branch` that member's
// branch. `target` is the ratio to L the endpoint is held to on SQLite (none: reported only).
// Reports and dashboards are one line each (the owner asks, over the bench's year of payments).
import { memberName, memberPhone } from './data.ts'

export type Kind = 'member read' | 'qr' | 'refresh' | 'check-in' | 'search' | 'report'

export interface RequestContext {
  member: number
  branch: number
}

export interface Endpoint {
  name: string
  kind: Kind
  as: 'member' | 'staff' | 'refresh'
  method: 'GET' | 'POST'
  path: (r: RequestContext) => string
  body?: (r: RequestContext) => object
  target?: number
}

/** A UTC calendar day (the bench server runs with GYM_TIMEZONE unset, i.e. UTC). */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)

/** A member's phone as a desk would type it: national form, no country code. */
export const typedPhone = (id: number) => `0${memberPhone(id).slice(3)}`

export const ENDPOINTS: Endpoint[] = [
  { name: 'GET /api/clients/profile', kind: 'member read', as: 'member', method: 'GET', path: () => '/api/clients/profile', target: 0.65 },
  { name: 'GET /api/clients/subscription', kind: 'member read', as: 'member', method: 'GET', path: () => '/api/clients/subscription', target: 0.65 },
  { name: 'GET /api/clients/entry-history (first page)', kind: 'member read', as: 'member', method: 'GET', path: () => '/api/clients/entry-history?limit=20', target: 0.65 },
  { name: 'GET /api/clients/entry-history (deep page)', kind: 'member read', as: 'member', method: 'GET', path: () => '/api/clients/entry-history?limit=10&offset=40', target: 0.65 },
  { name: 'GET /api/clients/qr', kind: 'qr', as: 'member', method: 'GET', path: () => '/api/clients/qr', target: 0.05 },
  { name: 'POST /api/clients/refresh', kind: 'refresh', as: 'refresh', method: 'POST', path: () => '/api/clients/refresh', target: 0.4 },
  {
    name: 'POST /api/entries/check-in', kind: 'check-in', as: 'staff', method: 'POST', path: () => '/api/entries/check-in',
    body: (r) => ({ customer_id: r.member, branch_id: r.branch }), target: 0.45,
  },
  { name: 'GET /api/customers/search (phone)', kind: 'search', as: 'staff', method: 'GET', path: (r) => `/api/customers/search?q=${typedPhone(r.member)}` },
  { name: 'GET /api/customers/search (name)', kind: 'search', as: 'staff', method: 'GET', path: (r) => `/api/customers/search?q=${encodeURIComponent(memberName(r.member))}` },
  { name: 'GET /api/reports/monthly (a year)', kind: 'report', as: 'staff', method: 'GET', path: () => `/api/reports/monthly?from=${daysAgo(365)}&to=${daysAgo(0)}` },
  { name: 'GET /api/dashboards/owner', kind: 'report', as: 'staff', method: 'GET', path: () => '/api/dashboards/owner' },
]
