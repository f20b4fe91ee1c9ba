// Who may call each /api route, written by hand from SPEC's role table ("Staff, roles, branches"),
// NOT from the routes' `config.access` declarations: the role × route matrix test checks the real
// answers against this table, so a rule made too broad (or too narrow) in the code fails it.
//
// One line per route: METHOD, path (as registered, `:id` for parameters), then who may call it:
//   public   anyone, no token            member   a member's (client) token
//   staff    every staff role            or the staff roles by name
// Every /api route must be listed, and every line must name a route that exists. When you add a
// route, add its line here, in its area, with the roles SPEC gives it.
//
//   owner (everything) · branch_manager (staff below, members, plans, subscriptions, door, expense
//   review, reports) · central_accountant (read all money, review expenses, daily closings,
//   reports) · accountant (payments, expenses, daily closing, reports of the branch) · trainer
//   (reads members) · front_desk (members, subscriptions, door, payments, daily closing)
import type { StaffRole } from '../../src/db/types.ts'
import { STAFF_ROLES } from '../../src/modules/staff/roles.ts'

export const ROLE_TABLE = `
# members' app
POST   /api/clients/request-activation     public
POST   /api/clients/verify-activation      public
POST   /api/clients/refresh                public
POST   /api/clients/logout                 member
GET    /api/clients/sessions               member
DELETE /api/clients/sessions/:id           member
GET    /api/clients/profile                member
PATCH  /api/clients/profile                member
GET    /api/clients/subscription           member
GET    /api/clients/qr                     member
POST   /api/clients/refresh-qr             member
GET    /api/clients/entry-history          member

# staff sign-in
POST   /api/auth/login                     public
POST   /api/auth/refresh                   public
POST   /api/auth/logout                    staff
GET    /api/auth/me                        staff
GET    /api/auth/gym                       staff
POST   /api/auth/change-password           staff

# staff accounts: managed by ranks above (owner, branch manager)
GET    /api/users                          owner branch_manager
POST   /api/users                          owner branch_manager
GET    /api/users/:id                      owner branch_manager
PUT    /api/users/:id                      owner branch_manager
POST   /api/users/:id/deactivate           owner branch_manager
POST   /api/users/:id/activate             owner branch_manager
POST   /api/users/:id/reset-password       owner branch_manager

# branches: everyone reads (in scope), the owner changes
GET    /api/branches                       staff
POST   /api/branches                       owner
GET    /api/branches/:id                   staff
PUT    /api/branches/:id                   owner
POST   /api/branches/:id/deactivate        owner
POST   /api/branches/:id/activate          owner

# plans: everyone reads, managers change
GET    /api/services                       staff
POST   /api/services                       owner branch_manager
GET    /api/services/:id                   staff
PUT    /api/services/:id                   owner branch_manager
POST   /api/services/:id/deactivate        owner branch_manager
POST   /api/services/:id/activate          owner branch_manager

# members: everyone reads (health data by role), the desk and managers write
GET    /api/customers                      staff
GET    /api/customers/search               staff
POST   /api/customers                      owner branch_manager front_desk
GET    /api/customers/:id                  staff
PUT    /api/customers/:id                  owner branch_manager front_desk
POST   /api/customers/:id/deactivate       owner branch_manager front_desk
POST   /api/customers/:id/activate         owner branch_manager front_desk
POST   /api/customers/:id/regenerate-qr    owner branch_manager front_desk
POST   /api/customers/:id/reset-password   owner branch_manager front_desk

# subscriptions: everyone reads (a trainer, those they train); the desk and managers sell and change
GET    /api/subscriptions                  staff
GET    /api/subscriptions/settings         staff
PUT    /api/subscriptions/settings         owner
GET    /api/subscriptions/:id              staff
POST   /api/subscriptions/activate         owner branch_manager front_desk
POST   /api/subscriptions/:id/renew        owner branch_manager front_desk
POST   /api/subscriptions/:id/freeze       owner branch_manager front_desk
POST   /api/subscriptions/:id/unfreeze     owner branch_manager front_desk
POST   /api/subscriptions/:id/stop         owner branch_manager front_desk

# the door; its log is read by the door's roles and by the money roles (check-in reports)
POST   /api/entries/check-in               owner branch_manager front_desk
GET    /api/entries                        owner branch_manager front_desk accountant central_accountant
GET    /api/entries/qr-keys                public

# audit trail
GET    /api/audit                          owner

# money: the ledger (the desk takes payments and reprints receipts; refunds are money leaving the
# till, so only those who answer for it; the central accountant reads every branch, writes none)
GET    /api/payments                       owner branch_manager central_accountant accountant front_desk
POST   /api/payments/record                owner branch_manager accountant front_desk
GET    /api/payments/:id                   owner branch_manager central_accountant accountant front_desk
POST   /api/payments/:id/refund            owner branch_manager accountant

# the evening cash count: the desk counts and closes its own day; past closings are the office's
GET    /api/daily-closings/today           owner branch_manager central_accountant accountant front_desk
POST   /api/daily-closings                 owner branch_manager accountant front_desk
GET    /api/daily-closings                 owner branch_manager central_accountant accountant
GET    /api/daily-closings/:id             owner branch_manager central_accountant accountant

# expenses: recorded by those who spend, reviewed by managers and accountants
POST   /api/expenses                       owner branch_manager accountant
GET    /api/expenses                       owner branch_manager central_accountant accountant
GET    /api/expenses/:id                   owner branch_manager central_accountant accountant
POST   /api/expenses/:id/review            owner branch_manager central_accountant accountant
DELETE /api/expenses/:id                   owner branch_manager central_accountant accountant

# reports and alerts: managers and accountants (the desk and trainers read none)
GET    /api/reports/daily                  owner branch_manager central_accountant accountant
GET    /api/reports/weekly                 owner branch_manager central_accountant accountant
GET    /api/reports/monthly                owner branch_manager central_accountant accountant
GET    /api/reports/revenue                owner branch_manager central_accountant accountant
GET    /api/reports/revenue-trend          owner branch_manager central_accountant accountant
GET    /api/reports/expenses-by-category   owner branch_manager central_accountant accountant
GET    /api/reports/branch-comparison      owner branch_manager central_accountant accountant
GET    /api/reports/employee-performance   owner branch_manager central_accountant accountant
GET    /api/reports/members                owner branch_manager central_accountant accountant
GET    /api/reports/check-ins              owner branch_manager central_accountant accountant
GET    /api/reports/cash-differences       owner branch_manager central_accountant accountant
GET    /api/alerts                         owner branch_manager central_accountant accountant

# each role's home screen (the owner may look at any)
GET    /api/dashboards/owner               owner
GET    /api/dashboards/branch-manager      owner branch_manager
GET    /api/dashboards/accountant          owner central_accountant accountant

# the Flutter apps' dialect (README "Using the existing Flutter apps"): the same rules as the API
# it adapts. Members' app:
POST   /flutter/api/client/auth/login               public
POST   /flutter/api/client/auth/refresh             public
POST   /flutter/api/client/refresh                  public
POST   /flutter/api/client/auth/logout              member
POST   /flutter/api/client/auth/forgot-password     public
POST   /flutter/api/client/auth/reset-password      public
POST   /flutter/api/client/change-password          member
PATCH  /flutter/api/client/language                 member
POST   /flutter/api/client/request-activation       public
POST   /flutter/api/client/verify-activation        public
GET    /flutter/api/client/me                       member
GET    /flutter/api/client/subscription             member
GET    /flutter/api/client/payments                 member
GET    /flutter/api/client/entry-history            member
POST   /flutter/api/client/refresh-qr               member
POST   /flutter/api/client/qr/refresh               member
# staff app (the desk may list its branch's trainers, to pick one when selling training)
POST   /flutter/api/auth/login                      public
POST   /flutter/api/auth/logout                     staff
GET    /flutter/api/services                        staff
GET    /flutter/api/users                           owner branch_manager front_desk
GET    /flutter/api/customers                       staff
GET    /flutter/api/customers/search                staff
GET    /flutter/api/customers/:id                   staff
POST   /flutter/api/customers/register              owner branch_manager front_desk
POST   /flutter/api/customers/:id/regenerate-qr     owner branch_manager front_desk
POST   /flutter/api/customers/:id/reset-password    owner branch_manager front_desk
GET    /flutter/api/subscriptions                   staff
POST   /flutter/api/subscriptions/activate          owner branch_manager front_desk
POST   /flutter/api/subscriptions/renew             owner branch_manager front_desk
POST   /flutter/api/subscriptions/freeze            owner branch_manager front_desk
POST   /flutter/api/subscriptions/stop              owner branch_manager front_desk
# the staff app's money calls: the roles of the Spotter route each adapts (src/routes/app-dialect/money.routes.ts)
POST   /flutter/api/payments/record                 owner branch_manager accountant front_desk
POST   /flutter/api/payments/daily-closing          owner branch_manager accountant front_desk
GET    /flutter/api/dashboards/accountant           owner central_accountant accountant
GET    /flutter/api/finance/daily-sales             owner branch_manager central_accountant accountant front_desk
GET    /flutter/api/reports/daily                   owner branch_manager central_accountant accountant
GET    /flutter/api/transactions/:id                owner branch_manager central_accountant accountant front_desk
GET    /flutter/api/finance/expenses                owner branch_manager central_accountant accountant
POST   /flutter/api/expenses                        owner branch_manager accountant
POST   /flutter/api/expenses/:id/review             owner branch_manager central_accountant accountant
GET    /flutter/api/finance/cash-differences        owner branch_manager central_accountant accountant
GET    /flutter/api/reports/revenue-trend           owner branch_manager central_accountant accountant
GET    /flutter/api/reports/expenses-by-category    owner branch_manager central_accountant accountant
GET    /flutter/api/reports/weekly                  owner branch_manager central_accountant accountant
GET    /flutter/api/reports/monthly                 owner branch_manager central_accountant accountant
GET    /flutter/api/reports/revenue                 owner branch_manager central_accountant accountant
GET    /flutter/api/reports/branch-comparison       owner branch_manager central_accountant accountant
# calls Spotter does not serve yet: anyone gets 501 NOT_IMPLEMENTED (src/routes/app-dialect/unsupported.ts)
GET    /flutter/api/complaints                      public
POST   /flutter/api/complaints                      public
GET    /flutter/api/client/branch-activity          public
POST   /flutter/api/client/account/delete-request   public
DELETE /flutter/api/client/account/delete-request   public
GET    /flutter/api/client/measurements             public
GET    /flutter/api/client/messages/threads         public
GET    /flutter/api/client/messages/:trainerId      public
POST   /flutter/api/client/messages/:trainerId      public
GET    /flutter/api/private-training/client/pending public
POST   /flutter/api/private-training/client/sessions/:id/confirm public
POST   /flutter/api/private-training/client/sessions/:id/dispute public
GET    /flutter/api/client/class-feedback/pending   public
POST   /flutter/api/client/class-feedback           public
POST   /flutter/api/notifications/register-device   public
`

export type Caller = 'public' | 'member' | StaffRole
/** The role names only (who may do what is this file's own table above). */
export const STAFF_CALLERS = STAFF_ROLES

/** `METHOD /path` → the callers allowed; throws on a malformed or repeated line. */
export function parseRoleTable(text: string): Map<string, ReadonlySet<Caller>> {
  const table = new Map<string, ReadonlySet<Caller>>()
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const [method, path, ...who] = line.split(/\s+/)
    if (!method || !/^(GET|POST|PUT|PATCH|DELETE)$/.test(method) || !(path?.startsWith('/api/') || path?.startsWith('/flutter/api/')) || !who.length) throw new Error(`role table: malformed line "${line}"`)
    const callers = new Set<Caller>()
    for (const word of who) {
      if (word === 'staff') STAFF_CALLERS.forEach((role) => callers.add(role))
      else if (word === 'public' || word === 'member' || (STAFF_CALLERS as readonly string[]).includes(word)) callers.add(word as Caller)
      else throw new Error(`role table: unknown caller "${word}" in "${line}"`)
    }
    const key = `${method} ${path}`
    if (table.has(key)) throw new Error(`role table: ${key} is listed twice`)
    table.set(key, callers)
  }
  return table
}
