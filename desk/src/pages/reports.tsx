// Reports with pictures where they help: the revenue trend, revenue by plan and by method, and
// check-ins by hour, over a chosen range (gym-local days), each with its CSV.
import { useState } from 'preact/hooks'
import { api, downloadCsv } from '../api/client.ts'
import { formatDate, formatMoney, gymToday, t } from '../i18n/i18n.ts'
import type { MessageKey } from '../i18n/en.ts'
import { me } from '../session.ts'
import { ChartView } from '../ui/chart.tsx'
import { Notice, Page, Select, TextInput, useLoad } from '../ui/ui.tsx'

type Period = 'daily' | 'weekly' | 'monthly'

export function ReportsPage() {
  const today = gymToday()
  const all = !me.value?.branch_id
  const branches = useLoad(() => (all ? api('get', '/api/branches', { query: { page: 1, per_page: 100 } }).then((b) => b.items) : Promise.resolve([])), [all])
  const [f, setF] = useState({ from: `${today.slice(0, 8)}01`, to: today, branch_id: '', period: 'daily' })
  const [applied, setApplied] = useState(f)
  const [error, setError] = useState<unknown>(null)
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v })
  const range = { from: applied.from, to: applied.to, ...(applied.branch_id ? { branch_id: Number(applied.branch_id) } : {}) }
  const key = JSON.stringify(range)
  const revenue = useLoad(() => api('get', '/api/reports/revenue', { query: range }), [key])
  const trend = useLoad(() => api('get', '/api/reports/revenue-trend', { query: { ...range, period: applied.period as Period } }), [key, applied.period])
  const checkIns = useLoad(() => api('get', '/api/reports/check-ins', { query: range }), [key])
  const csv = async (path: '/api/reports/revenue' | '/api/reports/revenue-trend' | '/api/reports/check-ins', name: string, extra: Record<string, string> = {}) => {
    setError(null)
    try {
      await downloadCsv(path, { ...range, ...extra }, `${name}-${applied.from}-${applied.to}.csv`)
    } catch (err) {
      setError(err)
    }
  }
  const r = revenue.data
  return (
    <Page title={t('rep.title')}>
      <form class="card filters row" onSubmit={(e) => { e.preventDefault(); setApplied(f) }}>
        <TextInput label={t('audit.from')} type="date" value={f.from} onValue={set('from')} />
        <TextInput label={t('audit.to')} type="date" value={f.to} onValue={set('to')} />
        {all && <Select label={t('common.branch')} value={f.branch_id} onValue={set('branch_id')} options={[['', t('common.allBranches')], ...(branches.data ?? []).map((b): [string, string] => [String(b.id), b.name])]} />}
        <Select label={t('rep.period')} value={f.period} onValue={set('period')} options={(['daily', 'weekly', 'monthly'] as const).map((p): [string, string] => [p, t(`rep.${p}`)])} />
        <button type="submit">{t('rep.show')}</button>
      </form>
      <Notice error={revenue.error ?? trend.error ?? checkIns.error ?? error} />
      {r && (
        <section aria-labelledby="rev-title">
          <div class="row spread"><h2 id="rev-title">{t('rep.revenue')}</h2><button type="button" onClick={() => void csv('/api/reports/revenue', 'revenue')}>{t('common.csv')}</button></div>
          <dl class="figures" data-testid="revenue-totals">
            <div><dt>{t('pay.gross')}</dt><dd>{formatMoney(r.totals.gross)}</dd></div>
            <div><dt>{t('pay.discount')}</dt><dd>{formatMoney(r.totals.discount)}</dd></div>
            <div><dt>{t('pay.refunds')}</dt><dd>{formatMoney(r.totals.refunds)}</dd></div>
            <div><dt>{t('pay.net')}</dt><dd>{formatMoney(r.totals.net)}</dd></div>
          </dl>
        </section>
      )}
      {trend.data && (
        <section aria-labelledby="trend-title">
          <div class="row spread"><h2 id="trend-title">{t('rep.trend')}</h2><button type="button" onClick={() => void csv('/api/reports/revenue-trend', 'revenue-trend', { period: applied.period })}>{t('common.csv')}</button></div>
          <ChartView kind="line" testId="chart-trend" title={t('rep.trendChart', { from: formatDate(trend.data.from), to: formatDate(trend.data.to) })}
            labels={trend.data.rows.map((x) => formatDate(x.period))} series={[{ label: t('pay.net'), values: trend.data.rows.map((x) => x.net) }]} format={formatMoney} />
        </section>
      )}
      {r && (
        <div class="cols">
          <ChartView kind="bar" testId="chart-plan" title={t('rep.byPlan')} labels={r.by_plan.map((x) => x.name ?? t('rep.noPlan'))}
            series={[{ label: t('pay.net'), values: r.by_plan.map((x) => x.net) }]} format={formatMoney} />
          <ChartView kind="doughnut" testId="chart-method" title={t('rep.byMethod')} labels={r.by_method.map((x) => t(`member.${String(x.key)}` as MessageKey))}
            series={[{ label: t('pay.net'), values: r.by_method.map((x) => x.net) }]} format={formatMoney} />
        </div>
      )}
      {checkIns.data && (
        <section aria-labelledby="checkins-title">
          <div class="row spread"><h2 id="checkins-title">{t('rep.checkIns', { total: checkIns.data.total, members: checkIns.data.members, denied: checkIns.data.denied })}</h2>
            <button type="button" onClick={() => void csv('/api/reports/check-ins', 'check-ins')}>{t('common.csv')}</button></div>
          <ChartView kind="bar" testId="chart-hours" title={t('rep.byHour')} labels={checkIns.data.by_hour.map((x) => `${String(x.hour).padStart(2, '0')}:00`)}
            series={[{ label: t('rep.checkInsShort'), values: checkIns.data.by_hour.map((x) => x.check_ins) }]} format={(v) => String(v)} integer />
        </section>
      )}
    </Page>
  )
}
