// Sign-in with a 6-digit code. The rules (SPEC "Activation codes"): secure random codes kept only
// as keyed hashes; a TTL; a per-member request limit counted in the database (so it holds across
// instances); a cap on wrong guesses per code; one-time use that holds under concurrency; and
// the same answer for unknown, inactive and real members. Sending happens after the commit.
import { randomInt } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import type { FastifyBaseLogger } from 'fastify'
import type { Config } from '../../config.ts'
import type { Db, Dialect } from '../../db/database.ts'
import { lockKey } from '../../db/locks.ts'
import type { Clock } from '../../lib/clock.ts'
import { addSeconds } from '../../lib/dates.ts'
import { AppError } from '../../lib/errors.ts'
import { deriveKey, digestsEqual, hmacHex } from '../../lib/keys.ts'
import type { SessionMeta, SessionService, TokenPair } from '../auth/session.service.ts'
import * as customers from '../customers/customer.repository.ts'
import type { Notifier, Recipient } from '../notifications/notifier.ts'
import * as repo from './activation.repository.ts'
import { parseIdentifier, type Identifier } from './identifier.ts'
import { opsEvents } from '../../lib/ops-events.ts'

export interface ActivationDeps {
  db: Db
  dialect: Dialect
  config: Pick<Config, 'jwtSecretKey' | 'defaultPhoneRegion' | 'activationCodeTtl' | 'activationMaxRequests' | 'activationWindow' | 'activationMaxAttempts'>
  clock: Clock
  notifier: Notifier
  sessions: SessionService
  log: FastifyBaseLogger
}

export type ActivationService = ReturnType<typeof createActivationService>

const CODE_SHAPE = /^\d{6}$/

export function createActivationService(deps: ActivationDeps) {
  const { db, dialect, config, clock, notifier, sessions, log } = deps
  const codeKey = deriveKey(config.jwtSecretKey, 'activation-code')
  const identifierKey = deriveKey(config.jwtSecretKey, 'identifier')
  // How long a real send usually takes, so an unknown identifier is answered in about the same time.
  // Undefined until the first send, which is then taken whole: averaging it in from 0 would leave
  // unknown identifiers answering noticeably faster for the first dozen sends after a start.
  const typicalSendMs: Record<Recipient['channel'], number | undefined> = { sms: undefined, email: undefined }

  const identifierHash = (id: Identifier) => hmacHex(identifierKey, `${id.kind}:${id.value}`)
  const codeHash = (idHash: string, code: string) => hmacHex(codeKey, `${idHash}:${code}`)
  const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0')

  async function timedSend(channel: Recipient['channel'], send: () => Promise<void>): Promise<void> {
    const started = performance.now()
    await send().catch((error: unknown) => {
      opsEvents.emit('activationSend', channel, 'failed')
      throw error
    })
    opsEvents.emit('activationSend', channel, 'sent')
    const took = performance.now() - started
    const typical = typicalSendMs[channel]
    typicalSendMs[channel] = typical === undefined ? took : typical * 0.8 + took * 0.2
  }

  return {
    async requestCode(rawIdentifier: string | undefined): Promise<{ expires_in: number; identifier_type: Identifier['kind'] }> {
      const identifier = parseIdentifier(rawIdentifier, config.defaultPhoneRegion)
      const idHash = identifierHash(identifier)
      const channel = identifier.kind === 'phone' ? 'sms' : 'email'
      const customer = await customers.findByIdentifier(db, identifier)
      const now = clock.now()
      const code = newCode()
      // Unknown and inactive identifiers get a row too (with a code nobody receives), so the limits
      // and the answers are the same for them as for members.
      const sendable = customer?.is_active === true
      const codeId = await db.transaction().execute(async (tx) => {
        await lockKey(tx, dialect, customer ? `activation:c:${customer.id}` : `activation:i:${idHash}`)
        const since = addSeconds(now, -config.activationWindow).toISOString()
        const recent = await repo.requestsInWindow(tx, { identifierHash: idHash, customerId: customer?.id ?? null }, since)
        if (recent.count >= config.activationMaxRequests) {
          const retryAfter = Math.max(1, Math.ceil((Date.parse(recent.oldest!) + config.activationWindow * 1000 - now.getTime()) / 1000))
          throw new AppError('RATE_LIMIT_EXCEEDED', `Too many activation requests. Please wait ${Math.ceil(retryAfter / 60)} minute(s) before requesting again.`, {
            headers: { 'retry-after': String(retryAfter) },
          })
        }
        return repo.insertCode(tx, {
          customerId: sendable ? customer.id : null,
          identifierHash: idHash,
          channel,
          codeHash: codeHash(idHash, sendable ? code : newCode()),
          status: sendable ? 'pending' : 'active',
          expiresAt: addSeconds(now, config.activationCodeTtl).toISOString(),
          now: now.toISOString(),
        })
      })

      const recipient: Recipient | undefined = customer
        ? { channel, address: identifier.kind === 'phone' ? customer.phone : customer.email!, name: customer.full_name }
        : undefined
      if (sendable && recipient) {
        try {
          await timedSend(channel, () => notifier.sendActivationCode(recipient, code, config.activationCodeTtl))
        } catch (error) {
          await repo.setStatus(db, codeId, 'failed')
          throw error instanceof AppError ? error : new AppError('SEND_FAILED', undefined, { cause: error })
        }
        await db.transaction().execute((tx) => repo.activateReplacingOthers(tx, codeId, customer!.id))
      } else {
        if (recipient) {
          // A deactivated member is told to contact reception. The notice is sent off the response
          // path: waited for, a provider that hangs would make inactive members answer seconds
          // later than unknown identifiers. Either way the answer takes a typical send's time.
          void notifier.sendInactiveAccountNotice(recipient).catch((error: unknown) =>
            log.warn({ err: error, customerId: customer!.id }, 'inactive-account notice not sent'),
          )
        }
        await sleep((typicalSendMs[channel] ?? 0) * (0.85 + Math.random() * 0.3))
      }
      return { expires_in: config.activationCodeTtl, identifier_type: identifier.kind }
    },

    async verifyCode(rawIdentifier: string | undefined, rawCode: string, meta: SessionMeta): Promise<{ tokens: TokenPair; customerId: number }> {
      const { result, customerId } = await this.useCode(rawIdentifier, rawCode, (tx, id) => sessions.start({ type: 'client', id }, meta, tx))
      return { tokens: result, customerId }
    },

    /**
     * Checks a code under every rule above and, when it is right, consumes it and runs `use` for
     * its (active) member in the same transaction: signing in, or setting a new password.
     */
    async useCode<R>(rawIdentifier: string | undefined, rawCode: string, use: (tx: Db, customerId: number) => Promise<R>): Promise<{ result: R; customerId: number }> {
      const identifier = parseIdentifier(rawIdentifier, config.defaultPhoneRegion)
      const idHash = identifierHash(identifier)
      const now = clock.now()
      const live = await repo.findNewestCode(db, idHash, now.toISOString())
      if (!live || live.status === 'used') throw new AppError('INVALID_CODE')
      if (live.status === 'exhausted' || live.attempts >= config.activationMaxAttempts) throw new AppError('TOO_MANY_ATTEMPTS')

      const code = rawCode.trim()
      const matches = CODE_SHAPE.test(code) && digestsEqual(codeHash(idHash, code), live.code_hash)
      if (!matches) {
        const attempts = await repo.recordWrongAttempt(db, live.id, config.activationMaxAttempts)
        if (attempts === undefined) throw new AppError('TOO_MANY_ATTEMPTS')
        throw new AppError('INVALID_CODE')
      }
      if (live.customer_id === null) throw new AppError('INVALID_CODE')
      const customerId = live.customer_id

      const outcome = await db.transaction().execute(async (tx) => {
        if (!(await repo.consume(tx, live.id, config.activationMaxAttempts, now.toISOString()))) return { kind: 'used' as const }
        const customer = await customers.findById(tx, customerId)
        if (!customer?.is_active) return { kind: 'inactive' as const }
        return { kind: 'done' as const, result: await use(tx, customerId) }
      })
      if (outcome.kind === 'used') throw new AppError('INVALID_CODE')
      if (outcome.kind === 'inactive') throw new AppError('ACCOUNT_INACTIVE')
      return { result: outcome.result, customerId }
    },
  }
}
