// What members read. Wording lives here so every channel says the same thing.

export interface OutgoingMessage {
  kind: 'activation-code' | 'inactive-account'
  /** Kept beside the text so failures can be scrubbed of it and the console provider can show it in development. */
  code?: string
  subject: string
  text: string
  html: string
  sms: string
}

// The code stays out of the subject: phone lock screens show subjects to whoever holds the phone.
const CODE_SUBJECT = 'Your gym app access code'
const INACTIVE_SUBJECT = 'Your gym app account'

export function activationCodeMessage(name: string, code: string, ttlSeconds: number): OutgoingMessage {
  const lifetime = formatLifetime(ttlSeconds)
  const text = [
    greeting(name),
    '',
    `Your gym app access code is: ${code}`,
    '',
    `It expires in ${lifetime}.`,
    '',
    'If you did not request this code, ignore this message.',
  ].join('\n')
  const html = page([
    `<p>${escapeHtml(greeting(name))}</p>`,
    '<p>Your gym app access code is:</p>',
    `<p style="font-size:28px;font-weight:bold;letter-spacing:4px">${code}</p>`,
    `<p>It expires in ${lifetime}.</p>`,
    '<p>If you did not request this code, ignore this message.</p>',
  ])
  return {
    kind: 'activation-code',
    code,
    subject: CODE_SUBJECT,
    text,
    html,
    sms: `Your gym app activation code is: ${code}. Valid for ${lifetime}.`,
  }
}

export function inactiveAccountMessage(name: string): OutgoingMessage {
  const sentence = 'Your account is inactive; please contact reception.'
  return {
    kind: 'inactive-account',
    subject: INACTIVE_SUBJECT,
    text: [greeting(name), '', sentence].join('\n'),
    html: page([`<p>${escapeHtml(greeting(name))}</p>`, `<p>${sentence}</p>`]),
    sms: `Your gym app account is inactive; please contact reception.`,
  }
}

/** 600 → "10 minutes". Rounds down: telling a member they have less time than they do is harmless. */
export function formatLifetime(ttlSeconds: number): string {
  if (ttlSeconds < 60) return plural(Math.max(0, Math.floor(ttlSeconds)), 'second')
  return plural(Math.floor(ttlSeconds / 60), 'minute')
}

// Names are typed by members (or staff on their behalf), so they are untrusted in HTML.
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

function greeting(name: string): string {
  const clean = name.replace(/[\p{Cc}\p{Cf}]/gu, ' ').trim()
  return clean ? `Hello ${clean},` : 'Hello,'
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`
}

function page(paragraphs: string[]): string {
  return [
    '<!doctype html>',
    '<html><body style="font-family:Arial,Helvetica,sans-serif;color:#222">',
    ...paragraphs,
    '</body></html>',
  ].join('\n')
}
