import { randomInt } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, createTestApp, type TestApp } from '../support/app.ts'

// Each test speaks as its own made-up client address (an IPv6 documentation address, through
// X-Forwarded-For, which TRUST_PROXY honours), so parallel runs never share a Redis counter.
// Nothing is ever sent to that address.
// The limiter groups IPv6 clients by network prefix, so the randomness goes into the prefix.
const documentationAddress = () => `2001:db8:${randomInt(1, 0xffff).toString(16)}:${randomInt(1, 0xffff).toString(16)}::1`

describe('per-IP limit shared through Redis (REDIS_URL)', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:6379', AUTH_RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: 'true' } })
  })
  afterEach(async () => t.close())

  it('when two instances share Redis, the fourth request from one address answers 429 on either', async () => {
    const other = await t.secondInstance()
    const headers = { 'x-forwarded-for': documentationAddress() }
    // A different identifier each time, so only the per-IP limit can refuse.
    const ask = (app: typeof other, n: number) =>
      call(app, 'POST', '/api/clients/request-activation', { body: { identifier: `nobody${n}-${randomInt(1e9)}@example.com` }, headers })
    const answers = [await ask(t.app, 1), await ask(t.app, 2), await ask(other, 3), await ask(other, 4)]
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 429])
    expect(answers[3]!.json()).toMatchObject({ status: 'error', code: 'RATE_LIMIT_EXCEEDED' })
    expect(Number(answers[3]!.headers['retry-after'])).toBeGreaterThan(0)
  })

  it('when a different address calls, it has its own allowance', async () => {
    const first = { 'x-forwarded-for': documentationAddress() }
    const second = { 'x-forwarded-for': documentationAddress() }
    for (let n = 0; n < 3; n++) {
      await call(t.app, 'POST', '/api/clients/request-activation', { body: { identifier: `a${n}-${randomInt(1e9)}@example.com` }, headers: first })
    }
    const refused = await call(t.app, 'POST', '/api/clients/request-activation', { body: { identifier: `b-${randomInt(1e9)}@example.com` }, headers: first })
    const allowed = await call(t.app, 'POST', '/api/clients/request-activation', { body: { identifier: `c-${randomInt(1e9)}@example.com` }, headers: second })
    expect(refused.statusCode).toBe(429)
    expect(allowed.statusCode).toBe(200)
  })
})
