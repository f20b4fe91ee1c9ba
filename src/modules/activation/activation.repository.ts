// SQL for activation codes. Every request leaves a row (also for unknown identifiers, with no
// member), which is what the per-member request limit counts, across every instance.
import type { Db } from '../../db/database.ts'
import type { ActivationCodeStatus } from '../../db/types.ts'

export async function requestsInWindow(
  tx: Db,
  where: { identifierHash: string; customerId: number | null },
  since: string,
): Promise<{ count: number; oldest: string | null }> {
  const row = await tx
    .selectFrom('activation_codes')
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('created_at').as('oldest')])
    .where('created_at', '>', since)
    .where((eb) =>
      where.customerId === null
        ? eb('identifier_hash', '=', where.identifierHash)
        : eb.or([eb('identifier_hash', '=', where.identifierHash), eb('customer_id', '=', where.customerId)]),
    )
    .executeTakeFirstOrThrow()
  return { count: Number(row.count), oldest: row.oldest as string | null }
}

export async function insertCode(
  tx: Db,
  values: { customerId: number | null; identifierHash: string; channel: 'sms' | 'email'; codeHash: string; status: ActivationCodeStatus; expiresAt: string; now: string },
): Promise<number> {
  const row = await tx
    .insertInto('activation_codes')
    .values({
      customer_id: values.customerId,
      identifier_hash: values.identifierHash,
      channel: values.channel,
      code_hash: values.codeHash,
      status: values.status,
      expires_at: values.expiresAt,
      created_at: values.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/**
 * After a successful send: this code becomes the member's only usable one. Two requests can finish
 * sending out of order; the newest request's code wins either way.
 */
export async function activateReplacingOthers(tx: Db, codeId: number, customerId: number): Promise<void> {
  const newer = await tx
    .selectFrom('activation_codes')
    .select('id')
    .where('customer_id', '=', customerId)
    .where('id', '>', codeId)
    .where('status', 'in', ['active', 'used'])
    .executeTakeFirst()
  if (newer) {
    await tx.updateTable('activation_codes').set({ status: 'superseded' }).where('id', '=', codeId).execute()
    return
  }
  await tx
    .updateTable('activation_codes')
    .set({ status: 'superseded' })
    .where('customer_id', '=', customerId)
    .where('status', '=', 'active')
    .where('id', '<', codeId)
    .execute()
  await tx.updateTable('activation_codes').set({ status: 'active' }).where('id', '=', codeId).where('status', '=', 'pending').execute()
}

export async function setStatus(db: Db, codeId: number, status: ActivationCodeStatus): Promise<void> {
  await db.updateTable('activation_codes').set({ status }).where('id', '=', codeId).execute()
}

/**
 * The newest delivered, unexpired code for an identifier (usable, capped or already used). Only
 * the newest counts: once it is used, an older capped code still within its lifetime must not
 * turn a replayed code into 429 TOO_MANY_ATTEMPTS. Pending and failed sends are not delivered
 * codes and are passed over, so an earlier code stays usable while a new one is on its way.
 */
export const findNewestCode = (db: Db, identifierHash: string, now: string) =>
  db
    .selectFrom('activation_codes')
    .selectAll()
    .where('identifier_hash', '=', identifierHash)
    .where('status', 'in', ['active', 'exhausted', 'used'])
    .where('expires_at', '>', now)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()

/** Counts a wrong guess; returns the attempts used, or undefined if the code is no longer live. */
export async function recordWrongAttempt(db: Db, codeId: number, maxAttempts: number): Promise<number | undefined> {
  const row = await db
    .updateTable('activation_codes')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', codeId)
    .where('status', '=', 'active')
    .where('attempts', '<', maxAttempts)
    .returning('attempts')
    .executeTakeFirst()
  if (row && row.attempts >= maxAttempts) await setStatus(db, codeId, 'exhausted')
  return row?.attempts
}

/** Uses the code up; exactly one of any number of concurrent callers gets true. */
export async function consume(db: Db, codeId: number, maxAttempts: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('activation_codes')
    .set({ status: 'used', consumed_at: now })
    .where('id', '=', codeId)
    .where('status', '=', 'active')
    .where('attempts', '<', maxAttempts)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
