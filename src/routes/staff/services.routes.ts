// /api/services: the gym's plans. Every staff role reads them; the owner and branch managers write.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { staff, staffActor } from '../../http/access.ts'
import { ErrorEnvelope, success, SuccessEnvelope } from '../../lib/envelope.ts'
import { CreatePlanBody, PlanListQuery, PlanParams, PlanSchema, UpdatePlanBody } from '../../modules/plans/plans.schemas.ts'
import * as plans from '../../modules/plans/plans.service.ts'
import type { Services } from '../../services.ts'

const tags = ['Staff: plans']
const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope }
const writers = staff('owner', 'branch_manager')
const EmptyBody = Type.Object({}, { additionalProperties: false })

export const servicesRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const deps = { db: services.database.db, dialect: services.database.dialect, clock: services.clock }

  app.get('/', {
    config: { access: staff() },
    schema: { tags, summary: 'Plans in your scope, by name', querystring: PlanListQuery, response: { 200: SuccessEnvelope(Type.Array(PlanSchema)), ...errors } },
  }, async (request) => success(await plans.listPlans(deps.db, staffActor(request), request.query)))

  app.post('/', {
    config: { access: writers },
    schema: {
      tags, summary: 'Create a plan', description: 'Without branch_id the plan belongs to your branch (a manager) or to every branch (the owner).',
      body: CreatePlanBody, response: { 201: SuccessEnvelope(PlanSchema), 409: ErrorEnvelope, ...errors },
    },
  }, async (request, reply) => {
    reply.status(201)
    return success(await plans.createPlan(deps, staffActor(request), request.body), 'Plan created')
  })

  app.get('/:id', {
    config: { access: staff() },
    schema: { tags, summary: 'One plan', params: PlanParams, response: { 200: SuccessEnvelope(PlanSchema), ...errors } },
  }, async (request) => success(await plans.getPlan(deps.db, staffActor(request), request.params.id)))

  app.put('/:id', {
    config: { access: writers },
    schema: {
      tags, summary: 'Change a plan (send only the fields that change)',
      description: 'A new price applies to later sales only: each sale keeps the amount it was sold for. '
        + 'Entry hours, grants_gym_entry and the freeze rules (freeze_max_days, freeze_count_limit, freeze_cost) apply to everyone holding the plan, '
        + "existing subscriptions included: a gym changing its hours changes everyone's hours. "
        + 'Once the plan has any subscription, service_type, subscription_type, coins, sessions and duration_days cannot change '
        + '(422 BUSINESS_RULE): create a new plan instead.',
      params: PlanParams, body: UpdatePlanBody, response: { 200: SuccessEnvelope(PlanSchema), 409: ErrorEnvelope, 422: ErrorEnvelope, ...errors },
    },
  }, async (request) => success(await plans.updatePlan(deps, staffActor(request), request.params.id, request.body), 'Plan updated'))

  for (const [path, active] of [['deactivate', false], ['activate', true]] as const) {
    app.post(`/:id/${path}`, {
      config: { access: writers },
      schema: {
        tags, summary: active ? 'Put a plan back on sale' : 'Take a plan off sale (existing subscriptions continue)',
        params: PlanParams, body: EmptyBody, response: { 200: SuccessEnvelope(PlanSchema), ...errors },
      },
    }, async (request) => success(await plans.setPlanActive(deps, staffActor(request), request.params.id, active), active ? 'Plan activated' : 'Plan deactivated'))
  }
}
