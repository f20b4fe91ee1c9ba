// The signed-in member's own data: profile, measurements, subscription, QR pass, visit history.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { clientId } from '../../http/access.ts'
import { apiInstant } from '../../lib/dates.ts'
import { AppError } from '../../lib/errors.ts'
import { ErrorEnvelope, success, SuccessEnvelope } from '../../lib/envelope.ts'
import { ClientProfileSchema, UpdateMeasurementsBody } from '../../modules/customers/customer.schemas.ts'
import * as customers from '../../modules/customers/customer.repository.ts'
import { memberProfile, updateMeasurements } from '../../modules/customers/member-profile.ts'
import { EntryHistoryData, EntryHistoryQuery, QrPassData } from '../../modules/entries/entry.schemas.ts'
import { memberHistory } from '../../modules/entries/entry.repository.ts'
import { renderQrPngBase64 } from '../../modules/qr/qr-image.ts'
import { MemberSubscriptionsData } from '../../modules/subscriptions/subscription.schemas.ts'
import { memberSubscriptions } from '../../modules/subscriptions/member-subscriptions.ts'
import type { Services } from '../../services.ts'
import { today } from '../today.ts'

const errors = { 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope }

export const clientMemberRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const { db } = services.database

  app.get('/profile', {
    config: { access: 'client' },
    schema: { tags: ['Members: profile'], summary: "The member's profile, with BMI", response: { 200: SuccessEnvelope(ClientProfileSchema), ...errors } },
  }, async (request) => success(await memberProfile(db, clientId(request), today(services))))

  app.patch('/profile', {
    config: { access: 'client' },
    schema: {
      tags: ['Members: profile'], summary: 'Update weight (kg) and/or height (cm); nothing else is editable by the member',
      body: UpdateMeasurementsBody,
      response: { 200: SuccessEnvelope(ClientProfileSchema), 400: ErrorEnvelope, ...errors },
    },
  }, async (request) => {
    await updateMeasurements(db, clientId(request), request.body, services.clock.now())
    return success(await memberProfile(db, clientId(request), today(services)), 'Profile updated')
  })

  app.get('/subscription', {
    config: { access: 'client' },
    schema: { tags: ['Members: subscription'], summary: 'Current subscription and history', response: { 200: SuccessEnvelope(MemberSubscriptionsData), ...errors } },
  }, async (request) => {
    const { current, history } = await memberSubscriptions(db, clientId(request), today(services))
    return success({ current_subscription: current, subscription_history: history })
  })

  const qrPass = async (customerId: number) => {
    // Independent reads and the signature, together (on PostgreSQL: two connections at once).
    const [customer, { hasActiveSubscription }] = await Promise.all([customers.findById(db, customerId), memberSubscriptions(db, customerId, today(services))])
    if (!customer) throw new AppError('NOT_FOUND', 'Customer not found.')
    const { token, expiresAt } = await services.qr.issue(customer.id)
    return success({
      qr_code: customer.qr_code,
      qr_token: token,
      expires_at: apiInstant(expiresAt)!,
      qr_image_base64: await renderQrPngBase64(token),
      customer_name: customer.full_name,
      has_active_subscription: hasActiveSubscription,
    })
  }
  const qrSchema = { tags: ['Members: QR pass'], response: { 200: SuccessEnvelope(QrPassData), ...errors } }

  app.get('/qr', {
    config: { access: 'client' },
    schema: { ...qrSchema, summary: 'A fresh signed QR pass (expires after QR_TOKEN_TTL seconds)' },
  }, async (request) => qrPass(clientId(request)))

  app.post('/refresh-qr', {
    config: { access: 'client' },
    schema: {
      ...qrSchema, response: { ...qrSchema.response, 400: ErrorEnvelope },
      summary: 'Same as GET /qr; for the app to call when the pass is about to expire', body: Type.Object({}, { additionalProperties: false }),
    },
  }, async (request) => qrPass(clientId(request)))

  app.get('/entry-history', {
    config: { access: 'client' },
    schema: {
      tags: ['Members: visits'], summary: 'Approved visits, newest first',
      querystring: EntryHistoryQuery,
      response: { 200: SuccessEnvelope(EntryHistoryData), 400: ErrorEnvelope, ...errors },
    },
  }, async (request) => {
    const { limit, offset } = request.query
    const { rows, total } = await memberHistory(db, clientId(request), limit, offset)
    const entries = rows.map((r) => ({ id: r.id, entry_time: apiInstant(r.entry_time)!, branch_name: r.branch_name, entry_type: r.entry_type, coins_used: r.coins_used }))
    return success({ entries, total, limit, offset })
  })
}
