// /api/customers: members as staff register, find and manage them. The desk, managers and the
// owner do everything; accountants read; a trainer reads, seeing health data of own clients only.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { staff, staffActor } from '../../http/access.ts'
import { ErrorEnvelope, success, SuccessEnvelope } from '../../lib/envelope.ts'
import { PageOf } from '../../lib/pagination.ts'
import * as customers from '../../modules/customers/customers.service.ts'
import {
  CustomerListQuery, CustomerParams, QuickSearchQuery, RegisterCustomerBody, StaffCustomerSchema, UpdateCustomerBody,
} from '../../modules/customers/customers.staff-schemas.ts'
import type { Services } from '../../services.ts'

const tags = ['Staff: members']
const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope }
const readers = staff('owner', 'branch_manager', 'front_desk', 'central_accountant', 'accountant', 'trainer')
const writers = staff('owner', 'branch_manager', 'front_desk')
const EmptyBody = Type.Object({}, { additionalProperties: false })
const One = SuccessEnvelope(StaffCustomerSchema)

export const customersRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const deps: customers.CustomerDeps = { db: services.database.db, clock: services.clock, config: services.config, sessions: services.sessions }

  app.get('/', {
    config: { access: readers },
    schema: {
      tags, summary: 'Members in your scope: search, filter, sort and page', querystring: CustomerListQuery,
      response: { 200: SuccessEnvelope(PageOf(StaffCustomerSchema)), ...errors },
    },
  }, async (request) => success(await customers.listCustomers(deps, staffActor(request), request.query)))

  app.get('/search', {
    config: { access: readers },
    schema: {
      tags, summary: `Quick search by name, phone, email or card number (at most ${customers.QUICK_SEARCH_LIMIT}, by name)`,
      querystring: QuickSearchQuery, response: { 200: SuccessEnvelope(Type.Array(StaffCustomerSchema)), ...errors },
    },
  }, async (request) => success(await customers.quickSearch(deps, staffActor(request), request.query.q)))

  app.post('/', {
    config: { access: writers },
    schema: {
      tags, summary: 'Register a member (a card number is assigned)',
      description: 'Phone and email are stored normalised; a phone or email already in use answers 409 DUPLICATE naming the field.',
      body: RegisterCustomerBody, response: { 201: One, 409: ErrorEnvelope, ...errors },
    },
  }, async (request, reply) => {
    reply.status(201)
    return success(await customers.registerCustomer(deps, staffActor(request), request.body), 'Member registered')
  })

  app.get('/:id', {
    config: { access: readers },
    schema: { tags, summary: 'One member, with health figures', params: CustomerParams, response: { 200: One, ...errors } },
  }, async (request) => success(await customers.getCustomer(deps, staffActor(request), request.params.id)))

  app.put('/:id', {
    config: { access: writers },
    schema: {
      tags, summary: "Change a member's details (send only the fields that change; null clears an optional one)",
      params: CustomerParams, body: UpdateCustomerBody, response: { 200: One, 409: ErrorEnvelope, ...errors },
    },
  }, async (request) => success(await customers.updateCustomer(deps, staffActor(request), request.params.id, request.body), 'Member updated'))

  app.post('/:id/deactivate', {
    config: { access: writers },
    schema: {
      tags, summary: "Deactivate a member: the door refuses them and every session of the members' app ends at once",
      params: CustomerParams, body: EmptyBody, response: { 200: One, ...errors },
    },
  }, async (request) => success(await customers.setCustomerActive(deps, staffActor(request), request.params.id, false), 'Member deactivated'))

  app.post('/:id/activate', {
    config: { access: writers },
    schema: { tags, summary: 'Reactivate a member', params: CustomerParams, body: EmptyBody, response: { 200: One, ...errors } },
  }, async (request) => success(await customers.setCustomerActive(deps, staffActor(request), request.params.id, true), 'Member activated'))

  app.post('/:id/regenerate-qr', {
    config: { access: writers },
    schema: {
      tags, summary: 'Give the member a new card number; the old one stops working',
      params: CustomerParams, body: EmptyBody, response: { 200: One, ...errors },
    },
  }, async (request) => success(await customers.regenerateQrCode(deps, staffActor(request), request.params.id), 'Card number changed'))
}
