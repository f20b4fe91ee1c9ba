// The evening cash count: what the drawer should hold (from the ledger), the counted cash typed in,
// and the difference once the day is closed. Accountants and managers also see past closings, and
// may pick a past day the desk forgot to close (up to 31 days back) to close it late.
import { useState } from 'preact/hooks'
import { api, downloadCsv, type Data } from '../api/client.ts'
import { formatDate, formatMoney, t, toMinor } from '../i18n/i18n.ts'
import { canCloseDay, canCloseLate, canListClosings, me } from '../session.ts'
import { apiFieldErrors, hasErrors, Notice, Page, Pager, Select, TextInput, useLoad, type Errors } from '../ui/ui.tsx'
import { moneyError } from './payments.tsx'

type Closing = Data<'/api/daily-closings', 'post'>

/** Accounts of every branch (owner, central accountant) pick the branch; the others have their own. */
export function useBranchChoice(): { branchId: number | null; picker: preact.JSX.Element | null } {
  const own = me.value?.branch_id ?? null
  const branches = useLoad(() => (own ? Promise.resolve([]) : api('get', '/api/branches', { query: { page: 1, per_page: 100 } }).then((b) => b.items.filter((x) => x.is_active))), [own])
  const [chosen, setChosen] = useState('')
  if (own) return { branchId: own, picker: null }
  const items = branches.data ?? []
  const value = chosen || (items[0] ? String(items[0].id) : '')
  return {
    branchId: value ? Number(value) : null,
    picker: <Select label={t('common.branch')} name="branch_id" value={value} onValue={setChosen} options={items.map((b): [string, string] => [String(b.id), b.name])} />,
  }
}

export function ClosingPage() {
  const { branchId, picker } = useBranchChoice()
  // Empty: today (the server's gym-local day). A supervisor may name a past day left open.
  const [day, setDay] = useState('')
  const dayPicker = canCloseLate() && <TextInput label={t('closing.day')} name="business_date" type="date" value={day} onValue={setDay} />
  return (
    <Page title={t('closing.title')}>
      {(picker || dayPicker) && <div class="card row">{picker}{dayPicker}</div>}
      {branchId && <Today key={`${branchId} ${day}`} branchId={branchId} day={day} />}
      {canListClosings() && <ClosingsList branchId={me.value?.branch_id ? undefined : branchId ?? undefined} />}
    </Page>
  )
}

function Today({ branchId, day }: { branchId: number; day: string }) {
  const today = useLoad(() => api('get', '/api/daily-closings/today', { query: { branch_id: branchId, ...(day ? { date: day } : {}) } }), [branchId, day])
  const [counted, setCounted] = useState('')
  const [notes, setNotes] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [error, setError] = useState<unknown>(null)
  const [closed, setClosed] = useState<Closing | null>(null)
  const d = today.data

  const submit = async (e: Event) => {
    e.preventDefault()
    const found: Errors = { actual_cash: moneyError(counted, true) }
    setErrors(found)
    if (hasErrors(found)) return
    setError(null)
    try {
      setClosed(await api('post', '/api/daily-closings', { body: { branch_id: branchId, actual_cash: toMinor(counted), ...(day ? { date: day } : {}), ...(notes.trim() ? { notes: notes.trim() } : {}) } }))
    } catch (err) {
      const fields = apiFieldErrors(err, ['actual_cash', 'notes'])
      setErrors(fields)
      if (!hasErrors(fields)) setError(err)
    }
  }

  return (
    <section class="card" aria-labelledby="today-title">
      <h2 id="today-title">{d ? t(day ? 'closing.pastDay' : 'closing.today', { date: formatDate(d.business_date), branch: d.branch_name }) : t('closing.title')}</h2>
      <Notice error={today.error} />
      {d && (
        <dl class="figures" data-testid="drawer">
          <div><dt>{t('closing.expected')}</dt><dd data-testid="expected">{formatMoney(d.expected_cash)}</dd></div>
          <div><dt>{t('closing.cashIn')}</dt><dd>{formatMoney(d.cash_payments)}</dd></div>
          <div><dt>{t('closing.cashOut')}</dt><dd>{formatMoney(d.cash_refunds)}</dd></div>
          <div><dt>{t('member.network')}</dt><dd>{formatMoney(d.network_total)}</dd></div>
          <div><dt>{t('member.transfer')}</dt><dd>{formatMoney(d.transfer_total)}</dd></div>
          <div><dt>{t('closing.counts')}</dt><dd>{t('closing.countsValue', { payments: d.payments_count, refunds: d.refunds_count })}</dd></div>
        </dl>
      )}
      {closed && <ClosingResult c={closed} />}
      {d && !closed && d.closed && <p class="notice notice-ok" role="status">{t(day ? 'closing.dayAlreadyClosed' : 'closing.alreadyClosed')}</p>}
      {d && !closed && !d.closed && canCloseDay() && (
        <form class="form-grid" onSubmit={submit} noValidate>
          <Notice error={error} />
          <TextInput label={t('closing.counted')} name="actual_cash" inputMode="decimal" value={counted} onValue={setCounted} error={errors.actual_cash} />
          <TextInput label={t('closing.notes')} name="notes" value={notes} onValue={setNotes} error={errors.notes} />
          <div class="row"><button type="submit" class="primary">{t('closing.submit')}</button></div>
        </form>
      )}
    </section>
  )
}

function Difference({ value }: { value: number }) {
  const kind = value === 0 ? 'even' : value < 0 ? 'short' : 'over'
  return <span class={`diff diff-${kind}`}>{formatMoney(value)} · {t(`closing.${kind}`)}</span>
}

function ClosingResult({ c }: { c: Closing }) {
  return (
    <div class="notice notice-ok" role="status" data-testid="closing-result">
      <p><strong>{t('closing.done')}</strong></p>
      <dl class="figures">
        <div><dt>{t('closing.expected')}</dt><dd>{formatMoney(c.expected_cash)}</dd></div>
        <div><dt>{t('closing.countedShort')}</dt><dd>{formatMoney(c.actual_cash)}</dd></div>
        <div><dt>{t('closing.difference')}</dt><dd data-testid="difference"><Difference value={c.difference} /></dd></div>
      </dl>
    </div>
  )
}

function ClosingsList({ branchId }: { branchId: number | undefined }) {
  const [page, setPage] = useState(1)
  const [error, setError] = useState<unknown>(null)
  const query = { page, per_page: 20, ...(branchId ? { branch_id: branchId } : {}) }
  const list = useLoad(() => api('get', '/api/daily-closings', { query }), [page, branchId])
  const csv = async () => {
    setError(null)
    try {
      await downloadCsv('/api/daily-closings', branchId ? { branch_id: branchId } : {}, 'closings.csv')
    } catch (err) {
      setError(err)
    }
  }
  return (
    <section aria-labelledby="closings-title">
      <div class="row spread"><h2 id="closings-title">{t('closing.past')}</h2><button type="button" onClick={() => void csv()}>{t('common.csv')}</button></div>
      <Notice error={list.error ?? error} />
      {list.data && !list.data.items.length && <p>{t('common.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <table>
          <thead><tr><th scope="col">{t('pay.date')}</th><th scope="col">{t('common.branch')}</th><th scope="col">{t('closing.expected')}</th><th scope="col">{t('closing.countedShort')}</th><th scope="col">{t('closing.difference')}</th><th scope="col">{t('pay.staff')}</th><th scope="col">{t('closing.notes')}</th></tr></thead>
          <tbody>
            {list.data.items.map((c) => (
              <tr>
                <td>{formatDate(c.business_date)}</td><td>{c.branch_name}</td><td>{formatMoney(c.expected_cash)}</td><td>{formatMoney(c.actual_cash)}</td>
                <td><Difference value={c.difference} /></td><td>{c.closed_by_name ?? '—'}</td><td>{c.notes ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.data && <Pager page={list.data.page} pages={list.data.pages} total={list.data.total} onPage={setPage} />}
    </section>
  )
}
