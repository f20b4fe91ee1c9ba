// The evening cash count: today's expected figures, closing the day, and past closings.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { staff, staffActor } from '../../http/access.ts'
import { ErrorEnvelope, success, SuccessEnvelope } from '../../lib/envelope.ts'
import { CloseDayBody, Closing, ClosingListQuery, ClosingPage, DayFigures, TodayQuery } from '../../modules/closings/closings.schemas.ts'
import { closeDay, getDailyClosing, listDailyClosings, today, type presentClosing } from '../../modules/closings/closings.service.ts'
import { IdParams } from '../../modules/payments/money-scope.ts'
import type { Services } from '../../services.ts'

const tags = ['Staff: daily closings']
// Whoever keeps a till closes it; the central accountant reads every branch's closings.
export const closers = staff('owner', 'branch_manager', 'accountant', 'front_desk')
const readers = staff('owner', 'branch_manager', 'central_accountant', 'accountant')
const readErrors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope }

const csvRows = (data: { items: Array<ReturnType<typeof presentClosing>> }) => data.items.map((c) => ({
  id: c.id, branch_id: c.branch_id, branch_name: c.branch_name, business_date: c.business_date, expected_cash: c.expected_cash,
  actual_cash: c.actual_cash, difference: c.difference, network_total: c.network_total, transfer_total: c.transfer_total,
  payments_count: c.payments_count, notes: c.notes, closed_by: c.closed_by, closed_by_name: c.closed_by_name, created_at: c.created_at,
}))

export const dailyClosingsRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const { db, dialect } = services.database
  const deps = { db, dialect, clock: services.clock, config: services.config }

  app.get('/today', {
    config: { access: staff('owner', 'branch_manager', 'central_accountant', 'accountant', 'front_desk') },
    schema: {
      tags, summary: "What the drawer should hold: today's figures of a branch (the server's gym-local day), or a past day's left open",
      description: 'With `date`, the figures of a past day not yet closed, up to 31 days back, for a supervisor about to close it late; '
        + 'the front desk reads only today (403); a future day answers 400.',
      querystring: TodayQuery, response: { 200: SuccessEnvelope(DayFigures), ...readErrors },
    },
  }, async (request) => success(await today(deps, staffActor(request), request.query.branch_id, request.query.date)))

  app.post('/', {
    config: { access: closers },
    schema: {
      tags, summary: "Close a branch's till for the day with the cash counted",
      description: "The day is the server's gym-local today, or the past `date` a supervisor closes late (up to 31 days back; the front desk "
        + 'closes only today, 403; a future day 400); the expected figures are recomputed '
        + 'from the ledger in the same transaction and the difference (actual − expected) stored. One closing per branch and day: '
        + "a second answers 409 DAY_CLOSED, and so does every payment or refund of the branch for the rest of the day.",
      body: CloseDayBody, response: { 201: SuccessEnvelope(Closing), ...readErrors, 409: ErrorEnvelope },
    },
  }, async (request, reply) => reply.status(201).send(success(await closeDay(deps, staffActor(request), request.body), 'Day closed')))

  app.get('/', {
    config: { access: readers, csv: csvRows },
    schema: {
      tags, summary: 'Closings, newest day first (also text/csv: ?format=csv)', querystring: ClosingListQuery,
      response: { 200: SuccessEnvelope(ClosingPage), ...readErrors },
    },
  }, async (request) => success(await listDailyClosings(deps, staffActor(request), request.query)))

  app.get('/:id', {
    config: { access: readers },
    schema: { tags, summary: 'One closing', params: IdParams, response: { 200: SuccessEnvelope(Closing), ...readErrors } },
  }, async (request) => success(await getDailyClosing(deps, staffActor(request), request.params.id)))
}
