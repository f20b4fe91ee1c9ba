// Plans on sale: every role reads them; owners and branch managers create and (de)activate.
import { useState } from 'preact/hooks'
import { api } from '../api/client.ts'
import { formatMoney, t, toMinor } from '../i18n/i18n.ts'
import type { MessageKey } from '../i18n/en.ts'
import { canWritePlans } from '../session.ts'
import { apiFieldErrors, hasErrors, inRange, Notice, Page, required, Select, TextInput, useLoad, type Errors } from '../ui/ui.tsx'

type SubType = 'time_based' | 'coins' | 'sessions' | 'training'

export function PlansPage() {
  const list = useLoad(() => api('get', '/api/services', {}), [])
  const [creating, setCreating] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const writer = canWritePlans()
  const toggle = async (id: number, active: boolean) => {
    setError(null)
    try {
      await api('post', active ? '/api/services/{id}/deactivate' : '/api/services/{id}/activate', { path: { id } })
      list.reload()
    } catch (err) {
      setError(err)
    }
  }
  return (
    <Page title={t('plans.title')} actions={writer && !creating ? <button type="button" class="primary" onClick={() => setCreating(true)}>{t('plans.create')}</button> : null}>
      {creating && <PlanForm onDone={() => { setCreating(false); list.reload() }} />}
      <Notice error={list.error ?? error} />
      {list.data && (
        <table>
          <thead><tr><th scope="col">{t('plans.name')}</th><th scope="col">{t('plans.subType')}</th><th scope="col">{t('plans.price')}</th><th scope="col">{t('plans.duration')}</th><th scope="col">{t('plans.freezeMax')}</th><th scope="col">{t('members.status')}</th>{writer && <th scope="col">{t('common.actions')}</th>}</tr></thead>
          <tbody>
            {list.data.map((p) => (
              <tr>
                <td>{p.name}</td>
                <td>{t(`sub.${p.subscription_type}` as MessageKey)}{p.coins ? ` · ${p.coins}` : ''}{p.sessions ? ` · ${p.sessions}` : ''}</td>
                <td>{formatMoney(p.price)}</td>
                <td>{p.duration_days}</td>
                <td>{p.freeze_max_days}</td>
                <td>{p.is_active ? t('common.active') : t('common.inactive')}</td>
                {writer && <td><button type="button" onClick={() => void toggle(p.id, p.is_active)}>{p.is_active ? t('common.deactivate') : t('common.activate')}</button></td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  )
}

function PlanForm(props: { onDone: () => void }) {
  const [f, setF] = useState({ name: '', subscription_type: 'time_based', price: '', duration_days: '30', coins: '', sessions: '', freeze_max_days: '0', freeze_count_limit: '0' })
  const [errors, setErrors] = useState<Errors>({})
  const [error, setError] = useState<unknown>(null)
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v })
  const type = f.subscription_type as SubType

  const submit = async (e: Event) => {
    e.preventDefault()
    const price = toMinor(f.price)
    const found: Errors = {
      name: required(f.name),
      price: required(f.price) ?? (Number.isNaN(price) || price < 0 ? t('common.range', { min: 0, max: '…' }) : undefined),
      duration_days: required(f.duration_days) ?? inRange(f.duration_days, 1, 3650),
      coins: type === 'coins' ? required(f.coins) ?? inRange(f.coins, 1, 100000) : undefined,
      sessions: type === 'sessions' || type === 'training' ? required(f.sessions) ?? inRange(f.sessions, 1, 10000) : undefined,
      freeze_max_days: inRange(f.freeze_max_days, 0, 365),
      freeze_count_limit: inRange(f.freeze_count_limit, 0, 100),
    }
    setErrors(found)
    if (hasErrors(found)) return
    try {
      await api('post', '/api/services', {
        body: {
          name: f.name.trim(), service_type: type === 'training' ? 'personal_training' : 'gym', subscription_type: type, price,
          duration_days: Number(f.duration_days),
          coins: type === 'coins' ? Number(f.coins) : null,
          sessions: type === 'sessions' || type === 'training' ? Number(f.sessions) : null,
          freeze_max_days: Number(f.freeze_max_days || 0), freeze_count_limit: Number(f.freeze_count_limit || 0),
        },
      })
      props.onDone()
    } catch (err) {
      const fields = apiFieldErrors(err, Object.keys(f))
      setErrors(fields)
      if (!hasErrors(fields)) setError(err)
    }
  }
  return (
    <form class="card form-grid" onSubmit={submit} noValidate aria-labelledby="plan-title">
      <h2 id="plan-title">{t('plans.create')}</h2>
      <Notice error={error} />
      <TextInput label={t('plans.name')} name="name" value={f.name} onValue={set('name')} error={errors.name} />
      <Select label={t('plans.subType')} name="subscription_type" value={f.subscription_type} onValue={set('subscription_type')}
        options={(['time_based', 'coins', 'sessions', 'training'] as const).map((s): [string, string] => [s, t(`sub.${s}`)])} />
      <TextInput label={t('plans.price')} name="price" inputMode="decimal" value={f.price} onValue={set('price')} error={errors.price} />
      <TextInput label={t('plans.duration')} name="duration_days" inputMode="numeric" value={f.duration_days} onValue={set('duration_days')} error={errors.duration_days} />
      {type === 'coins' && <TextInput label={t('plans.coins')} name="coins" inputMode="numeric" value={f.coins} onValue={set('coins')} error={errors.coins} />}
      {(type === 'sessions' || type === 'training') && <TextInput label={t('plans.sessions')} name="sessions" inputMode="numeric" value={f.sessions} onValue={set('sessions')} error={errors.sessions} />}
      <TextInput label={t('plans.freezeMax')} name="freeze_max_days" inputMode="numeric" value={f.freeze_max_days} onValue={set('freeze_max_days')} error={errors.freeze_max_days} />
      <TextInput label={t('plans.freezeCount')} name="freeze_count_limit" inputMode="numeric" value={f.freeze_count_limit} onValue={set('freeze_count_limit')} error={errors.freeze_count_limit} />
      <div class="row">
        <button type="submit" class="primary">{t('common.save')}</button>
        <button type="button" onClick={props.onDone}>{t('common.cancel')}</button>
      </div>
    </form>
  )
}
