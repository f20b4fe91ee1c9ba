// The ledger: list with totals, a payment outside a sale, the receipt, refunds.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { staff, staffActor } from '../../http/access.ts'
import { ErrorEnvelope, success, SuccessEnvelope } from '../../lib/envelope.ts'
import { IdParams } from '../../modules/payments/money-scope.ts'
import { LedgerPage, PaymentListQuery, Receipt, RecordPaymentBody, RefundBody } from '../../modules/payments/payments.schemas.ts'
import { getReceipt, listLedger, recordManual, refund, type presentEntry } from '../../modules/payments/payments.service.ts'
import type { Services } from '../../services.ts'

const tags = ['Staff: payments']
export const readers = staff('owner', 'branch_manager', 'central_accountant', 'accountant', 'front_desk')
// Refunds are money leaving the till: the desk asks someone who answers for the branch's money.
const refunders = staff('owner', 'branch_manager', 'accountant')
export const takers = staff('owner', 'branch_manager', 'accountant', 'front_desk')
const readErrors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope }
const writeErrors = { ...readErrors, 409: ErrorEnvelope, 422: ErrorEnvelope }

const csvRows = (data: { items: Array<ReturnType<typeof presentEntry>> }) => data.items.map((i) => ({
  id: i.id, reference: i.reference, business_date: i.business_date, created_at: i.created_at, branch_id: i.branch_id, branch_name: i.branch_name,
  customer_id: i.customer_id, customer_name: i.customer_name, subscription_id: i.subscription_id, plan_name: i.plan_name,
  transaction_type: i.transaction_type, payment_method: i.payment_method, amount: i.amount, discount: i.discount, net: i.net,
  refund_of: i.refund_of, notes: i.notes, staff_id: i.staff_id, staff_name: i.staff_name,
}))

export const paymentsRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const { db, dialect } = services.database
  const deps = { db, dialect, clock: services.clock, config: services.config }

  app.get('/', {
    config: { access: readers, csv: csvRows },
    schema: {
      tags, summary: 'The ledger, newest first, with totals over every matching row (also text/csv: ?format=csv)',
      description: 'Dates are gym-local business days (GYM_TIMEZONE). Refunds are rows of their own (transaction_type refund). '
        + 'net = gross − discount − refunds. Branch-scoped staff see their own branch only.',
      querystring: PaymentListQuery, response: { 200: SuccessEnvelope(LedgerPage), ...readErrors },
    },
  }, async (request) => success(await listLedger(deps, staffActor(request), request.query)))

  app.post('/record', {
    config: { access: takers },
    schema: {
      tags, summary: 'Take a payment outside a plan sale (a towel, a product, an instalment of a plan)',
      description: "Refused with 409 DAY_CLOSED once the branch's till is closed for today.",
      body: RecordPaymentBody, response: { 201: SuccessEnvelope(Receipt), ...writeErrors },
    },
  }, async (request, reply) => reply.status(201).send(success(await recordManual(deps, staffActor(request), request.body), 'Payment recorded')))

  app.get('/:id', {
    config: { access: readers },
    schema: { tags, summary: 'A receipt: the payment, its refunds and what is left to refund', params: IdParams, response: { 200: SuccessEnvelope(Receipt), ...readErrors } },
  }, async (request) => success(await getReceipt(deps, staffActor(request), request.params.id)))

  app.post('/:id/refund', {
    config: { access: refunders },
    schema: {
      tags, summary: 'Give back part or all of what is left of a payment (a new ledger row)',
      description: 'At most amount − discount − earlier refunds (422 otherwise); a refund cannot be refunded; '
        + "409 DAY_CLOSED once the branch's till is closed for today. Answers the payment's receipt with the new refund in it.",
      params: IdParams, body: RefundBody, response: { 201: SuccessEnvelope(Receipt), ...writeErrors },
    },
  }, async (request, reply) => reply.status(201).send(success(await refund(deps, staffActor(request), request.params.id, request.body), 'Refund recorded')))
}
