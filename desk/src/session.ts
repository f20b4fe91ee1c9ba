// Who is signed in. The access token is kept in memory only (api/client.ts); on a reload the
// session is resumed from the HttpOnly refresh cookie. Losing the session (sign-out, expiry, a
// deactivated account) brings the user back to the sign-in page with the reason.
import { signal } from '@preact/signals'
import { api, ApiError, refreshSession, setAccessToken, whenSessionLost, type Data } from './api/client.ts'
import { gym, useUserLang } from './i18n/i18n.ts'
import type { MessageKey } from './i18n/en.ts'

export type Me = Data<'/api/auth/me', 'get'>
export type Role = Me['role']

export const me = signal<Me | null>(null)
/** 'unknown' while a reload resumes the session. */
export const phase = signal<'unknown' | 'signed-out' | 'signed-in'>('unknown')
export const signOutReason = signal<MessageKey | null>(null)

async function enter(user: Me): Promise<void> {
  gym.value = await api('get', '/api/auth/gym')
  useUserLang(user.username)
  me.value = user
  phase.value = 'signed-in'
}

function leave(reason: MessageKey | null): void {
  setAccessToken(null)
  me.value = null
  useUserLang(null)
  signOutReason.value = reason
  phase.value = 'signed-out'
  if (location.hash !== '#/') location.hash = '#/'
}

whenSessionLost((code) => {
  if (phase.value === 'signed-in') leave(code === 'ACCOUNT_INACTIVE' ? 'signIn.inactive' : 'signIn.ended')
})

export async function signIn(username: string, password: string): Promise<void> {
  const data = await api('post', '/api/auth/login', { query: { refresh_cookie: true }, body: { username, password } })
  setAccessToken(data.access_token)
  await enter(data.user)
}

export async function resume(): Promise<void> {
  try {
    if (await refreshSession()) return await enter(await api('get', '/api/auth/me'))
  } catch (error) {
    if (!(error instanceof ApiError)) throw error
  }
  phase.value = 'signed-out'
}

export async function signOut(): Promise<void> {
  try {
    await api('post', '/api/auth/logout', { body: {}, headers: { 'x-spotter-desk': '1' } })
  } catch {
    // Signed out here whatever the server says; the session ends server-side at its expiry at worst.
  }
  leave('signIn.signedOut')
}

/** What each role may open; the API enforces the same, this only hides what would answer 403. */
export const PAGES = {
  door: ['owner', 'branch_manager', 'front_desk'],
  members: ['owner', 'branch_manager', 'front_desk', 'central_accountant', 'accountant', 'trainer'],
  plans: ['owner', 'branch_manager', 'front_desk', 'central_accountant', 'accountant', 'trainer'],
  staff: ['owner', 'branch_manager'],
  branches: ['owner'],
  audit: ['owner'],
  dashboard: ['owner', 'branch_manager', 'central_accountant', 'accountant'],
  payments: ['owner', 'branch_manager', 'central_accountant', 'accountant', 'front_desk'],
  closing: ['owner', 'branch_manager', 'central_accountant', 'accountant', 'front_desk'],
  expenses: ['owner', 'branch_manager', 'central_accountant', 'accountant'],
  reports: ['owner', 'branch_manager', 'central_accountant', 'accountant'],
} as const satisfies Record<string, readonly Role[]>
export type PageName = keyof typeof PAGES

export function can(page: PageName, role: Role | undefined = me.value?.role): boolean {
  return !!role && (PAGES[page] as readonly Role[]).includes(role)
}
/** Roles that may register members, sell and change plans (the API's writers of customers/subscriptions). */
export const canWriteMembers = (role = me.value?.role) => role === 'owner' || role === 'branch_manager' || role === 'front_desk'
export const canWritePlans = (role = me.value?.role) => role === 'owner' || role === 'branch_manager'
/** Money: who takes payments outside a sale, gives refunds, closes the till, reads past closings, records expenses. */
export const canTakePayments = (role = me.value?.role) => role === 'owner' || role === 'branch_manager' || role === 'accountant' || role === 'front_desk'
export const canRefund = (role = me.value?.role) => role === 'owner' || role === 'branch_manager' || role === 'accountant'
export const canCloseDay = canTakePayments
/** Supervisors close a day the desk forgot (the front desk closes only today). */
export const canCloseLate = canRefund
export const canListClosings = (role = me.value?.role) => !!role && role !== 'front_desk' && role !== 'trainer'
export const canRecordExpenses = canRefund
