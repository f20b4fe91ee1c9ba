// Money at the desk: the ledger (filters, totals, paging, CSV), one payment's receipt laid out for an
// 80 mm thermal printer (print stylesheet in styles.css), a refund from the receipt, and the form
// that takes a payment outside a plan sale (shown on the member page).
import { useState } from 'preact/hooks'
import { api, downloadCsv, type Data } from '../api/client.ts'
import { formatDate, formatDateTime, formatMoney, gymToday, t, toMinor } from '../i18n/i18n.ts'
import type { MessageKey } from '../i18n/en.ts'
import { canRefund, me } from '../session.ts'
import { apiFieldErrors, hasErrors, Notice, Page, Pager, required, Select, TextInput, useLoad, type Errors } from '../ui/ui.tsx'

type Method = 'cash' | 'network' | 'transfer'
type TxType = 'subscription' | 'renewal' | 'freeze' | 'other' | 'refund'
export const methodOptions = (): [string, string][] => [['cash', t('member.cash')], ['network', t('member.network')], ['transfer', t('member.transfer')]]
const txLabel = (type: TxType) => t(`pay.type.${type}` as MessageKey)
const methodLabel = (m: Method) => t(`member.${m}` as MessageKey)

/** A positive amount typed in major units → minor units, or an error text. */
export function moneyError(v: string, allowZero = false): string | undefined {
  if (!v.trim()) return t('common.required')
  const n = toMinor(v)
  return Number.isNaN(n) || n < 0 || (!allowZero && n === 0) ? t('pay.badAmount') : undefined
}

export function PaymentsPage({ id }: { id?: number | undefined }) {
  if (id) return <ReceiptPage id={id} />
  return <LedgerPage />
}

function LedgerPage() {
  const today = gymToday()
  const [f, setF] = useState({ from: today, to: today, payment_method: '', transaction_type: '' })
  const [applied, setApplied] = useState(f)
  const [page, setPage] = useState(1)
  const [error, setError] = useState<unknown>(null)
  const query = { page, per_page: 20, from: applied.from, to: applied.to, payment_method: (applied.payment_method || undefined) as Method | undefined, transaction_type: (applied.transaction_type || undefined) as TxType | undefined }
  const list = useLoad(() => api('get', '/api/payments', { query }), [JSON.stringify(query)])
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v })
  const totals = list.data?.totals
  const csv = async () => {
    setError(null)
    try {
      await downloadCsv('/api/payments', { ...query, page: undefined, per_page: undefined }, `payments-${applied.from}-${applied.to}.csv`)
    } catch (err) {
      setError(err)
    }
  }
  return (
    <Page title={t('pay.title')} actions={<button type="button" onClick={() => void csv()}>{t('common.csv')}</button>}>
      <form class="card filters row" onSubmit={(e) => { e.preventDefault(); setPage(1); setApplied(f) }}>
        <TextInput label={t('audit.from')} type="date" value={f.from} onValue={set('from')} />
        <TextInput label={t('audit.to')} type="date" value={f.to} onValue={set('to')} />
        <Select label={t('member.method')} value={f.payment_method} onValue={set('payment_method')} options={[['', t('common.any')], ...methodOptions()]} />
        <Select label={t('pay.type')} value={f.transaction_type} onValue={set('transaction_type')}
          options={[['', t('common.any')], ...(['subscription', 'renewal', 'freeze', 'other', 'refund'] as const).map((x): [string, string] => [x, txLabel(x)])]} />
        <button type="submit">{t('audit.filter')}</button>
      </form>
      <Notice error={list.error ?? error} />
      {totals && (
        <dl class="figures" data-testid="ledger-totals">
          <div><dt>{t('pay.gross')}</dt><dd>{formatMoney(totals.gross)}</dd></div>
          <div><dt>{t('pay.discount')}</dt><dd>{formatMoney(totals.discount)}</dd></div>
          <div><dt>{t('pay.refunds')}</dt><dd>{formatMoney(totals.refunds)}</dd></div>
          <div><dt>{t('pay.net')}</dt><dd>{formatMoney(totals.net)}</dd></div>
          {(['cash', 'network', 'transfer'] as const).map((m) => <div><dt>{methodLabel(m)}</dt><dd>{formatMoney(totals.by_method[m].net)}</dd></div>)}
        </dl>
      )}
      {list.data && !list.data.items.length && <p>{t('common.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <table>
          <thead><tr>
            <th scope="col">{t('pay.reference')}</th><th scope="col">{t('pay.date')}</th><th scope="col">{t('pay.member')}</th><th scope="col">{t('pay.type')}</th>
            <th scope="col">{t('member.method')}</th><th scope="col">{t('pay.net')}</th><th scope="col">{t('pay.staff')}</th>
          </tr></thead>
          <tbody>
            {list.data.items.map((p) => (
              <tr>
                <td><a href={`#/payments/${p.refund_of ?? p.id}`}><bdi>{p.reference}</bdi></a></td>
                <td>{formatDateTime(p.created_at)}</td>
                <td>{p.customer_name ?? '—'}</td>
                <td>{txLabel(p.transaction_type)}{p.refund_of_reference ? <> · <bdi>{p.refund_of_reference}</bdi></> : null}</td>
                <td>{methodLabel(p.payment_method)}</td>
                <td class={p.net < 0 ? 'neg' : undefined}>{formatMoney(p.net)}</td>
                <td>{p.staff_name ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.data && <Pager page={list.data.page} pages={list.data.pages} total={list.data.total} onPage={setPage} />}
    </Page>
  )
}

type Receipt = Data<'/api/payments/{id}', 'get'>

function ReceiptPage({ id }: { id: number }) {
  const receipt = useLoad(() => api('get', '/api/payments/{id}', { path: { id } }), [id])
  const [ok, setOk] = useState<string | null>(null)
  const r = receipt.data
  return (
    <Page title={t('receipt.title')} actions={r ? <button type="button" class="primary no-print" onClick={() => window.print()}>{t('receipt.print')}</button> : null}>
      <Notice error={receipt.error} />
      <Notice ok={ok} />
      {r && <ReceiptSlip r={r} />}
      {r && canRefund() && r.transaction_type !== 'refund' && r.refundable > 0 && (
        <RefundForm receipt={r} onDone={(m) => { setOk(m); receipt.reload() }} />
      )}
      <p class="no-print"><a href="#/payments">{t('receipt.back')}</a></p>
    </Page>
  )
}

/** The slip itself: on screen a narrow card, on paper the whole 80 mm roll width. */
function ReceiptSlip({ r }: { r: Receipt }) {
  const line = (label: MessageKey, value: string | null | undefined) => (value ? <><dt>{t(label)}</dt><dd>{value}</dd></> : null)
  return (
    <article class="receipt" data-testid="receipt" aria-labelledby="receipt-ref">
      <header>
        <p class="receipt-gym">{t('app.gym')}</p>
        <p>{r.branch_name}</p>
        <p id="receipt-ref" class="receipt-ref"><bdi>{r.reference}</bdi></p>
        <p>{formatDateTime(r.created_at)}</p>
      </header>
      <dl>
        {line('pay.member', r.customer_name)}
        {line('pay.type', txLabel(r.transaction_type))}
        {line('member.plan', r.plan_name)}
        {line('member.method', methodLabel(r.payment_method))}
        {line('pay.notes', r.notes)}
      </dl>
      <dl class="receipt-sums">
        <dt>{t('pay.amount')}</dt><dd>{formatMoney(r.amount)}</dd>
        {r.discount > 0 && <><dt>{t('pay.discount')}</dt><dd>−{formatMoney(r.discount)}</dd></>}
        <dt class="receipt-total">{t('receipt.total')}</dt><dd class="receipt-total">{formatMoney(r.amount - r.discount)}</dd>
        {r.refunded > 0 && <><dt>{t('pay.refunded')}</dt><dd>−{formatMoney(r.refunded)}</dd></>}
      </dl>
      {r.refunds.length > 0 && (
        <ul class="receipt-refunds" aria-label={t('pay.refunds')}>
          {r.refunds.map((x) => <li><bdi>{x.reference}</bdi> · {formatDate(x.business_date)} · −{formatMoney(x.amount)}{x.notes ? ` · ${x.notes}` : ''}</li>)}
        </ul>
      )}
      <footer>
        <p>{t('receipt.servedBy', { name: r.staff_name ?? '—' })}</p>
        <p>{t('receipt.thanks')}</p>
      </footer>
    </article>
  )
}

function RefundForm({ receipt, onDone }: { receipt: Receipt; onDone: (m: string) => void }) {
  const [amount, setAmount] = useState('')
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [error, setError] = useState<unknown>(null)
  const submit = async (e: Event) => {
    e.preventDefault()
    const minor = toMinor(amount)
    const found: Errors = {
      amount: moneyError(amount) ?? (minor > receipt.refundable ? t('refund.tooMuch', { max: formatMoney(receipt.refundable) }) : undefined),
      reason: required(reason),
    }
    setErrors(found)
    if (hasErrors(found)) return
    setError(null)
    try {
      await api('post', '/api/payments/{id}/refund', { path: { id: receipt.id }, body: { amount: minor, reason: reason.trim() } })
      setAmount('')
      setReason('')
      onDone(t('refund.done', { amount: formatMoney(minor) }))
    } catch (err) {
      const fields = apiFieldErrors(err, ['amount', 'reason'])
      setErrors(fields)
      if (!hasErrors(fields)) setError(err)
    }
  }
  return (
    <form class="card form-grid no-print" onSubmit={submit} noValidate aria-labelledby="refund-title">
      <h2 id="refund-title">{t('refund.title')}</h2>
      <p class="hint">{t('refund.left', { amount: formatMoney(receipt.refundable) })}</p>
      <Notice error={error} />
      <TextInput label={t('refund.amount')} name="amount" inputMode="decimal" value={amount} onValue={setAmount} error={errors.amount} />
      <TextInput label={t('refund.reason')} name="reason" value={reason} onValue={setReason} error={errors.reason} />
      <div class="row"><button type="submit" class="danger">{t('refund.submit')}</button></div>
    </form>
  )
}

/** On the member page: money for something other than a plan sale (a towel, a shake, a locker). */
export function RecordPaymentForm({ customerId }: { customerId: number }) {
  const [f, setF] = useState({ amount: '', discount: '', method: 'cash', notes: '' })
  const [errors, setErrors] = useState<Errors>({})
  const [error, setError] = useState<unknown>(null)
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v })
  const submit = async (e: Event) => {
    e.preventDefault()
    const amount = toMinor(f.amount)
    const discount = f.discount.trim() ? toMinor(f.discount) : 0
    const found: Errors = {
      amount: moneyError(f.amount),
      discount: f.discount.trim() ? moneyError(f.discount, true) ?? (discount > amount ? t('pay.discountTooBig') : undefined) : undefined,
      notes: required(f.notes),
    }
    setErrors(found)
    if (hasErrors(found)) return
    setError(null)
    try {
      const paid = await api('post', '/api/payments/record', {
        body: { customer_id: customerId, amount, ...(discount ? { discount } : {}), payment_method: f.method as Method, transaction_type: 'other', notes: f.notes.trim() },
      })
      location.hash = `#/payments/${paid.id}`
    } catch (err) {
      const fields = apiFieldErrors(err, ['amount', 'discount', 'notes', 'payment_method'])
      setErrors(fields)
      if (!hasErrors(fields)) setError(err)
    }
  }
  return (
    <form class="card form-grid" onSubmit={submit} noValidate aria-labelledby="take-title">
      <h2 id="take-title">{t('pay.take')}</h2>
      <Notice error={error} />
      <TextInput label={t('pay.what')} name="notes" value={f.notes} onValue={set('notes')} error={errors.notes} />
      <TextInput label={t('pay.amount')} name="amount" inputMode="decimal" value={f.amount} onValue={set('amount')} error={errors.amount} />
      <TextInput label={t('member.discount')} name="discount" inputMode="decimal" value={f.discount} onValue={set('discount')} error={errors.discount} />
      <Select label={t('member.method')} name="payment_method" value={f.method} onValue={set('method')} options={methodOptions()} />
      <div class="row"><button type="submit" class="primary">{t('pay.takeSubmit')}</button></div>
    </form>
  )
}

export const myBranch = () => me.value?.branch_id ?? null
