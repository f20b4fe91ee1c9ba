// The language (English or Arabic, remembered per user in localStorage) and the gym's formats: dates
// and times in the gym's time zone, money in its currency (the API's amounts are minor units).
import { signal } from '@preact/signals'
import { ar } from './ar.ts'
import { en, type MessageKey } from './en.ts'

export type Lang = 'en' | 'ar'
const catalogues: Record<Lang, Record<MessageKey, string>> = { en, ar }
const LAST = 'spotter.desk.lang'

function stored(key: string): Lang | null {
  try {
    const v = localStorage.getItem(key)
    return v === 'en' || v === 'ar' ? v : null
  } catch {
    return null
  }
}

export const lang = signal<Lang>(stored(LAST) ?? 'en')
export const gym = signal({ timezone: 'UTC', currency: 'EGP' })
let currentUser: string | null = null

function apply(l: Lang): void {
  document.documentElement.lang = l
  document.documentElement.dir = l === 'ar' ? 'rtl' : 'ltr'
}
apply(lang.value)

export function setLang(l: Lang): void {
  lang.value = l
  apply(l)
  try {
    localStorage.setItem(LAST, l)
    if (currentUser) localStorage.setItem(`${LAST}.${currentUser}`, l)
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/** After sign-in: the user's own remembered language, if they chose one before. */
export function useUserLang(username: string | null): void {
  currentUser = username
  const own = username ? stored(`${LAST}.${username}`) : null
  if (own && own !== lang.value) setLang(own)
}

export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text = catalogues[lang.value][key] ?? en[key]
  return text.replace(/\{(\w+)\}/g, (_, name: string) => (name in vars ? String(vars[name]) : `{${name}}`))
}

const locale = () => (lang.value === 'ar' ? 'ar-EG-u-nu-latn' : 'en-GB')

export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(locale(), { timeZone: gym.value.timezone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
}

/** A calendar date (YYYY-MM-DD, already a gym-local day) without shifting it through a time zone. */
export function formatDate(day: string): string {
  return new Intl.DateTimeFormat(locale(), { timeZone: 'UTC', dateStyle: 'medium' }).format(new Date(`${day}T00:00:00Z`))
}

function currencyFormat() {
  return new Intl.NumberFormat(locale(), { style: 'currency', currency: gym.value.currency })
}
export function minorDigits(): number {
  return currencyFormat().resolvedOptions().maximumFractionDigits ?? 2
}
export function formatMoney(minor: number): string {
  return currencyFormat().format(minor / 10 ** minorDigits())
}
/** A change: "+EGP 5.00", "-EGP 5.00", "EGP 0.00". */
export function formatMoneyChange(minor: number): string {
  return new Intl.NumberFormat(locale(), { style: 'currency', currency: gym.value.currency, signDisplay: 'exceptZero' }).format(minor / 10 ** minorDigits())
}
/** "12.50" typed in a form → 1250 minor units; NaN when not a number. */
export function toMinor(major: string): number {
  const n = Number(major.replace(',', '.'))
  return Number.isFinite(n) ? Math.round(n * 10 ** minorDigits()) : Number.NaN
}

/** Today in the gym's time zone, YYYY-MM-DD (the day the API's ledger and reports count in). */
export function gymToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: gym.value.timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date())
}
