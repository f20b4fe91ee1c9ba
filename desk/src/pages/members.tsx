// Members: search by name or phone, a paged list, and registration with the health figures.
import { useState } from 'preact/hooks'
import { api } from '../api/client.ts'
import { t } from '../i18n/i18n.ts'
import { canWriteMembers } from '../session.ts'
import { apiFieldErrors, hasErrors, inRange, Notice, Page, Pager, required, Select, TextInput, useLoad, type Errors } from '../ui/ui.tsx'

export function MembersPage() {
  const [search, setSearch] = useState('')
  const [applied, setApplied] = useState('')
  const [page, setPage] = useState(1)
  const [registering, setRegistering] = useState(false)
  const list = useLoad(() => api('get', '/api/customers', { query: { page, per_page: 20, search: applied || undefined, sort: 'name' } }), [page, applied])

  return (
    <Page title={t('members.title')} actions={canWriteMembers() && !registering
      ? <button type="button" class="primary" onClick={() => setRegistering(true)}>{t('members.register')}</button> : null}>
      {registering && <RegisterForm onDone={() => setRegistering(false)} />}
      <form class="row search" role="search" onSubmit={(e) => { e.preventDefault(); setPage(1); setApplied(search.trim()) }}>
        <TextInput label={t('members.searchLabel')} type="search" value={search} onValue={setSearch} />
        <button type="submit">{t('common.search')}</button>
      </form>
      <Notice error={list.error} />
      {list.data && (
        <>
          <table>
            <thead><tr><th scope="col">{t('members.name')}</th><th scope="col">{t('members.phone')}</th><th scope="col">{t('members.card')}</th><th scope="col">{t('members.branch')}</th><th scope="col">{t('members.status')}</th></tr></thead>
            <tbody>
              {list.data.items.map((c) => (
                <tr>
                  <td><a href={`#/members/${c.id}`}>{c.full_name}</a></td>
                  <td><bdi>{c.phone}</bdi></td>
                  <td><bdi>{c.qr_code}</bdi></td>
                  <td>{c.branch_name ?? ''}</td>
                  <td>{c.is_active ? t('common.active') : t('common.inactive')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {!list.data.items.length && <p>{t('common.none')}</p>}
          <Pager page={list.data.page} pages={list.data.pages} total={list.data.total} onPage={setPage} />
        </>
      )}
    </Page>
  )
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function RegisterForm(props: { onDone: () => void }) {
  const [f, setF] = useState({ full_name: '', phone: '', email: '', gender: '', date_of_birth: '', weight: '', height: '', health_notes: '' })
  const [errors, setErrors] = useState<Errors>({})
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v })

  const submit = async (e: Event) => {
    e.preventDefault()
    const found: Errors = {
      full_name: required(f.full_name),
      phone: required(f.phone),
      email: f.email && !EMAIL.test(f.email.trim()) ? t('common.invalidEmail') : undefined,
      weight: inRange(f.weight, 20, 400),
      height: inRange(f.height, 80, 260),
      date_of_birth: f.date_of_birth && !/^\d{4}-\d{2}-\d{2}$/.test(f.date_of_birth) ? t('common.invalidDate') : undefined,
    }
    setErrors(found)
    if (hasErrors(found)) return
    setBusy(true)
    setError(null)
    try {
      const created = await api('post', '/api/customers', {
        body: {
          full_name: f.full_name.trim(), phone: f.phone.trim(),
          ...(f.email.trim() ? { email: f.email.trim() } : {}),
          ...(f.gender ? { gender: f.gender as 'male' | 'female' } : {}),
          ...(f.date_of_birth ? { date_of_birth: f.date_of_birth } : {}),
          ...(f.weight ? { weight: Number(f.weight) } : {}),
          ...(f.height ? { height: Number(f.height) } : {}),
          ...(f.health_notes.trim() ? { health_notes: f.health_notes.trim() } : {}),
        },
      })
      location.hash = `#/members/${created.id}`
      props.onDone()
    } catch (err) {
      const fields = apiFieldErrors(err, Object.keys(f))
      setErrors(fields)
      if (!hasErrors(fields)) setError(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form class="card form-grid" onSubmit={submit} noValidate aria-labelledby="register-title">
      <h2 id="register-title">{t('register.title')}</h2>
      <Notice error={error} />
      <TextInput label={t('register.fullName')} name="full_name" value={f.full_name} onValue={set('full_name')} error={errors.full_name} />
      <TextInput label={t('register.phone')} name="phone" type="tel" value={f.phone} onValue={set('phone')} error={errors.phone} />
      <TextInput label={t('register.email')} name="email" type="email" value={f.email} onValue={set('email')} error={errors.email} />
      <Select label={t('register.gender')} name="gender" value={f.gender} onValue={set('gender')}
        options={[['', t('register.genderNone')], ['male', t('register.male')], ['female', t('register.female')]]} />
      <TextInput label={t('register.dob')} name="date_of_birth" type="date" value={f.date_of_birth} onValue={set('date_of_birth')} error={errors.date_of_birth} />
      <TextInput label={t('register.weight')} name="weight" inputMode="decimal" value={f.weight} onValue={set('weight')} error={errors.weight} />
      <TextInput label={t('register.height')} name="height" inputMode="decimal" value={f.height} onValue={set('height')} error={errors.height} />
      <TextInput label={t('register.notes')} name="health_notes" value={f.health_notes} onValue={set('health_notes')} error={errors.health_notes} />
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>{t('register.submit')}</button>
        <button type="button" onClick={props.onDone}>{t('common.cancel')}</button>
      </div>
    </form>
  )
}
