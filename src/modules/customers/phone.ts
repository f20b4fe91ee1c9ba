// Phone numbers are stored in one normalised form so every way a member types theirs finds the
// same record. With DEFAULT_PHONE_REGION set, national forms ("01234567890"), spaced forms,
// "+20 …" and "0020…" all become E.164 ("+201234567890"). Without a region, numbers written
// internationally ("+…" or "00…") become E.164 and national ones are kept as their digits.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js'

const SEPARATORS = /[\s\-.()]/g
const PHONE_SHAPE = /^\+?\d{10,15}$/

/** Returns the stored form of a phone number, or undefined when it is not one. */
export function normalizePhone(raw: string, region: CountryCode | undefined): string | undefined {
  const compact = raw.replace(SEPARATORS, '')
  if (!PHONE_SHAPE.test(compact)) return undefined
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact
  if (region || international.startsWith('+')) {
    const parsed = parsePhoneNumberFromString(international, region)
    if (parsed?.isPossible()) return parsed.number
  }
  return international
}
