// The staff Flutter app's calls (/flutter/api/…) that Spotter can serve, as thin adapters over the
// staff services: its paths, its body fields (subscription_id in the body, freeze_days), lists in
// data.items, money in major units. Access is declared as on the staff API.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { staff, staffActor, staffAuth } from '../../http/access.ts'
import { authRateLimit } from '../../http/rate-limit.ts'
import { ErrorEnvelope } from '../../lib/envelope.ts'
import { AppError } from '../../lib/errors.ts'
import { appCustomer, appPlan, appStaffUser, withPlanState } from '../../modules/app-dialect/staff-views.ts'
import * as customers from '../../modules/customers/customers.service.ts'
import { issueTemporaryPassword } from '../../modules/member-passwords/member-passwords.service.ts'
import { listPlans } from '../../modules/plans/plans.service.ts'
import { login } from '../../modules/staff/staff-auth.service.ts'
import { findById as findStaff } from '../../modules/staff/staff.repository.ts'
import { listUsers } from '../../modules/staff/users.service.ts'
import { freeze } from '../../modules/subscriptions/subscription-freeze.ts'
import { activate, listSubscriptions, renew, stop } from '../../modules/subscriptions/subscriptions.service.ts'
import type { Services } from '../../services.ts'
import { today } from '../today.ts'
import { acceptEmptyJsonBodies, AppEnvelope, appSuccess, MajorAmount, toMinor } from './dialect.ts'

const tags = ['Flutter apps: staff app']
const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope, 409: ErrorEnvelope, 422: ErrorEnvelope, 429: ErrorEnvelope }
const Anything = Type.Object({}, { additionalProperties: true })
const Id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 })
const sellers = staff('owner', 'branch_manager', 'front_desk')
const readers = staff('owner', 'branch_manager', 'front_desk', 'central_accountant', 'accountant', 'trainer')
/** The app asks for up to 1000 rows; Spotter pages by at most 100. */
const Paging = { page: Type.Integer({ minimum: 1, default: 1 }), per_page: Type.Optional(Type.Integer({ minimum: 1 })), limit: Type.Optional(Type.Integer({ minimum: 1 })) }
const perPage = (q: { per_page?: number; limit?: number }) => Math.min(100, q.limit ?? q.per_page ?? 20)
/** The app's method names onto Spotter's three. */
export const Method = Type.Enum(['cash', 'network', 'card', 'transfer', 'online'])
export const method = (m: string) => (m === 'card' ? 'network' : m === 'online' ? 'transfer' : m) as 'cash' | 'network' | 'transfer'

export const staffDialectRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const { db, dialect } = services.database
  const { clock, config, sessions } = services
  const customerDeps = { db, clock, config, sessions }
  const subDeps = { db, dialect, clock, config }
  acceptEmptyJsonBodies(app)

  app.post('/auth/login', {
    config: { access: 'public', rateLimit: authRateLimit(config) },
    schema: {
      tags, summary: 'Sign in; the answer carries user (role, branch_id, preferred_language) and gym',
      body: Type.Object({ username: Type.String({ minLength: 1, maxLength: 100 }), password: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
      response: { 200: AppEnvelope(Anything), ...errors },
    },
  }, async (request) => {
    const result = await login({ db, sessions, clock, config }, request.body, { userAgent: request.headers['user-agent'], ip: request.ip })
    const user = await findStaff(db, result.user.id)
    return appSuccess({ ...result, token: result.access_token, user: appStaffUser(user!), gym: { id: 1, name: 'Spotter' } }, 'Login successful')
  })

  app.post('/auth/logout', {
    config: { access: staff() },
    schema: { tags, summary: 'End this session', body: Type.Object({}, { additionalProperties: false }), response: { 200: AppEnvelope(Type.Object({ sessions_ended: Type.Integer() })), ...errors } },
  }, async (request) => {
    const me = staffAuth(request)
    return appSuccess({ sessions_ended: await sessions.logout({ subjectType: 'staff', subjectId: me.subjectId, sessionId: me.sessionId }, {}) }, 'Signed out')
  })

  app.get('/services', {
    config: { access: staff() },
    schema: { tags, summary: 'Plans (price in major units), in data.items', response: { 200: AppEnvelope(Anything), ...errors } },
  }, async (request) => {
    const items = (await listPlans(db, staffActor(request), {})).map(appPlan)
    return appSuccess({ items, total: items.length })
  })

  app.get('/users', {
    config: { access: sellers },
    schema: {
      tags, summary: 'Staff accounts; the desk (picking a trainer for a sale) sees only the trainers of its branch, by name',
      description: 'Owners and branch managers get the staff list as on GET /api/users; a front desk account gets the trainers only (id, full_name, role, branch_id, is_active), whatever role it asks for.',
      querystring: Type.Object({ ...Paging, role: Type.Optional(Type.Enum(['owner', 'branch_manager', 'central_accountant', 'accountant', 'trainer', 'front_desk'])) }),
      response: { 200: AppEnvelope(Anything), ...errors },
    },
  }, async (request) => {
    const actor = staffActor(request)
    const q = request.query
    if (actor.role !== 'front_desk') return appSuccess(await listUsers(db, actor, { page: q.page, per_page: perPage(q), role: q.role }))
    const page = await listUsers(db, actor, { page: q.page, per_page: perPage(q), role: 'trainer' })
    return appSuccess({ ...page, items: page.items.map((u) => ({ id: u.id, full_name: u.full_name, role: u.role, branch_id: u.branch_id, is_active: u.is_active })) })
  })

  app.get('/customers', {
    config: { access: readers },
    schema: {
      tags, summary: 'Members in your scope, newest first, in data.items (limit/per_page capped at 100)',
      querystring: Type.Object({ ...Paging, branch_id: Type.Optional(Id) }),
      response: { 200: AppEnvelope(Anything), ...errors },
    },
  }, async (request) => {
    const q = request.query
    const page = await customers.listCustomers(customerDeps, staffActor(request), { page: q.page, per_page: perPage(q), branch_id: q.branch_id, sort: '-created_at' })
    return appSuccess({ ...page, items: await withPlanState(db, page.items.map((c) => appCustomer(c, today(services))), today(services)) })
  })

  app.get('/customers/search', {
    config: { access: readers },
    schema: {
      tags, summary: 'Quick search by name, phone, email or card number, in data.items',
      querystring: Type.Object({ q: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }), branch_id: Type.Optional(Id), limit: Type.Optional(Type.Integer({ minimum: 1 })) }),
      response: { 200: AppEnvelope(Anything), ...errors },
    },
  }, async (request) => {
    const found = await customers.quickSearch(customerDeps, staffActor(request), request.query.q)
    const items = await withPlanState(db, found.slice(0, request.query.limit ?? found.length).map((c) => appCustomer(c, today(services))), today(services))
    return appSuccess({ items, total: items.length })
  })

  app.get('/customers/:id', {
    config: { access: readers },
    schema: { tags, summary: 'One member (CustomerModel)', params: Type.Object({ id: Id }), response: { 200: AppEnvelope(Anything), ...errors } },
  }, async (request) => {
    const [one] = await withPlanState(db, [appCustomer(await customers.getCustomer(customerDeps, staffActor(request), request.params.id), today(services))], today(services))
    return appSuccess(one!)
  })

  app.post('/customers/register', {
    config: { access: sellers },
    schema: {
      tags, summary: "Register a member with a temporary password for the members' app (shown once, in data.temporary_password)",
      description: 'The derived figures the app computes (age, bmi, bmr, daily_calories…) are accepted and ignored: Spotter derives them.',
      body: Type.Object({
        full_name: Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' }),
        phone: Type.String({ minLength: 1, maxLength: 32 }),
        email: Type.Optional(Type.String({ minLength: 1, maxLength: 254 })),
        gender: Type.Optional(Type.Enum(['male', 'female'])),
        weight: Type.Optional(Type.Number({ minimum: 20, maximum: 400 })),
        height: Type.Optional(Type.Number({ minimum: 80, maximum: 260 })),
        branch_id: Type.Optional(Id),
        age: Type.Optional(Type.Integer()), bmi: Type.Optional(Type.Number()), bmi_category: Type.Optional(Type.String({ maxLength: 32 })),
        bmr: Type.Optional(Type.Number()), daily_calories: Type.Optional(Type.Number()), password_changed: Type.Optional(Type.Boolean()),
      }, { additionalProperties: false }),
      response: { 201: AppEnvelope(Anything), ...errors },
    },
  }, async (request, reply) => {
    const { age: _a, bmi: _b, bmi_category: _c, bmr: _d, daily_calories: _e, password_changed: _f, ...input } = request.body
    const actor = staffActor(request)
    const customer = await customers.registerCustomer(customerDeps, actor, input)
    const { temporary_password } = await issueTemporaryPassword(customerDeps, actor, customer.id)
    reply.status(201)
    const view = { ...appCustomer(customer, today(services), false), temporary_password }
    return appSuccess({ ...view, customer: view }, 'Member registered')
  })

  app.post('/customers/:id/regenerate-qr', {
    config: { access: sellers },
    schema: { tags, summary: 'A new card number (data.qr_code)', params: Type.Object({ id: Id }), body: Type.Object({}, { additionalProperties: false }), response: { 200: AppEnvelope(Anything), ...errors } },
  }, async (request) => appSuccess(appCustomer(await customers.regenerateQrCode(customerDeps, staffActor(request), request.params.id), today(services)), 'Card number changed'))

  app.post('/customers/:id/reset-password', {
    config: { access: sellers },
    schema: {
      tags, summary: "A new temporary password for the members' app (data.temporary_password, shown once); the member's sessions end",
      params: Type.Object({ id: Id }), body: Type.Object({}, { additionalProperties: false }),
      response: { 200: AppEnvelope(Type.Object({ customer_id: Type.Integer(), temporary_password: Type.String() })), ...errors },
    },
  }, async (request) => appSuccess(await issueTemporaryPassword(customerDeps, staffActor(request), request.params.id), 'Temporary password issued'))

  app.get('/subscriptions', {
    config: { access: staff() },
    schema: {
      tags, summary: 'Subscriptions, newest first, in data.items (status case-insensitive)',
      querystring: Type.Object({ ...Paging, customer_id: Type.Optional(Id), branch_id: Type.Optional(Id), status: Type.Optional(Type.String({ maxLength: 16 })) }),
      response: { 200: AppEnvelope(Anything), ...errors },
    },
  }, async (request) => {
    const q = request.query
    const status = q.status?.toLowerCase()
    if (status !== undefined && !['active', 'frozen', 'stopped', 'expired'].includes(status)) throw new AppError('VALIDATION_ERROR', 'status must be active, frozen, stopped or expired.')
    return appSuccess(await listSubscriptions(subDeps, staffActor(request), {
      page: q.page, per_page: perPage(q), customer_id: q.customer_id, branch_id: q.branch_id, status: status as 'active' | undefined,
    }))
  })

  app.post('/subscriptions/activate', {
    config: { access: sellers },
    schema: {
      tags, summary: "Sell a plan at the member's branch; amount in major units. The plan decides kind, coins, sessions and duration",
      body: Type.Object({
        customer_id: Id, service_id: Id, amount: Type.Optional(MajorAmount()), payment_method: Method, trainer_id: Type.Optional(Id),
        branch_id: Type.Optional(Id), subscription_type: Type.Optional(Type.String({ maxLength: 32 })),
        coins: Type.Optional(Type.Integer()), coin_amount: Type.Optional(Type.Integer()), duration_months: Type.Optional(Type.Integer()),
        sessions: Type.Optional(Type.Integer()), session_count: Type.Optional(Type.Integer()),
      }, { additionalProperties: false }),
      response: { 201: AppEnvelope(Anything), ...errors },
    },
  }, async (request, reply) => {
    const b = request.body
    reply.status(201)
    return appSuccess(await activate(subDeps, staffActor(request), {
      customer_id: b.customer_id, service_id: b.service_id, payment_method: method(b.payment_method),
      ...(b.amount === undefined ? {} : { amount: toMinor(b.amount) }), ...(b.trainer_id === undefined ? {} : { trainer_id: b.trainer_id }),
    }), 'Subscription activated')
  })

  app.post('/subscriptions/renew', {
    config: { access: sellers },
    schema: {
      tags, summary: 'Renew the subscription named in the body; amount in major units',
      body: Type.Object({ subscription_id: Id, amount: Type.Optional(MajorAmount()), payment_method: Method }, { additionalProperties: false }),
      response: { 200: AppEnvelope(Anything), ...errors },
    },
  }, async (request) => {
    const b = request.body
    return appSuccess(await renew(subDeps, staffActor(request), b.subscription_id, { payment_method: method(b.payment_method), ...(b.amount === undefined ? {} : { amount: toMinor(b.amount) }) }), 'Subscription renewed')
  })

  app.post('/subscriptions/freeze', {
    config: { access: sellers },
    schema: {
      tags, summary: 'Freeze the subscription named in the body for freeze_days (within the plan\'s limits)',
      body: Type.Object({ subscription_id: Id, freeze_days: Type.Integer({ minimum: 1, maximum: 365 }), reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })) }, { additionalProperties: false }),
      response: { 200: AppEnvelope(Anything), ...errors },
    },
  }, async (request) => {
    const b = request.body
    return appSuccess(await freeze(subDeps, staffActor(request), b.subscription_id, { days: b.freeze_days, reason: b.reason ?? 'Frozen from the staff app' }), 'Subscription frozen')
  })

  app.post('/subscriptions/stop', {
    config: { access: sellers },
    schema: {
      tags, summary: 'Stop the subscription named in the body',
      body: Type.Object({ subscription_id: Id, reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })) }, { additionalProperties: false }),
      response: { 200: AppEnvelope(Anything), ...errors },
    },
  }, async (request) => appSuccess(await stop(subDeps, staffActor(request), request.body.subscription_id, { reason: request.body.reason ?? 'Stopped from the staff app' }), 'Subscription stopped'))
}
