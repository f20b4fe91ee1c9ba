// SQL for the login throttle's counters (table login_throttle).
import { sql } from 'kysely'
import type { Db } from '../../db/database.ts'
import type { LoginThrottleTable } from '../../db/tables/login-throttle.ts'

export type SubjectKind = LoginThrottleTable['subject_kind']

export interface CounterKey {
  kind: SubjectKind
  subjectKey: string
  source: string
}

export const findCounters = (db: Db, kind: SubjectKind, subjectKey: string, sources: string[]) =>
  db.selectFrom('login_throttle').select(['source', 'failures', 'blocked_until', 'last_success_at'])
    .where('subject_kind', '=', kind).where('subject_key', '=', subjectKey).where('source', 'in', sources)
    .execute()

/**
 * Adds one failure atomically (parallel failures each count) and returns the new count. A counter
 * whose last failure is older than `forgetBefore` starts again from 1.
 */
export async function addFailure(db: Db, key: CounterKey, now: string, forgetBefore: string): Promise<{ id: number; failures: number }> {
  return db.insertInto('login_throttle')
    .values({ subject_kind: key.kind, subject_key: key.subjectKey, source: key.source, failures: 1, last_failure_at: now, updated_at: now })
    .onConflict((oc) => oc.columns(['subject_kind', 'subject_key', 'source']).doUpdateSet({
      failures: sql<number>`case when login_throttle.last_failure_at is null or login_throttle.last_failure_at < ${forgetBefore} then 1 else login_throttle.failures + 1 end`,
      last_failure_at: now,
      updated_at: now,
    }))
    .returning(['id', 'failures'])
    .executeTakeFirstOrThrow()
}

export async function blockUntil(db: Db, id: number, until: string): Promise<void> {
  await db.updateTable('login_throttle').set({ blocked_until: until }).where('id', '=', id).execute()
}

/** A correct password: this source's counter is cleared and the source remembered as trusted. */
export async function recordSuccess(db: Db, key: CounterKey, now: string): Promise<void> {
  await db.insertInto('login_throttle')
    .values({ subject_kind: key.kind, subject_key: key.subjectKey, source: key.source, failures: 0, last_success_at: now, updated_at: now })
    .onConflict((oc) => oc.columns(['subject_kind', 'subject_key', 'source']).doUpdateSet({
      failures: 0, blocked_until: null, last_success_at: now, updated_at: now,
    }))
    .execute()
}

/** Clears every counter of a subject (all sources and `*`); trusted sources stay trusted. Returns how many were counting. */
export async function clearSubject(db: Db, kind: SubjectKind, subjectKey: string): Promise<number> {
  const result = await db.updateTable('login_throttle').set({ failures: 0, blocked_until: null })
    .where('subject_kind', '=', kind).where('subject_key', '=', subjectKey)
    .where((eb) => eb.or([eb('failures', '>', 0), eb('blocked_until', 'is not', null)]))
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/** Counters untouched for longer than anything remembers are of no use. */
export async function purge(db: Db, before: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('updated_at', '<', before).execute()
}
