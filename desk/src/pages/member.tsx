// One member: details, health figures, and plans with their actions (sell, renew, freeze,
// unfreeze, stop) for the roles that may change them.
import { useState } from 'preact/hooks'
import { api, type Data } from '../api/client.ts'
import { formatDate, formatMoney, t, toMinor } from '../i18n/i18n.ts'
import { canTakePayments, canWriteMembers } from '../session.ts'
import { RecordPaymentForm } from './payments.tsx'
import { apiFieldErrors, hasErrors, inRange, Notice, Page, required, Select, TextInput, useLoad, type Errors } from '../ui/ui.tsx'

type Sub = Data<'/api/subscriptions', 'get'>['items'][number]
type Method = 'cash' | 'network' | 'transfer'
const methods = (): [string, string][] => [['cash', t('member.cash')], ['network', t('member.network')], ['transfer', t('member.transfer')]]

export function MemberPage({ id }: { id: number }) {
  const member = useLoad(() => api('get', '/api/customers/{id}', { path: { id } }), [id])
  const subs = useLoad(() => api('get', '/api/subscriptions', { query: { customer_id: id, per_page: 50, page: 1 } }), [id])
  const [ok, setOk] = useState<string | null>(null)
  const [receipt, setReceipt] = useState<number | null>(null)
  const done = (message: string, paymentId: number | null = null) => {
    setOk(message)
    setReceipt(paymentId)
    subs.reload()
  }
  const c = member.data
  return (
    <Page title={c?.full_name ?? t('member.title')}>
      <Notice error={member.error} />
      <Notice ok={ok} />
      {receipt && <p><a class="button" href={`#/payments/${receipt}`}>{t('member.printReceipt')}</a></p>}
      {c && (
        <div class="cols">
          <dl class="card facts">
            <dt>{t('members.phone')}</dt><dd><bdi>{c.phone}</bdi></dd>
            <dt>{t('members.card')}</dt><dd><bdi>{c.qr_code}</bdi></dd>
            {c.email && <><dt>{t('member.email')}</dt><dd><bdi>{c.email}</bdi></dd></>}
            <dt>{t('members.branch')}</dt><dd>{c.branch_name ?? ''}</dd>
            <dt>{t('members.status')}</dt><dd>{c.is_active ? t('common.active') : t('common.inactive')}</dd>
          </dl>
          <section class="card" aria-labelledby="health-title">
            <h2 id="health-title">{t('member.health')}</h2>
            <dl class="facts">
              <dt>{t('register.weight')}</dt><dd>{c.weight ?? '—'}</dd>
              <dt>{t('register.height')}</dt><dd>{c.height ?? '—'}</dd>
              <dt>{t('member.bmi')}</dt><dd>{c.bmi ?? '—'} {c.bmi_category ? `(${t(`bmi.${c.bmi_category}`)})` : ''}</dd>
              <dt>{t('member.bmr')}</dt><dd>{c.bmr ?? '—'}</dd>
              <dt>{t('member.ideal')}</dt><dd>{c.ideal_weight ?? '—'}</dd>
              <dt>{t('member.calories')}</dt><dd>{c.daily_calories ?? '—'}</dd>
            </dl>
          </section>
        </div>
      )}
      <section aria-labelledby="plans-title">
        <h2 id="plans-title">{t('member.plans')}</h2>
        <Notice error={subs.error} />
        {subs.data && !subs.data.items.length && <p>{t('member.noPlans')}</p>}
        {subs.data?.items.map((s) => <SubscriptionCard sub={s} onDone={done} />)}
      </section>
      {c && canWriteMembers() && <SellForm customerId={c.id} onDone={done} />}
      {c && canTakePayments() && <RecordPaymentForm customerId={c.id} />}
    </Page>
  )
}

function left(s: Sub): string {
  if (s.subscription_type === 'coins') return t('door.coinsLeft', { n: s.remaining_coins ?? 0, total: s.total_coins ?? 0 })
  if (s.subscription_type === 'sessions' || s.subscription_type === 'training') return t('door.sessionsLeft', { n: s.remaining_sessions ?? 0, total: s.total_sessions ?? 0 })
  return t('door.daysLeft', { n: s.remaining_days, date: formatDate(s.end_date) })
}

function SubscriptionCard({ sub, onDone }: { sub: Sub; onDone: (m: string, paymentId?: number | null) => void }) {
  const [open, setOpen] = useState<'renew' | 'freeze' | 'stop' | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [errors, setErrors] = useState<Errors>({})
  const [method, setMethod] = useState('cash')
  const [days, setDays] = useState('7')
  const [reason, setReason] = useState('')
  const writer = canWriteMembers()

  const run = async (action: () => Promise<string | [string, number | null]>) => {
    setError(null)
    try {
      const answer = await action()
      if (typeof answer === 'string') onDone(answer)
      else onDone(...answer)
      setOpen(null)
    } catch (err) {
      const fields = apiFieldErrors(err, ['days', 'reason', 'payment_method'])
      setErrors(fields)
      if (!hasErrors(fields)) setError(err)
    }
  }
  const path = { id: sub.id }
  const submit = (e: Event) => {
    e.preventDefault()
    if (open === 'renew') {
      void run(async () => {
        const renewed = await api('post', '/api/subscriptions/{id}/renew', { path, body: { payment_method: method as Method } })
        return [t('member.renewed', { reference: renewed.payment?.reference ?? '' }), renewed.payment?.id ?? null]
      })
    } else if (open === 'freeze') {
      const found = { days: required(days) ?? inRange(days, 1, 365), reason: required(reason) }
      setErrors(found)
      if (hasErrors(found)) return
      void run(async () => {
        await api('post', '/api/subscriptions/{id}/freeze', { path, body: { days: Number(days), reason: reason.trim() } })
        return t('member.frozen')
      })
    } else if (open === 'stop') {
      const found = { reason: required(reason) }
      setErrors(found)
      if (hasErrors(found)) return
      void run(async () => {
        await api('post', '/api/subscriptions/{id}/stop', { path, body: { reason: reason.trim() } })
        return t('member.stopped')
      })
    }
  }

  return (
    <article class={`card sub sub-${sub.status}`} data-testid="subscription" data-status={sub.status}>
      <header class="row">
        <h3>{sub.service_name}</h3>
        <span class={`badge badge-${sub.status}`}>{t(`status.${sub.status}`)}</span>
      </header>
      <p>{t('member.period', { start: formatDate(sub.start_date), end: formatDate(sub.end_date) })} · {left(sub)} · {formatMoney(sub.amount - sub.discount)}</p>
      {sub.status !== 'stopped' && <p class="hint">{t('member.freezeLeft', { n: sub.freeze_days_remaining })}</p>}
      <Notice error={error} />
      {writer && !open && (
        <div class="row">
          {sub.status !== 'stopped' && <button type="button" onClick={() => setOpen('renew')}>{t('member.renew')}</button>}
          {sub.status === 'active' && <button type="button" onClick={() => setOpen('freeze')}>{t('member.freeze')}</button>}
          {sub.status === 'frozen' && (
            <button type="button" onClick={() => void run(async () => {
              await api('post', '/api/subscriptions/{id}/unfreeze', { path, body: {} })
              return t('member.unfrozen')
            })}>{t('member.unfreeze')}</button>
          )}
          {(sub.status === 'active' || sub.status === 'frozen') && <button type="button" class="danger" onClick={() => setOpen('stop')}>{t('member.stop')}</button>}
        </div>
      )}
      {open && (
        <form class="form-grid" onSubmit={submit} noValidate>
          {open === 'renew' && <Select label={t('member.method')} value={method} onValue={setMethod} options={methods()} error={errors.payment_method} />}
          {open === 'freeze' && <TextInput label={t('member.freezeDays')} name="days" inputMode="numeric" value={days} onValue={setDays} error={errors.days} />}
          {(open === 'freeze' || open === 'stop') && (
            <TextInput label={open === 'stop' ? t('member.stopReason') : t('member.freezeReason')} name="reason" value={reason} onValue={setReason} error={errors.reason} />
          )}
          <div class="row">
            <button type="submit" class="primary">{open === 'renew' ? t('member.renew') : open === 'freeze' ? t('member.freeze') : t('member.stop')}</button>
            <button type="button" onClick={() => setOpen(null)}>{t('common.cancel')}</button>
          </div>
        </form>
      )}
    </article>
  )
}

function SellForm({ customerId, onDone }: { customerId: number; onDone: (m: string, paymentId?: number | null) => void }) {
  const plans = useLoad(() => api('get', '/api/services', { query: { is_active: true } }), [])
  const [plan, setPlan] = useState('')
  const [method, setMethod] = useState('cash')
  const [discount, setDiscount] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [error, setError] = useState<unknown>(null)

  const submit = async (e: Event) => {
    e.preventDefault()
    const minor = discount.trim() ? toMinor(discount) : 0
    const found = { service_id: plan ? undefined : t('common.required'), discount: Number.isNaN(minor) || minor < 0 ? t('common.range', { min: 0, max: '…' }) : undefined }
    setErrors(found)
    if (hasErrors(found)) return
    setError(null)
    try {
      const sold = await api('post', '/api/subscriptions/activate', {
        body: { customer_id: customerId, service_id: Number(plan), payment_method: method as Method, ...(minor ? { discount: minor } : {}) },
      })
      setPlan('')
      setDiscount('')
      onDone(t('member.sold', { reference: sold.payment?.reference ?? '' }), sold.payment?.id ?? null)
    } catch (err) {
      const fields = apiFieldErrors(err, ['service_id', 'discount', 'payment_method'])
      setErrors(fields)
      if (!hasErrors(fields)) setError(err)
    }
  }
  const items = plans.data ?? []
  return (
    <form class="card form-grid" onSubmit={submit} noValidate aria-labelledby="sell-title">
      <h2 id="sell-title">{t('member.sell')}</h2>
      <Notice error={error ?? plans.error} />
      <Select label={t('member.plan')} name="service_id" value={plan} onValue={setPlan} error={errors.service_id}
        options={[['', t('member.choosePlan')], ...items.map((p): [string, string] => [String(p.id), `${p.name} · ${formatMoney(p.price)}`])]} />
      <Select label={t('member.method')} name="payment_method" value={method} onValue={setMethod} options={methods()} error={errors.payment_method} />
      <TextInput label={t('member.discount')} name="discount" inputMode="decimal" value={discount} onValue={setDiscount} error={errors.discount} />
      <div class="row"><button type="submit" class="primary">{t('member.sellSubmit')}</button></div>
    </form>
  )
}
