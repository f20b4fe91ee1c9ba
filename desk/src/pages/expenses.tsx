// Expenses: recorded pending by those who spend, reviewed (approve, or reject with a note) by
// someone else; filters by status, totals, paging and CSV.
import { useState } from 'preact/hooks'
import { api, downloadCsv, type Data } from '../api/client.ts'
import { formatDate, formatMoney, gymToday, t, toMinor } from '../i18n/i18n.ts'
import type { MessageKey } from '../i18n/en.ts'
import { canRecordExpenses } from '../session.ts'
import { apiFieldErrors, hasErrors, Notice, Page, Pager, required, Select, TextInput, useLoad, type Errors } from '../ui/ui.tsx'
import { useBranchChoice } from './closing.tsx'
import { moneyError } from './payments.tsx'

type Expense = Data<'/api/expenses', 'get'>['items'][number]
type Category = Expense['category']
type Status = Expense['status']
export const CATEGORIES: Category[] = ['rent', 'salaries', 'utilities', 'equipment', 'maintenance', 'supplies', 'marketing', 'insurance', 'training', 'services', 'safety', 'software', 'other']
export const categoryLabel = (c: Category) => t(`cat.${c}` as MessageKey)

export function ExpensesPage() {
  const [status, setStatus] = useState('')
  const [page, setPage] = useState(1)
  const [creating, setCreating] = useState(false)
  const [ok, setOk] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)
  const query = { page, per_page: 20, ...(status ? { status: status as Status } : {}) }
  const list = useLoad(() => api('get', '/api/expenses', { query }), [page, status])
  const csv = async () => {
    setError(null)
    try {
      await downloadCsv('/api/expenses', status ? { status } : {}, 'expenses.csv')
    } catch (err) {
      setError(err)
    }
  }
  return (
    <Page title={t('exp.title')} actions={<div class="row">
      {canRecordExpenses() && !creating && <button type="button" class="primary" onClick={() => setCreating(true)}>{t('exp.record')}</button>}
      <button type="button" onClick={() => void csv()}>{t('common.csv')}</button>
    </div>}>
      {creating && <ExpenseForm onDone={(m) => { setCreating(false); setOk(m); list.reload() }} onCancel={() => setCreating(false)} />}
      <div class="card row">
        <Select label={t('members.status')} name="status" value={status} onValue={(v) => { setStatus(v); setPage(1) }}
          options={[['', t('common.any')], ...(['pending', 'approved', 'rejected'] as const).map((s): [string, string] => [s, t(`exp.${s}`)])]} />
      </div>
      <Notice error={list.error ?? error} ok={ok} />
      {list.data && !list.data.items.length && <p>{t('common.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <table>
          <thead><tr><th scope="col">{t('pay.date')}</th><th scope="col">{t('exp.what')}</th><th scope="col">{t('exp.category')}</th><th scope="col">{t('common.branch')}</th><th scope="col">{t('pay.amount')}</th><th scope="col">{t('members.status')}</th><th scope="col">{t('common.actions')}</th></tr></thead>
          <tbody>{list.data.items.map((x) => <ExpenseRow x={x} onDone={(m) => { setOk(m); list.reload() }} />)}</tbody>
        </table>
      )}
      {list.data && <Pager page={list.data.page} pages={list.data.pages} total={list.data.total} onPage={setPage} />}
    </Page>
  )
}

function ExpenseRow({ x, onDone }: { x: Expense; onDone: (m: string) => void }) {
  const [rejecting, setRejecting] = useState(false)
  const [notes, setNotes] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [error, setError] = useState<unknown>(null)
  const review = async (action: 'approve' | 'reject') => {
    if (action === 'reject') {
      const found = { notes: required(notes) }
      setErrors(found)
      if (hasErrors(found)) return
    }
    setError(null)
    try {
      await api('post', '/api/expenses/{id}/review', { path: { id: x.id }, body: { action, ...(notes.trim() ? { notes: notes.trim() } : {}) } })
      onDone(t(action === 'approve' ? 'exp.approvedDone' : 'exp.rejectedDone', { title: x.title }))
    } catch (err) {
      const fields = apiFieldErrors(err, ['notes'])
      setErrors(fields)
      if (!hasErrors(fields)) setError(err)
    }
  }
  return (
    <tr data-testid="expense" data-status={x.status}>
      <td>{formatDate(x.expense_date)}</td>
      <td>{x.title}{x.review_notes ? <p class="hint">{x.review_notes}</p> : null}</td>
      <td>{categoryLabel(x.category)}</td>
      <td>{x.branch_name}</td>
      <td>{formatMoney(x.amount)}</td>
      <td><span class={`badge badge-${x.status}`}>{t(`exp.${x.status}`)}</span></td>
      <td>
        <Notice error={error} />
        {x.status === 'pending' && !rejecting && (
          <div class="row">
            <button type="button" onClick={() => void review('approve')}>{t('exp.approve')}</button>
            <button type="button" class="danger" onClick={() => setRejecting(true)}>{t('exp.reject')}</button>
          </div>
        )}
        {x.status === 'pending' && rejecting && (
          <form class="row" onSubmit={(e) => { e.preventDefault(); void review('reject') }} noValidate>
            <TextInput label={t('exp.rejectNotes')} name="notes" value={notes} onValue={setNotes} error={errors.notes} />
            <button type="submit" class="danger">{t('exp.reject')}</button>
            <button type="button" onClick={() => setRejecting(false)}>{t('common.cancel')}</button>
          </form>
        )}
      </td>
    </tr>
  )
}

function ExpenseForm({ onDone, onCancel }: { onDone: (m: string) => void; onCancel: () => void }) {
  const { branchId, picker } = useBranchChoice()
  const [f, setF] = useState({ title: '', amount: '', category: 'utilities', expense_date: gymToday(), description: '' })
  const [errors, setErrors] = useState<Errors>({})
  const [error, setError] = useState<unknown>(null)
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v })
  const submit = async (e: Event) => {
    e.preventDefault()
    const found: Errors = { title: required(f.title), amount: moneyError(f.amount), expense_date: required(f.expense_date), branch_id: branchId ? undefined : t('common.required') }
    setErrors(found)
    if (hasErrors(found) || !branchId) return
    setError(null)
    try {
      await api('post', '/api/expenses', {
        body: { title: f.title.trim(), amount: toMinor(f.amount), category: f.category as Category, expense_date: f.expense_date, branch_id: branchId, ...(f.description.trim() ? { description: f.description.trim() } : {}) },
      })
      onDone(t('exp.recorded'))
    } catch (err) {
      const fields = apiFieldErrors(err, ['title', 'amount', 'category', 'expense_date', 'description', 'branch_id'])
      setErrors(fields)
      if (!hasErrors(fields)) setError(err)
    }
  }
  return (
    <form class="card form-grid" onSubmit={submit} noValidate aria-labelledby="exp-form-title">
      <h2 id="exp-form-title">{t('exp.record')}</h2>
      <Notice error={error} />
      {picker}
      <TextInput label={t('exp.what')} name="title" value={f.title} onValue={set('title')} error={errors.title} />
      <TextInput label={t('pay.amount')} name="amount" inputMode="decimal" value={f.amount} onValue={set('amount')} error={errors.amount} />
      <Select label={t('exp.category')} name="category" value={f.category} onValue={set('category')} options={CATEGORIES.map((c): [string, string] => [c, categoryLabel(c)])} />
      <TextInput label={t('pay.date')} name="expense_date" type="date" value={f.expense_date} onValue={set('expense_date')} error={errors.expense_date} />
      <TextInput label={t('exp.description')} name="description" value={f.description} onValue={set('description')} error={errors.description} />
      <div class="row"><button type="submit" class="primary">{t('exp.record')}</button><button type="button" onClick={onCancel}>{t('common.cancel')}</button></div>
    </form>
  )
}
