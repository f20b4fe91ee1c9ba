// QR passes against a real database: a fresh SQLite per test, or a fresh PostgreSQL schema per test
// when TEST_DATABASE=postgres.
import { createHmac, createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto'
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SignJWT, createLocalJWKSet, jwtVerify } from 'jose'
import jsQRModule from 'jsqr'
import { sql } from 'kysely'
import { PNG } from 'pngjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadConfig } from '../../config.ts'
import { openDatabase, type DatabaseHandle } from '../../db/database.ts'
import { migrateToLatest } from '../../db/migrate.ts'
import { ManualClock } from '../../lib/clock.ts'
import { renderQrPngBase64 } from './qr-image.ts'
import { loadSigningKey } from './qr-keys.ts'
import { createQrPassService } from './qr-token.ts'

// jsqr is a CommonJS bundle whose types declare an ES default; `.default` is the function either way.
const jsQR = jsQRModule.default
const PG_URL = 'postgres://postgres@127.0.0.1:5432/test'
const usePostgres = process.env.TEST_DATABASE === 'postgres'

const configWith = (env: Record<string, string> = {}) =>
  loadConfig({ NODE_ENV: 'test', JWT_SECRET_KEY: 'x'.repeat(32), QR_TOKEN_TTL: '60', ...env })

let handles: DatabaseHandle[] = []
let openHandle: () => DatabaseHandle
let dropSchema: (() => Promise<void>) | undefined
let clock: ManualClock
const track = (handle: DatabaseHandle) => (handles.push(handle), handle)

beforeEach(async () => {
  clock = new ManualClock('2026-02-11T09:30:00Z')
  if (usePostgres) {
    const schema = `qr_test_${randomBytes(6).toString('hex')}`
    const admin = openDatabase(PG_URL, { poolSize: 1 })
    await sql`create schema ${sql.id(schema)}`.execute(admin.db)
    openHandle = () => track(openDatabase(PG_URL, { schema, poolSize: 2 }))
    dropSchema = async () => {
      await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.db)
      await admin.close()
    }
  } else {
    const shared = openDatabase('sqlite::memory:')
    // In-memory SQLite is per connection, so "another instance" is the same handle.
    openHandle = () => shared
    track(shared)
  }
  await migrateToLatest(openHandle().db)
})

afterEach(async () => {
  for (const handle of handles) await handle.close()
  handles = []
  await dropSchema?.()
  dropSchema = undefined
})

async function serviceFor(config = configWith(), db = openHandle().db) {
  const ring = await loadSigningKey({ db, config, clock })
  return { ring, service: createQrPassService({ ring, config, clock }) }
}

/** Changes one base64url character in the middle of segment `index` (0 header, 1 payload, 2 signature). */
function tamper(token: string, index: number): string {
  const parts = token.split('.')
  const segment = parts[index]!
  const at = Math.floor(segment.length / 2)
  parts[index] = segment.slice(0, at) + (segment[at] === 'A' ? 'B' : 'A') + segment.slice(at + 1)
  return parts.join('.')
}

describe(`QR pass on ${usePostgres ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('a pass issued for a member verifies back to that member, stays short and expires after QR_TOKEN_TTL', async () => {
    const { service, ring } = await serviceFor()
    const { token, expiresAt } = await service.issue(12345)
    expect(token.length).toBeLessThan(220)
    expect(expiresAt.toISOString()).toBe('2026-02-11T09:31:00.000Z')
    const result = await service.verify(token)
    expect(result).toMatchObject({ ok: true, customerId: 12345, expiresAt })
    const header = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString())
    expect(header).toEqual({ alg: 'EdDSA', kid: ring.current.kid })
    const second = await service.issue(12345)
    expect(second.token).not.toBe(token) // the nonce differs
  })

  it('the PNG scans back to the pass, which a turnstile can verify offline with the JWKS', async () => {
    const { service } = await serviceFor()
    const { token } = await service.issue(7)
    const base64 = await renderQrPngBase64(token)
    expect(base64.startsWith('data:')).toBe(false)
    const png = PNG.sync.read(Buffer.from(base64, 'base64'))
    expect(png.width).toBeGreaterThanOrEqual(300)
    expect(png.width).toBeLessThanOrEqual(400)
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
    expect(decoded?.data).toBe(token)

    const jwks = JSON.parse(JSON.stringify(await service.jwks())) // as served over HTTP
    const { payload } = await jwtVerify(decoded!.data, createLocalJWKSet(jwks), { currentDate: clock.now() })
    expect(payload.sub).toBe('7')
    expect(jwks.keys[0]).not.toHaveProperty('d')
  })

  it('when the TTL has passed, verify answers QR_EXPIRED', async () => {
    const { service } = await serviceFor()
    const { token } = await service.issue(1)
    clock.advance(59)
    expect((await service.verify(token)).ok).toBe(true)
    clock.advance(2)
    expect(await service.verify(token)).toEqual({ ok: false, reason: 'QR_EXPIRED' })
  })

  it('when a signature or payload byte is changed, verify answers QR_INVALID, even once expired', async () => {
    const { service } = await serviceFor()
    const { token } = await service.issue(1)
    for (const forged of [tamper(token, 2), tamper(token, 1), tamper(token, 0)]) {
      expect(await service.verify(forged)).toEqual({ ok: false, reason: 'QR_INVALID' })
      clock.advance(61)
      expect(await service.verify(forged)).toEqual({ ok: false, reason: 'QR_INVALID' })
      clock.advance(-61)
    }
  })

  it('a pass signed by another key under the same kid is QR_INVALID, expired or not', async () => {
    const { service, ring } = await serviceFor()
    const forged = await new SignJWT({ n: 'AAAAAAAAAAAAAAAA' }).setProtectedHeader({ alg: 'EdDSA', kid: ring.current.kid })
      .setSubject('1').setExpirationTime(Math.floor(clock.now().getTime() / 1000) - 10)
      .sign(generateKeyPairSync('ed25519').privateKey)
    expect(await service.verify(forged)).toEqual({ ok: false, reason: 'QR_INVALID' })
  })

  it('malformed input, unknown kid, alg none, odd subjects and oversized input are QR_INVALID', async () => {
    const { service, ring } = await serviceFor()
    const exp = Math.floor(clock.now().getTime() / 1000) + 30
    const signed = (sub: string, kid = ring.current.kid, claims: Record<string, unknown> = { n: 'AAAAAAAAAAAAAAAA' }) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', kid }).setSubject(sub).setExpirationTime(exp).sign(ring.current.privateKey)
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
    const candidates = [
      '', 'abc', 'a.b.c', `${(await service.issue(1)).token}x`.repeat(6),
      `${b64({ alg: 'none', kid: ring.current.kid })}.${b64({ sub: '1', exp, n: 'AAAAAAAAAAAAAAAA' })}.`,
      await signed('1', 'unknown1'), await signed('abc'), await signed('1.5'), await signed('-3'), await signed('007'),
      await signed('1', ring.current.kid, {}),
    ]
    for (const candidate of candidates) {
      expect(await service.verify(candidate), candidate).toEqual({ ok: false, reason: 'QR_INVALID' })
    }
    await expect(service.issue(0)).rejects.toThrow(RangeError)
  })

  it('a pass "signed" with HS256 using the public key as the secret (algorithm confusion) is QR_INVALID', async () => {
    const { service, ring } = await serviceFor()
    const exp = Math.floor(clock.now().getTime() / 1000) + 30
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
    const publicKey = createPublicKey(ring.current.privateKey)
    const secrets = [publicKey.export({ type: 'spki', format: 'pem' }).toString(), String(publicKey.export({ format: 'jwk' }).x)]
    for (const secret of secrets) {
      const unsigned = `${b64({ alg: 'HS256', kid: ring.current.kid })}.${b64({ n: 'AAAAAAAAAAAAAAAA', sub: '1', exp })}`
      const forged = `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`
      expect(await service.verify(forged)).toEqual({ ok: false, reason: 'QR_INVALID' })
    }
  })

  it('a restart, or several instances starting at once, use the one stored key', async () => {
    const first = await serviceFor()
    const { token } = await first.service.issue(42)
    const again = await serviceFor()
    expect(again.ring.current.kid).toBe(first.ring.current.kid)
    expect((await again.service.verify(token)).ok).toBe(true)

    await sql`delete from signing_keys`.execute(openHandle().db)
    const rings = await Promise.all([0, 1, 2, 3].map(() => loadSigningKey({ db: openHandle().db, config: configWith(), clock })))
    expect(new Set(rings.map((r) => r.current.kid)).size).toBe(1)
    const rows = await openHandle().db.selectFrom('signing_keys').selectAll().execute()
    expect(rows).toHaveLength(1)
  })

  it('the private key is stored encrypted, not as PEM', async () => {
    await serviceFor()
    const [row] = await openHandle().db.selectFrom('signing_keys').selectAll().execute()
    expect(row!.private_key).not.toContain('PRIVATE KEY')
    expect(row!.private_key).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/)
    expect(JSON.parse(row!.public_jwk)).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', kid: row!.kid })
    expect(JSON.parse(row!.public_jwk)).not.toHaveProperty('d')
  })

  it('a changed JWT secret retires the old key; its public half stays in the JWKS for a day', async () => {
    const old = await serviceFor()
    const { token } = await old.service.issue(9)
    const rotated = await serviceFor(configWith({ JWT_SECRET_KEY: 'y'.repeat(32) }))
    expect(rotated.ring.current.kid).not.toBe(old.ring.current.kid)
    expect(rotated.service.jwks().keys.map((k) => k.kid)).toEqual([rotated.ring.current.kid, old.ring.current.kid])
    expect(await rotated.service.verify(token)).toMatchObject({ ok: true, customerId: 9 })

    const retired = await openHandle().db.selectFrom('signing_keys').select('retired_at')
      .where('kid', '=', old.ring.current.kid).executeTakeFirstOrThrow()
    expect(retired.retired_at).not.toBeNull()
    clock.advance(86_400)
    expect(rotated.service.jwks().keys.map((k) => k.kid)).toEqual([rotated.ring.current.kid])
    const restarted = await serviceFor(configWith({ JWT_SECRET_KEY: 'y'.repeat(32) }))
    expect(restarted.ring.current.kid).toBe(rotated.ring.current.kid)
    expect(restarted.service.jwks().keys).toHaveLength(1)
  })

  describe('with QR_KEY_FILE', () => {
    let dir: string
    beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'spotter-qr-')) })
    afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

    it('creates a 0600 PEM file on first start and reuses it afterwards', async () => {
      const config = configWith({ QR_KEY_FILE: join(dir, 'keys', 'qr.pem') })
      const first = await serviceFor(config)
      expect((await stat(join(dir, 'keys', 'qr.pem'))).mode & 0o777).toBe(0o600)
      expect(first.ring.current.kid).toMatch(/^[\w-]{8}$/)
      const { token } = await first.service.issue(5)
      const second = await serviceFor(config)
      expect(second.ring.current.kid).toBe(first.ring.current.kid)
      expect(await second.service.verify(token)).toMatchObject({ ok: true, customerId: 5 })
      expect(await openHandle().db.selectFrom('signing_keys').selectAll().execute()).toHaveLength(0)
    })

    it('refuses a key file that does not hold an Ed25519 key', async () => {
      const path = join(dir, 'rsa.pem')
      const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
      await writeFile(path, rsa.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 })
      await expect(serviceFor(configWith({ QR_KEY_FILE: path }))).rejects.toThrow(/Ed25519/)
    })
  })
})
