// Dashboards, alerts and reports answer with a fixed number of queries: growing the gym from two
// branches to eight, with more members, payments, visits, expenses and closings, adds none.
// Queries are counted by a Kysely plugin on the app's database.
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, type TestApp } from '../support/app.ts'
import { createBranch, createCustomer, createSubscription } from '../support/factories.ts'
import { buildSampleDay, DAY, ok, sampleApp, type SampleDay } from './support/sample-day.ts'

class QueryCounter implements KyselyPlugin {
  count = 0
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.count++
    return args.node
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result
  }
}

const PATHS = [
  '/api/dashboards/owner', '/api/dashboards/accountant', '/api/alerts', '/api/reports/branch-comparison',
  '/api/reports/daily?from=2026-11-01', '/api/reports/revenue', '/api/reports/members', '/api/reports/check-ins', '/api/reports/cash-differences',
]
/** Above what any of them needs (authentication included), far below one query per branch or member. */
const MOST_QUERIES = 12

const counter = new QueryCounter()
let t: TestApp
let w: SampleDay
beforeAll(async () => {
  t = await sampleApp({ dbPlugins: [counter] })
  w = await buildSampleDay(t)
})
afterAll(async () => t.close())

async function queriesPerPath() {
  const counts: Record<string, number> = {}
  for (const path of PATHS) {
    const before = counter.count
    const res = await call(t.app, 'GET', path, { token: w.tokens.owner })
    expect(res.statusCode, `${path} ${res.body}`).toBe(200)
    counts[path] = counter.count - before
  }
  return counts
}

describe('a bounded number of queries', () => {
  it('stays the same when branches, members and money grow', async () => {
    const small = await queriesPerPath()
    for (const [path, n] of Object.entries(small)) expect(n, path).toBeLessThanOrEqual(MOST_QUERIES)

    const post = (url: string, body: Record<string, unknown>) => call(t.app, 'POST', url, { token: w.tokens.owner, body })
    for (let i = 0; i < 6; i++) {
      const branch = await createBranch(t.db)
      for (let j = 0; j < 3; j++) {
        const member = await createCustomer(t.db, { branch_id: branch.id })
        await createSubscription(t.db, { customerId: member.id, serviceId: w.plans.coins.id, branchId: branch.id, start: '2026-11-01', end: '2026-11-22', coins: 2 })
        await ok(await post('/api/payments/record', { customer_id: member.id, amount: 1_000, payment_method: 'cash', transaction_type: 'other' }))
      }
      const expense = await ok(await post('/api/expenses', { branch_id: branch.id, title: 'Water', amount: 500, category: 'utilities', expense_date: DAY }))
      if (i % 2 === 0) await ok(await post(`/api/expenses/${expense.id}/review`, { action: 'approve' }), 200)
      const closing = await ok(await post('/api/daily-closings', { branch_id: branch.id, actual_cash: 2_900 }))
      expect(closing).toMatchObject({ expected_cash: 3_000, difference: -100, payments_count: 3 })
    }
    const owner = await call(t.app, 'GET', '/api/dashboards/owner', { token: w.tokens.owner })
    expect(owner.json().data.today.net).toBe(153_000 + 18 * 1_000)

    expect(await queriesPerPath()).toEqual(small)
  })
})
