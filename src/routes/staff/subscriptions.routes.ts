// Staff work on members' plans: list, read, sell, renew, freeze, unfreeze, stop; and the gym
// setting that decides whether a member may hold several live plans of one type.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { staff, staffActor } from '../../http/access.ts'
import { ErrorEnvelope, success, SuccessEnvelope } from '../../lib/envelope.ts'
import { GymSettingsSchema, UpdateGymSettingsBody } from '../../modules/settings/settings.schemas.ts'
import { getGymSettings, updateGymSettings } from '../../modules/settings/settings.service.ts'
import { freeze, unfreeze } from '../../modules/subscriptions/subscription-freeze.ts'
import { activate, getSubscription, listSubscriptions, renew, stop } from '../../modules/subscriptions/subscriptions.service.ts'
import {
  ActivateBody, FreezeBody, RenewBody, StopBody, SubscriptionDetail, SubscriptionIdParams, SubscriptionListQuery, SubscriptionPage, UnfreezeBody,
} from '../../modules/subscriptions/subscriptions.staff-schemas.ts'
import type { Services } from '../../services.ts'

const tags = ['Staff: subscriptions']
const sellers = staff('owner', 'branch_manager', 'front_desk')
const readErrors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope }
const writeErrors = { ...readErrors, 409: ErrorEnvelope, 422: ErrorEnvelope }

export const subscriptionsRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const { db, dialect } = services.database
  const deps = { db, dialect, clock: services.clock, config: services.config }

  app.get('/', {
    config: { access: staff() },
    // The status filter is case-insensitive: lower-cased before the schema checks it.
    preValidation: async (request) => {
      const query = request.query as Record<string, unknown>
      if (typeof query.status === 'string') query.status = query.status.toLowerCase()
    },
    schema: {
      tags, summary: 'Subscriptions, newest first (trainers see only the plans they train)', querystring: SubscriptionListQuery,
      response: { 200: SuccessEnvelope(SubscriptionPage), ...readErrors },
    },
  }, async (request) => success(await listSubscriptions(deps, staffActor(request), request.query)))

  app.get('/settings', {
    config: { access: staff() },
    schema: { tags, summary: 'Gym-wide subscription settings', response: { 200: SuccessEnvelope(GymSettingsSchema), ...readErrors } },
  }, async () => success(await getGymSettings(db)))

  app.put('/settings', {
    config: { access: staff('owner') },
    schema: {
      tags, summary: 'Change gym-wide subscription settings', body: UpdateGymSettingsBody,
      response: { 200: SuccessEnvelope(GymSettingsSchema), ...readErrors },
    },
  }, async (request) => success(await updateGymSettings(deps, staffActor(request), request.body), 'Settings updated'))

  app.get('/:id', {
    config: { access: staff() },
    schema: { tags, summary: 'One subscription with its freeze history', params: SubscriptionIdParams, response: { 200: SuccessEnvelope(SubscriptionDetail), ...readErrors } },
  }, async (request) => success(await getSubscription(deps, staffActor(request), request.params.id)))

  app.post('/activate', {
    config: { access: sellers },
    schema: {
      tags, summary: "Sell a plan to a member at the member's branch and record its payment", body: ActivateBody,
      response: { 201: SuccessEnvelope(SubscriptionDetail), ...writeErrors },
    },
  }, async (request, reply) => {
    const data = await activate(deps, staffActor(request), request.body)
    return reply.status(201).send(success(data, 'Subscription activated'))
  })

  app.post('/:id/renew', {
    config: { access: sellers },
    schema: {
      tags, summary: 'A new period of the same plan (starts after the current one ends, or today if it has expired)',
      params: SubscriptionIdParams, body: RenewBody, response: { 201: SuccessEnvelope(SubscriptionDetail), ...writeErrors },
    },
  }, async (request, reply) => {
    const data = await renew(deps, staffActor(request), request.params.id, request.body)
    return reply.status(201).send(success(data, 'Subscription renewed'))
  })

  app.post('/:id/freeze', {
    config: { access: sellers },
    schema: {
      tags, summary: "Freeze an active plan within the plan's limits (a paid freeze records its payment)",
      params: SubscriptionIdParams, body: FreezeBody, response: { 200: SuccessEnvelope(SubscriptionDetail), ...writeErrors },
    },
  }, async (request) => success(await freeze(deps, staffActor(request), request.params.id, request.body), 'Subscription frozen'))

  app.post('/:id/unfreeze', {
    config: { access: sellers },
    schema: {
      tags, summary: 'End the freeze: the end date moves by the days frozen, up to the freeze days left; unused days return',
      description: 'A freeze lasts until the desk unfreezes it. The days credited (end date moved, freeze days used) are the days actually frozen, '
        + "but no more than the plan's freeze allowance left: days overstayed beyond it are not credited.",
      params: SubscriptionIdParams, body: UnfreezeBody, response: { 200: SuccessEnvelope(SubscriptionDetail), ...writeErrors },
    },
  }, async (request) => success(await unfreeze(deps, staffActor(request), request.params.id), 'Subscription unfrozen'))

  app.post('/:id/stop', {
    config: { access: sellers },
    schema: {
      tags, summary: 'Stop an active or frozen plan for good', params: SubscriptionIdParams, body: StopBody,
      response: { 200: SuccessEnvelope(SubscriptionDetail), ...writeErrors },
    },
  }, async (request) => success(await stop(deps, staffActor(request), request.params.id, request.body), 'Subscription stopped'))
}
