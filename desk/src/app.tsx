// The shell: sign-in until there is a session, then the navigation (only the pages the role may
// use) and the page named by the location hash (#/door, #/members/12, …).
import { useEffect, useState } from 'preact/hooks'
import { lang, setLang, t, type Lang } from './i18n/i18n.ts'
import type { MessageKey } from './i18n/en.ts'
import { AuditPage } from './pages/audit.tsx'
import { BranchesPage } from './pages/branches.tsx'
import { ClosingPage } from './pages/closing.tsx'
import { DashboardPage } from './pages/dashboard.tsx'
import { DoorPage } from './pages/door.tsx'
import { ExpensesPage } from './pages/expenses.tsx'
import { MemberPage } from './pages/member.tsx'
import { MembersPage } from './pages/members.tsx'
import { PaymentsPage } from './pages/payments.tsx'
import { PlansPage } from './pages/plans.tsx'
import { ReportsPage } from './pages/reports.tsx'
import { SignInPage } from './pages/sign-in.tsx'
import { StaffPage } from './pages/staff.tsx'
import { can, me, phase, signOut, type PageName } from './session.ts'

function useHash(): string {
  const [hash, setHash] = useState(location.hash)
  useEffect(() => {
    const on = () => setHash(location.hash)
    addEventListener('hashchange', on)
    return () => removeEventListener('hashchange', on)
  }, [])
  return hash
}

const NAV: [PageName, MessageKey][] = [
  ['dashboard', 'nav.dashboard'], ['door', 'nav.door'], ['members', 'nav.members'], ['payments', 'nav.payments'], ['closing', 'nav.closing'], ['expenses', 'nav.expenses'],
  ['reports', 'nav.reports'], ['plans', 'nav.plans'], ['staff', 'nav.staff'], ['branches', 'nav.branches'], ['audit', 'nav.audit'],
]

export function LangSwitch() {
  return (
    <div class="lang" role="group" aria-label={t('lang.label')}>
      {(['en', 'ar'] as Lang[]).map((l) => (
        <button type="button" lang={l} aria-pressed={lang.value === l ? 'true' : 'false'} onClick={() => setLang(l)}>{t(`lang.${l}`)}</button>
      ))}
    </div>
  )
}

export function App() {
  const hash = useHash()
  void lang.value // re-render on a language change
  if (phase.value === 'unknown') return <p class="splash">{t('common.loading')}</p>
  const user = me.value
  if (phase.value !== 'signed-in' || !user) return <SignInPage />

  const [, first = '', second] = hash.replace(/^#/, '').split('/')
  // The door for the roles at the entrance, the figures for the accountants, else the members.
  const home: PageName = can('door') ? 'door' : can('dashboard') ? 'dashboard' : 'members'
  const name = (NAV.some(([n]) => n === first) ? first : home) as PageName
  const allowed = can(name)
  const current = allowed ? name : home

  let body
  if (current === 'door') body = <DoorPage />
  else if (current === 'members') body = second ? <MemberPage id={Number(second)} /> : <MembersPage />
  else if (current === 'plans') body = <PlansPage />
  else if (current === 'staff') body = <StaffPage />
  else if (current === 'branches') body = <BranchesPage />
  else if (current === 'dashboard') body = <DashboardPage />
  else if (current === 'payments') body = <PaymentsPage id={second ? Number(second) : undefined} />
  else if (current === 'closing') body = <ClosingPage />
  else if (current === 'expenses') body = <ExpensesPage />
  else if (current === 'reports') body = <ReportsPage />
  else body = <AuditPage />

  return (
    <div class="shell">
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus() }}>{t('app.skip')}</a>
      <header class="bar">
        <span class="brand">{t('app.name')}</span>
        <nav aria-label={t('nav.label')}>
          <ul>
            {NAV.filter(([n]) => can(n)).map(([n, label]) => (
              <li><a href={`#/${n}`} aria-current={n === current ? 'page' : undefined}>{t(label)}</a></li>
            ))}
          </ul>
        </nav>
        <div class="who">
          <span>{user.full_name} · {t(`role.${user.role}`)}</span>
          <LangSwitch />
          <button type="button" onClick={() => void signOut()}>{t('nav.signOut')}</button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>{body}</main>
    </div>
  )
}
