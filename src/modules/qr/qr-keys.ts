// The Ed25519 key that signs QR passes. Kept in the database by default (private half encrypted under
// a key derived from JWT_SECRET_KEY, so a database dump alone cannot forge passes), or in a PEM file
// when QR_KEY_FILE is set (for deployments that mount secrets as files).
import { createCipheriv, createDecipheriv, createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { JWK } from 'jose'
import { sql, type Kysely } from 'kysely'
import type { Config } from '../../config.ts'
import type { Db } from '../../db/database.ts'
import { deriveKey } from '../../lib/keys.ts'
import { dialectOf } from '../../db/schema-helpers.ts'
import type { Clock } from '../../lib/clock.ts'
import { isoInstant } from '../../lib/dates.ts'

export interface SigningKeyRing {
  current: { kid: string; privateKey: KeyObject }
  /** The current key plus keys retired less than a day ago, so passes signed just before a rotation still verify. */
  publicJwks(): { keys: JWK[] }
  publicKeyFor(kid: string): KeyObject | undefined
}

export interface SigningKeyDeps {
  db: Db
  config: Pick<Config, 'jwtSecretKey' | 'qrKeyFile'>
  clock: Clock
}

interface PublicEntry { jwk: JWK; key: KeyObject; retiredAt: Date | null }

const ALGORITHM = 'EdDSA'
// A pass lives at most QR_TOKEN_TTL (max one day), so a retired key is useless after a day.
const RETIRED_GRACE_MS = 86_400_000
// Any fixed bigint works; it only has to be the same in every instance of this app.
const PG_LOCK_ID = 5_327_161_001

export async function loadSigningKey(deps: SigningKeyDeps): Promise<SigningKeyRing> {
  return deps.config.qrKeyFile ? loadFromFile(deps.config.qrKeyFile, deps.clock) : loadFromDatabase(deps)
}

async function loadFromDatabase({ db, config, clock }: SigningKeyDeps): Promise<SigningKeyRing> {
  const wrapKey = deriveKey(config.jwtSecretKey, 'qr-key-encryption')
  const isPostgres = (await dialectOf(db as unknown as Kysely<unknown>)) === 'postgres'
  const current = await db.transaction().execute(async (trx) => {
    // Instances starting together against one PostgreSQL take turns here, so the first creates the
    // key and the rest find it committed; without the lock two could insert and each keep its own.
    if (isPostgres) await sql`select pg_advisory_xact_lock(${sql.lit(PG_LOCK_ID)})`.execute(trx)
    const live = await trx.selectFrom('signing_keys').selectAll()
      .where('retired_at', 'is', null).where('algorithm', '=', ALGORITHM).orderBy('id', 'asc').execute()
    for (const row of live) {
      const privateKey = decryptPrivateKey(row.private_key, row.kid, wrapKey)
      if (privateKey) return { kid: row.kid, privateKey }
      // Encrypted under a previous JWT secret: unusable for signing, but its public half stays
      // published for a day via retired_at.
      await trx.updateTable('signing_keys').set({ retired_at: isoInstant(clock.now()) }).where('id', '=', row.id).execute()
    }
    const { privateKey, publicKey } = generateKeyPairSync('ed25519')
    const kid = randomBytes(6).toString('base64url')
    await trx.insertInto('signing_keys').values({
      kid,
      algorithm: ALGORITHM,
      public_jwk: JSON.stringify(publicJwk(publicKey, kid)),
      private_key: encryptPrivateKey(privateKey, kid, wrapKey),
      created_at: isoInstant(clock.now()),
    }).execute()
    return { kid, privateKey }
  })

  const since = isoInstant(new Date(clock.now().getTime() - RETIRED_GRACE_MS))
  const rows = await db.selectFrom('signing_keys').select(['kid', 'public_jwk', 'retired_at'])
    .where('algorithm', '=', ALGORITHM).where('kid', '!=', current.kid)
    .where((eb) => eb.or([eb('retired_at', 'is', null), eb('retired_at', '>', since)]))
    .orderBy('id', 'desc').execute()
  const entries: PublicEntry[] = [entryFor(publicJwk(createPublicKey(current.privateKey), current.kid), null)]
  for (const row of rows) {
    entries.push(entryFor(JSON.parse(row.public_jwk) as JWK, row.retired_at ? new Date(row.retired_at) : null))
  }
  return makeRing(current, entries, clock)
}

async function loadFromFile(path: string, clock: Clock): Promise<SigningKeyRing> {
  let pem = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw error
  })
  if (pem === undefined) {
    pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    await mkdir(dirname(path), { recursive: true, mode: 0o700 })
    try {
      // 'wx': if another instance wrote the file first, keep theirs rather than overwrite it.
      await writeFile(path, pem, { mode: 0o600, flag: 'wx' })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      pem = await readFile(path, 'utf8')
    }
  }
  const privateKey = createPrivateKey(pem)
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`QR_KEY_FILE ${path} must hold an Ed25519 private key`)
  const publicKey = createPublicKey(privateKey)
  // Derived from the key itself, so every instance sharing the file announces the same kid.
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url')
  const kid = createHash('sha256').update(raw).digest('base64url').slice(0, 8)
  return makeRing({ kid, privateKey }, [entryFor(publicJwk(publicKey, kid), null)], clock)
}

function makeRing(current: SigningKeyRing['current'], entries: PublicEntry[], clock: Clock): SigningKeyRing {
  const usable = () => {
    const now = clock.now().getTime()
    return entries.filter((e) => e.retiredAt === null || now - e.retiredAt.getTime() < RETIRED_GRACE_MS)
  }
  return {
    current,
    publicJwks: () => ({ keys: usable().map((e) => ({ ...e.jwk })) }),
    publicKeyFor: (kid) => usable().find((e) => e.jwk.kid === kid)?.key,
  }
}

function entryFor(jwk: JWK, retiredAt: Date | null): PublicEntry {
  const { kty, crv, x } = jwk
  return { jwk, key: createPublicKey({ key: { kty, crv, x }, format: 'jwk' }), retiredAt }
}

function publicJwk(publicKey: KeyObject, kid: string): JWK {
  const { kty, crv, x } = publicKey.export({ format: 'jwk' })
  return { kty, crv, x, kid, alg: ALGORITHM, use: 'sig' }
}

// v1.<iv>.<tag>.<ciphertext>, the kid bound in as associated data so a row's ciphertext cannot be
// swapped into another row.
function encryptPrivateKey(privateKey: KeyObject, kid: string, wrapKey: Buffer): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', wrapKey, iv).setAAD(Buffer.from(kid))
  const der = privateKey.export({ type: 'pkcs8', format: 'der' })
  const ciphertext = Buffer.concat([cipher.update(der), cipher.final()])
  return ['v1', iv, cipher.getAuthTag(), ciphertext].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.')
}

function decryptPrivateKey(stored: string, kid: string, wrapKey: Buffer): KeyObject | undefined {
  const [version, iv, tag, ciphertext] = stored.split('.')
  if (version !== 'v1' || !iv || !tag || !ciphertext) return undefined
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrapKey, Buffer.from(iv, 'base64url'), { authTagLength: 16 })
      .setAAD(Buffer.from(kid)).setAuthTag(Buffer.from(tag, 'base64url'))
    const der = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()])
    const key = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
    return key.asymmetricKeyType === 'ed25519' ? key : undefined
  } catch {
    return undefined
  }
}
