// The evening cash count. The server decides the day (the branch's gym-local today, from
// GYM_TIMEZONE; or a past day a supervisor closes late) and the expected figures (from the ledger, recomputed inside the closing's
// transaction under the till's lock); the caller only says what the drawer holds. One closing per
// branch and day; once it exists, payments and refunds of that branch are refused for the day.
import { uniqueViolationField } from '../../db/errors.ts'
import type { Db } from '../../db/database.ts'
import { apiInstant, daysBetween, localDate } from '../../lib/dates.ts'
import { AppError, invalidField } from '../../lib/errors.ts'
import { pageOffset, pageResult } from '../../lib/pagination.ts'
import { recordAudit, type StaffActor } from '../audit/audit.ts'
import { findBranch } from '../branches/branches.repository.ts'
import { dayClosed, findClosing, lockBusinessDay } from '../payments/business-day.ts'
import { assertDateRange, inScope, listBranch } from '../payments/money-scope.ts'
import { NO_MONEY } from '../payments/ledger-money.ts'
import { ledgerTotals } from '../payments/payment.repository.ts'
import type { MoneyDeps } from '../payments/payments.service.ts'
import * as repo from './closings.repository.ts'

const todayOf = (deps: MoneyDeps) => localDate(deps.clock.now(), deps.config.gymTimezone)

/** The till's figures for one branch and day, summed by the database from the ledger. */
export async function dayFigures(db: Db, branchId: number, day: string) {
  const sums = await ledgerTotals(db, { branchId, from: day, to: day })
  const of = (method: string) => sums.find((x) => x.method === method) ?? NO_MONEY
  return {
    business_date: day,
    cash_payments: of('cash').gross - of('cash').discount,
    cash_refunds: of('cash').refunds,
    expected_cash: of('cash').net,
    network_total: of('network').net,
    transfer_total: of('transfer').net,
    payments_count: sums.reduce((n, s) => n + s.payments_count, 0),
    refunds_count: sums.reduce((n, s) => n + s.refunds_count, 0),
  }
}

async function branchInScope(db: Db, caller: StaffActor, branchId: number | undefined) {
  const id = branchId ?? caller.branchId
  if (id === null || id === undefined) throw invalidField('branch_id', 'is required for an account of every branch')
  const branch = await findBranch(db, id)
  if (!branch || !inScope(caller, branch.id)) throw new AppError('NOT_FOUND', 'Branch not found.')
  return branch
}

/** The till's figures of today, or of a past day a supervisor is about to close late (same rules as closing it). */
export async function today(deps: MoneyDeps, caller: StaffActor, branchId: number | undefined, date?: string) {
  const day = closingDay(deps, caller, date)
  const branch = await branchInScope(deps.db, caller, branchId)
  const [figures, closing] = await Promise.all([dayFigures(deps.db, branch.id, day), findClosing(deps.db, branch.id, day)])
  return { branch_id: branch.id, branch_name: branch.name, ...figures, closed: closing !== undefined, closing_id: closing?.id ?? null }
}

export function presentClosing(r: repo.ClosingRow) {
  return {
    id: r.id, branch_id: r.branch_id, branch_name: r.branch_name, business_date: r.business_date,
    expected_cash: r.expected_cash, network_total: r.network_total, transfer_total: r.transfer_total, payments_count: r.payments_count,
    actual_cash: r.actual_cash, difference: r.difference, notes: r.notes, closed_by: r.closed_by, closed_by_name: r.closed_by_name,
    created_at: apiInstant(r.created_at)!,
  }
}

/** How far back a forgotten day can still be closed. */
export const LATE_CLOSING_DAYS = 31

/**
 * The day a closing is for: today unless `date` names an earlier one. A day left open (the desk
 * forgot) is closed later by a supervisor (owner, branch manager, accountant), up to
 * LATE_CLOSING_DAYS back; its figures are final, since money is always recorded on the day it is
 * taken. The front desk closes only the day it is working.
 */
function closingDay(deps: MoneyDeps, caller: StaffActor, date: string | undefined): string {
  const today = todayOf(deps)
  if (date === undefined || date === today) return today
  if (date > today) throw invalidField('date', `is after today (${today} in the gym's time zone); a day is closed once it is over or at its end`)
  if (daysBetween(date, today) > LATE_CLOSING_DAYS) throw invalidField('date', `is more than ${LATE_CLOSING_DAYS} days ago; only the last ${LATE_CLOSING_DAYS} days can still be closed`)
  if (caller.role === 'front_desk') throw new AppError('FORBIDDEN', 'The front desk closes only today; a supervisor closes a past day.')
  return date
}

export async function closeDay(deps: MoneyDeps, caller: StaffActor, input: { branch_id: number; date?: string; actual_cash: number; notes?: string }) {
  const day = closingDay(deps, caller, input.date)
  const branch = await branchInScope(deps.db, caller, input.branch_id)
  const id = await deps.db.transaction().execute(async (tx) => {
    // Under the till's lock no payment of this branch and day can be written until the closing commits.
    await lockBusinessDay(tx, deps.dialect, branch.id, day)
    if (await findClosing(tx, branch.id, day)) throw dayClosed(day)
    const figures = await dayFigures(tx, branch.id, day)
    const values = {
      branch_id: branch.id, business_date: day, expected_cash: figures.expected_cash, actual_cash: input.actual_cash,
      difference: input.actual_cash - figures.expected_cash, network_total: figures.network_total, transfer_total: figures.transfer_total,
      payments_count: figures.payments_count, notes: input.notes?.trim() || null, closed_by: caller.staffId, created_at: deps.clock.now().toISOString(),
    }
    const { id } = await repo.insertClosing(tx, values).catch((error: unknown) => {
      // The unique (branch, day) constraint is the last guard should two closings ever meet.
      if (uniqueViolationField(error)) throw dayClosed(day)
      throw error
    })
    await recordAudit(tx, deps.clock, { actor: caller, action: 'daily_closing.create', entityType: 'daily_closing', entityId: id, branchId: branch.id, after: values })
    return id
  })
  return presentClosing((await repo.findClosingById(deps.db, id))!)
}

export async function listDailyClosings(deps: MoneyDeps, caller: StaffActor, q: { page: number; per_page: number; branch_id?: number; from?: string; to?: string }) {
  assertDateRange(q)
  const { rows, total } = await repo.listClosings(deps.db, { branchId: listBranch(caller, q.branch_id), from: q.from, to: q.to }, { limit: q.per_page, offset: pageOffset(q) })
  return pageResult(rows.map(presentClosing), total, q)
}

export async function getDailyClosing(deps: MoneyDeps, caller: StaffActor, id: number) {
  const row = await repo.findClosingById(deps.db, id)
  if (!row || !inScope(caller, row.branch_id)) throw new AppError('NOT_FOUND', 'Closing not found.')
  return presentClosing(row)
}
