// Branches: every staff account lists and reads (branch roles only their own); the owner creates,
// edits, deactivates and activates. Managers do not edit their branch: one rule, kept simple.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { staff, staffActor } from '../../http/access.ts'
import { ErrorEnvelope, success, SuccessEnvelope } from '../../lib/envelope.ts'
import { PageOf } from '../../lib/pagination.ts'
import { BranchIdParams, BranchListQuery, BranchSchema, CreateBranchBody, UpdateBranchBody } from '../../modules/branches/branches.schemas.ts'
import * as branches from '../../modules/branches/branches.service.ts'
import type { Services } from '../../services.ts'

const tags = ['Staff: branches']
const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope }
const writeErrors = { ...errors, 409: ErrorEnvelope, 422: ErrorEnvelope }
const EmptyBody = Type.Object({}, { additionalProperties: false })

export const branchesRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const { db } = services.database
  const deps: branches.BranchDeps = { db, clock: services.clock, config: services.config }

  app.get('/', {
    config: { access: staff() },
    schema: { tags, summary: 'Branches (branch roles see only their own)', querystring: BranchListQuery, response: { 200: SuccessEnvelope(PageOf(BranchSchema)), ...errors } },
  }, async (request) => success(await branches.listBranches(db, staffActor(request), request.query)))

  app.post('/', {
    config: { access: staff('owner') },
    schema: { tags, summary: 'Create a branch', body: CreateBranchBody, response: { 201: SuccessEnvelope(BranchSchema), ...writeErrors } },
  }, async (request, reply) => {
    reply.status(201)
    return success(await branches.createBranch(deps, staffActor(request), request.body), 'Branch created')
  })

  app.get('/:id', {
    config: { access: staff() },
    schema: { tags, summary: 'One branch', params: BranchIdParams, response: { 200: SuccessEnvelope(BranchSchema), ...errors } },
  }, async (request) => success(await branches.getBranch(db, staffActor(request), request.params.id)))

  app.put('/:id', {
    config: { access: staff('owner') },
    schema: { tags, summary: 'Update name, address or phone', params: BranchIdParams, body: UpdateBranchBody, response: { 200: SuccessEnvelope(BranchSchema), ...writeErrors } },
  }, async (request) => success(await branches.updateBranch(deps, staffActor(request), request.params.id, request.body), 'Branch updated'))

  app.post('/:id/deactivate', {
    config: { access: staff('owner') },
    schema: { tags, summary: 'Deactivate a branch (no new staff can be placed in it)', params: BranchIdParams, body: EmptyBody, response: { 200: SuccessEnvelope(BranchSchema), ...writeErrors } },
  }, async (request) => success(await branches.setBranchActive(deps, staffActor(request), request.params.id, false), 'Branch deactivated'))

  app.post('/:id/activate', {
    config: { access: staff('owner') },
    schema: { tags, summary: 'Activate a branch again', params: BranchIdParams, body: EmptyBody, response: { 200: SuccessEnvelope(BranchSchema), ...writeErrors } },
  }, async (request) => success(await branches.setBranchActive(deps, staffActor(request), request.params.id, true), 'Branch activated'))
}
