// Who is at the door, and the key that tells a retried scan from a new attempt.
//
// Scan keys (unique in the entry log, at most 64 characters):
// - a QR pass: its nonce, at every branch alike, because a pass is single-use (see scan-repeat.ts
//   for when a second scan of it is a retry and when it is refused);
// - a pass we cannot read: a hash of the text, so retrying garbage does not flood the log;
// - a card number or manual check-in: the desk's Idempotency-Key, per staff member and branch.
import { createHash } from 'node:crypto'
import { decodeJwt } from 'jose'
import type { Db } from '../../db/database.ts'
import type { EntryType } from '../../db/types.ts'
import { AppError } from '../../lib/errors.ts'
import * as customers from '../customers/customer.repository.ts'
import { normalizeTypedCode } from '../../lib/random-code.ts'
import { passFromQrText, type QrPassService } from '../qr/qr-token.ts'
import type { DenyReason } from './entry-rules.ts'
import { memberKnownAtBranch } from './entry.repository.ts'

export interface ScanInput {
  qr_token?: string
  qr_code?: string
  customer_id?: number
}

export interface Scan {
  customerId: number | null
  entryType: EntryType
  scanKey: string | null
  /** What scanKey names: a readable QR pass is single-use; the other keys only mark retries. */
  keyKind: 'pass' | 'unreadable' | 'desk' | null
  /**
   * Whether this desk may see who the member is. Only a QR pass can name a member the desk may
   * not see (a card number or id of such a member reads as unknown); the answer then leaves out
   * their details, so a pass does not reveal a stranger's phone and card number.
   */
  visible: boolean
  /** Set when the scan itself already decides the answer (unreadable, expired or unknown pass). */
  denial?: Extract<DenyReason, 'QR_INVALID' | 'QR_EXPIRED'>
}

export interface ScanContext {
  db: Db
  qr: QrPassService
  allowStaticQr: boolean
  branchId: number
  /** The staff member's branch scope: null for all-branch roles. */
  scope: number | null
  staffId: number
  idempotencyKey: string | undefined
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64url')

const SUBJECT = /^[1-9][0-9]{0,14}$/
const NONCE = /^[A-Za-z0-9_-]{16}$/

/**
 * The member and nonce of a pass verify() answered QR_EXPIRED for. Safe to read unverified: jose
 * reports expiry only after the signature checked out, and verify() maps nothing else to QR_EXPIRED.
 */
function expiredPassHolder(token: string): { customerId: number; nonce: string } | undefined {
  try {
    const { sub, n } = decodeJwt(token)
    if (typeof sub !== 'string' || !SUBJECT.test(sub) || typeof n !== 'string' || !NONCE.test(n)) return undefined
    return { customerId: Number(sub), nonce: n }
  } catch {
    return undefined
  }
}

export function requireOneIdentifier(input: ScanInput): void {
  const given = (['qr_token', 'qr_code', 'customer_id'] as const).filter((field) => input[field] !== undefined)
  if (given.length === 1) return
  const fields = given.length ? given : ['qr_token', 'qr_code', 'customer_id']
  throw new AppError('VALIDATION_ERROR', 'Send exactly one of qr_token, qr_code or customer_id.', {
    details: { errors: fields.map((field) => ({ field, message: given.length ? 'only one identifier may be sent' : 'one identifier is required' })) },
  })
}

export async function identifyScan(input: ScanInput, ctx: ScanContext): Promise<Scan> {
  const deskKey = ctx.idempotencyKey ? `desk:${digest(`${ctx.staffId}:${ctx.branchId}:${ctx.idempotencyKey}`)}` : null
  const deskKind = deskKey ? 'desk' as const : null
  const visible = async (customerId: number, homeBranch: number | null) =>
    ctx.scope === null || homeBranch === ctx.branchId || (await memberKnownAtBranch(ctx.db, customerId, ctx.branchId))

  if (input.qr_token !== undefined) {
    const token = passFromQrText(input.qr_token)
    const result = await ctx.qr.verify(token)
    const holder = result.ok ? { customerId: result.customerId, nonce: result.nonce } : result.reason === 'QR_EXPIRED' ? expiredPassHolder(token) : undefined
    // A validly signed pass for a member who no longer exists is treated as unreadable.
    const customer = holder && (await customers.findById(ctx.db, holder.customerId))
    if (!holder || !customer) {
      return { customerId: null, entryType: 'qr_scan', scanKey: `qrx:${ctx.branchId}:${digest(token)}`, keyKind: 'unreadable', visible: true, denial: 'QR_INVALID' }
    }
    const scan: Scan = {
      customerId: holder.customerId, entryType: 'qr_scan', scanKey: `qr:${holder.nonce}`, keyKind: 'pass', visible: await visible(customer.id, customer.branch_id),
    }
    return result.ok ? scan : { ...scan, denial: 'QR_EXPIRED' }
  }

  if (input.qr_code !== undefined) {
    // Typed by hand: card numbers are stored in capitals from the Crockford alphabet, so a
    // lower-case number, or an O typed for a 0, still finds the card.
    const customer = ctx.allowStaticQr ? await customers.findByQrCode(ctx.db, normalizeTypedCode(input.qr_code)) : undefined
    // A card of a member this desk may not see reads like an unknown card: nothing hints they exist.
    if (!customer || !(await visible(customer.id, customer.branch_id))) {
      return { customerId: null, entryType: 'barcode', scanKey: deskKey, keyKind: deskKind, visible: true, denial: 'QR_INVALID' }
    }
    return { customerId: customer.id, entryType: 'barcode', scanKey: deskKey, keyKind: deskKind, visible: true }
  }

  const customer = input.customer_id !== undefined ? await customers.findById(ctx.db, input.customer_id) : undefined
  if (!customer || !(await visible(customer.id, customer.branch_id))) throw new AppError('NOT_FOUND', 'Customer not found.')
  return { customerId: customer.id, entryType: 'manual', scanKey: deskKey, keyKind: deskKind, visible: true }
}
