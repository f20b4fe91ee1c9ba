// /api/dashboards/* (each role's home screen) and /api/alerts: today's figures, a bounded number of queries each.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { staff, staffAuth } from '../../http/access.ts'
import { ErrorEnvelope, success, SuccessEnvelope } from '../../lib/envelope.ts'
import { AccountantDashboard, AlertsData, BranchManagerDashboard, BranchQuery, OwnerDashboard } from '../../modules/reports/dashboards.schemas.ts'
import { accountantDashboard, alerts, branchManagerDashboard, ownerDashboard } from '../../modules/reports/dashboards.service.ts'
import type { Services } from '../../services.ts'
import { REPORT_READERS } from './reports.routes.ts'

/** Who reads the accountant's dashboard (also through the staff app: /flutter/api/dashboards/accountant). */
export const ACCOUNTANT_DASHBOARD_READERS = staff('owner', 'central_accountant', 'accountant')

const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope }

export const dashboardsRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const deps = { db: services.database.db, dialect: services.database.dialect, clock: services.clock, config: services.config }
  const tags = ['Staff: dashboards']

  app.get('/owner', {
    config: { access: staff('owner') },
    schema: { tags, summary: "The owner's day and month across every branch", response: { 200: SuccessEnvelope(OwnerDashboard), ...errors } },
  }, async () => success(await ownerDashboard(deps)))

  app.get('/branch-manager', {
    config: { access: staff('owner', 'branch_manager') },
    schema: {
      tags, summary: "A branch's day: sales by method, check-ins, members, pending expenses",
      description: 'A branch manager sees their own branch; the owner names one with branch_id.',
      querystring: BranchQuery, response: { 200: SuccessEnvelope(BranchManagerDashboard), ...errors },
    },
  }, async (request) => success(await branchManagerDashboard(deps, staffAuth(request), request.query)))

  app.get('/accountant', {
    config: { access: ACCOUNTANT_DASHBOARD_READERS },
    schema: {
      tags, summary: "Today by method, the month's revenue, expenses and net, closings missing or with a difference",
      querystring: BranchQuery, response: { 200: SuccessEnvelope(AccountantDashboard), ...errors },
    },
  }, async (request) => success(await accountantDashboard(deps, staffAuth(request), request.query)))
}

export const alertsRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const deps = { db: services.database.db, dialect: services.database.dialect, clock: services.clock, config: services.config }
  app.get('/', {
    config: { access: REPORT_READERS },
    schema: {
      tags: ['Staff: dashboards'], summary: 'Plans expiring within 7 days, members with 3 or fewer coins or sessions, expenses awaiting review, branches with no closing for yesterday',
      querystring: BranchQuery, response: { 200: SuccessEnvelope(AlertsData), ...errors },
    },
  }, async (request) => success(await alerts(deps, staffAuth(request), request.query)))
}
