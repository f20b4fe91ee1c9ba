// Addresses are personal data: logs only ever see enough of one to tell which member it was.

/** `+201234567890` → `+20*******890`, `alice@example.com` → `a***@example.com`. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@')
  if (at >= 0) {
    const local = address.slice(0, at)
    return `${local.slice(0, 1)}***${address.slice(at)}`
  }
  if (address.length <= 6) return '*'.repeat(address.length)
  return address.slice(0, 3) + '*'.repeat(address.length - 6) + address.slice(-3)
}

/**
 * Turns any thrown value into one short line that is safe to log: every secret (the code,
 * passwords, tokens) is blanked and the full address replaced by its masked form, because
 * provider errors sometimes echo what they were sent.
 */
export function describeFailure(error: unknown, secrets: readonly string[], address: string): string {
  let text = describe(error)
  const cause = error instanceof Error ? error.cause : undefined
  if (cause !== undefined) text += ` (cause: ${describe(cause)})`
  for (const secret of secrets) {
    if (secret) text = text.replaceAll(secret, '***')
  }
  if (address) text = text.replaceAll(address, maskAddress(address))
  return text.length > 500 ? `${text.slice(0, 500)}…` : text
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const code = (error as { code?: unknown }).code
  return `${error.name}: ${error.message}${typeof code === 'string' ? ` [${code}]` : ''}`
}
