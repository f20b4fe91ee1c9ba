// The home figures of the money roles: the owner's dashboard (today, the month against last month,
// best and worst branch, expiring members, top staff), the branch manager's and the accountant's,
// and the alerts that need someone's attention.
import { api, type Data } from '../api/client.ts'
import { formatDate, formatMoney, formatMoneyChange, t } from '../i18n/i18n.ts'
import { me } from '../session.ts'
import { Notice, Page, useLoad } from '../ui/ui.tsx'

export function DashboardPage() {
  const role = me.value?.role
  return (
    <Page title={t('dash.title')}>
      {role === 'owner' && <OwnerDashboard />}
      {role === 'branch_manager' && <ManagerDashboard branchId={me.value?.branch_id ?? 0} />}
      {(role === 'accountant' || role === 'central_accountant') && <AccountantDashboard />}
      <Alerts />
    </Page>
  )
}

function Fig(props: { label: string; value: string; testId?: string }) {
  return <div><dt>{props.label}</dt><dd data-testid={props.testId}>{props.value}</dd></div>
}

function OwnerDashboard() {
  const d = useLoad(() => api('get', '/api/dashboards/owner', {}), [])
  const o = d.data
  const change = o ? `${formatMoneyChange(o.change.amount)}${o.change.percent === null ? '' : ` (${o.change.percent > 0 ? '+' : ''}${o.change.percent}%)`}` : ''
  return (
    <>
      <Notice error={d.error} />
      {o && (
        <>
          <section class="card" aria-labelledby="dash-today">
            <h2 id="dash-today">{t('dash.today', { date: formatDate(o.date) })}</h2>
            <dl class="figures">
              <Fig label={t('pay.net')} value={formatMoney(o.today.net)} testId="today-net" />
              <Fig label={t('dash.payments')} value={String(o.today.payments_count)} />
              <Fig label={t('pay.refunds')} value={formatMoney(o.today.refunds)} />
            </dl>
          </section>
          <section class="card" aria-labelledby="dash-month">
            <h2 id="dash-month">{t('dash.month', { from: formatDate(o.month.from), to: formatDate(o.month.to) })}</h2>
            <dl class="figures">
              <Fig label={t('pay.net')} value={formatMoney(o.month.net)} testId="month-net" />
              <Fig label={t('dash.expenses')} value={formatMoney(o.month.expenses)} />
              <Fig label={t('dash.afterExpenses')} value={formatMoney(o.month.net_after_expenses)} />
              <Fig label={t('dash.lastMonth', { from: formatDate(o.last_month.from), to: formatDate(o.last_month.to) })} value={formatMoney(o.last_month.net)} />
              <Fig label={t('dash.change')} value={change} />
            </dl>
          </section>
          <div class="cols">
            <section class="card" aria-labelledby="dash-branches">
              <h2 id="dash-branches">{t('dash.branches')}</h2>
              <dl class="figures">
                <Fig label={t('dash.best')} value={o.best_branch ? `${o.best_branch.branch_name} · ${formatMoney(o.best_branch.revenue)}` : '—'} testId="best-branch" />
                <Fig label={t('dash.worst')} value={o.worst_branch ? `${o.worst_branch.branch_name} · ${formatMoney(o.worst_branch.revenue)}` : '—'} />
                <Fig label={t('dash.expiring3')} value={String(o.expiring.in_3_days)} />
                <Fig label={t('dash.expiring7')} value={String(o.expiring.in_7_days)} />
              </dl>
            </section>
            <section class="card" aria-labelledby="dash-staff">
              <h2 id="dash-staff">{t('dash.topStaff')}</h2>
              {!o.top_staff.length && <p>{t('common.none')}</p>}
              <ol data-testid="top-staff">{o.top_staff.map((s) => <li>{s.full_name ?? '—'} · {formatMoney(s.net)} · {t('dash.sales', { n: s.sales_count })}</li>)}</ol>
            </section>
          </div>
        </>
      )}
    </>
  )
}

function ManagerDashboard({ branchId }: { branchId: number }) {
  const d = useLoad(() => api('get', '/api/dashboards/branch-manager', { query: { branch_id: branchId } }), [branchId])
  const m = d.data
  return (
    <>
      <Notice error={d.error} />
      {m && (
        <section class="card" aria-labelledby="dash-branch">
          <h2 id="dash-branch">{t('dash.today', { date: formatDate(m.date) })}</h2>
          <dl class="figures">
            <Fig label={t('pay.net')} value={formatMoney(m.sales_today.net)} testId="today-net" />
            {(['cash', 'network', 'transfer'] as const).map((x) => <Fig label={t(`member.${x}`)} value={formatMoney(m.sales_today.by_method[x])} />)}
            <Fig label={t('dash.checkIns')} value={String(m.check_ins_today.check_ins)} />
            <Fig label={t('dash.active')} value={String(m.members.active)} />
            <Fig label={t('dash.frozen')} value={String(m.members.frozen)} />
            <Fig label={t('dash.expiring7')} value={String(m.members.expiring_7_days)} />
            <Fig label={t('dash.pending')} value={`${m.pending_expenses.count} · ${formatMoney(m.pending_expenses.amount)}`} />
          </dl>
        </section>
      )}
    </>
  )
}

function AccountantDashboard() {
  const d = useLoad(() => api('get', '/api/dashboards/accountant', {}), [])
  const a = d.data
  return (
    <>
      <Notice error={d.error} />
      {a && (
        <>
          <section class="card" aria-labelledby="dash-acc">
            <h2 id="dash-acc">{t('dash.today', { date: formatDate(a.date) })}</h2>
            <dl class="figures">
              <Fig label={t('pay.net')} value={formatMoney(a.today.net)} testId="today-net" />
              {(['cash', 'network', 'transfer'] as const).map((x) => <Fig label={t(`member.${x}`)} value={formatMoney(a.today.by_method[x])} />)}
              <Fig label={t('dash.monthNet')} value={formatMoney(a.month.net)} />
              <Fig label={t('dash.expenses')} value={formatMoney(a.month.expenses)} />
              <Fig label={t('dash.afterExpenses')} value={formatMoney(a.month.net_after_expenses)} />
            </dl>
          </section>
          <ClosingsTrouble missing={a.closings.missing} differences={a.closings.with_difference} />
        </>
      )}
    </>
  )
}

type AccClosings = Data<'/api/dashboards/accountant', 'get'>['closings']
function ClosingsTrouble({ missing, differences }: { missing: AccClosings['missing']; differences: AccClosings['with_difference'] }) {
  return (
    <div class="cols">
      <section class="card" aria-labelledby="dash-missing">
        <h2 id="dash-missing">{t('dash.missing')}</h2>
        {!missing.length && <p>{t('common.none')}</p>}
        <ul>{missing.map((m) => <li>{formatDate(m.business_date)} · {m.branch_name} · {t('dash.payments')}: {m.payments_count}</li>)}</ul>
      </section>
      <section class="card" aria-labelledby="dash-diff">
        <h2 id="dash-diff">{t('dash.differences')}</h2>
        {!differences.length && <p>{t('common.none')}</p>}
        <ul>{differences.map((c) => <li>{formatDate(c.business_date)} · {c.branch_name} · {formatMoney(c.difference)}</li>)}</ul>
      </section>
    </div>
  )
}

function Alerts() {
  const d = useLoad(() => api('get', '/api/alerts', {}), [])
  const a = d.data
  return (
    <section class="card" aria-labelledby="alerts-title">
      <h2 id="alerts-title">{t('dash.alerts')}</h2>
      <Notice error={d.error} />
      {a && (
        <dl class="figures" data-testid="alerts">
          <Fig label={t('dash.alertExpiring')} value={String(a.expiring_plans.total)} />
          <Fig label={t('dash.alertLow')} value={String(a.low_balance.total)} />
          <Fig label={t('dash.alertPending')} value={String(a.pending_expenses.total)} />
          <Fig label={t('dash.alertClosings')} value={a.missing_closings.branches.map((b) => b.name).join(', ') || '0'} />
        </dl>
      )}
    </section>
  )
}
