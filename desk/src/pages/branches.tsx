// Branches (owner): list, create, deactivate/activate.
import { useState } from 'preact/hooks'
import { api } from '../api/client.ts'
import { t } from '../i18n/i18n.ts'
import { apiFieldErrors, hasErrors, Notice, Page, required, TextInput, useLoad, type Errors } from '../ui/ui.tsx'

export function BranchesPage() {
  const list = useLoad(() => api('get', '/api/branches', { query: { page: 1, per_page: 100 } }), [])
  const [f, setF] = useState({ name: '', address: '', phone: '' })
  const [errors, setErrors] = useState<Errors>({})
  const [error, setError] = useState<unknown>(null)
  const [ok, setOk] = useState<string | null>(null)
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v })

  const create = async (e: Event) => {
    e.preventDefault()
    const found = { name: required(f.name) }
    setErrors(found)
    if (hasErrors(found)) return
    setError(null)
    try {
      await api('post', '/api/branches', { body: { name: f.name.trim(), ...(f.address.trim() ? { address: f.address.trim() } : {}), ...(f.phone.trim() ? { phone: f.phone.trim() } : {}) } })
      setF({ name: '', address: '', phone: '' })
      setOk(t('branches.created'))
      list.reload()
    } catch (err) {
      const fields = apiFieldErrors(err, Object.keys(f))
      setErrors(fields)
      if (!hasErrors(fields)) setError(err)
    }
  }
  const toggle = async (id: number, active: boolean) => {
    setError(null)
    try {
      await api('post', active ? '/api/branches/{id}/deactivate' : '/api/branches/{id}/activate', { path: { id } })
      list.reload()
    } catch (err) {
      setError(err)
    }
  }
  return (
    <Page title={t('branches.title')}>
      <Notice error={list.error ?? error} ok={ok} />
      {list.data && (
        <table>
          <thead><tr><th scope="col">{t('branches.name')}</th><th scope="col">{t('branches.address')}</th><th scope="col">{t('branches.phone')}</th><th scope="col">{t('members.status')}</th><th scope="col">{t('common.actions')}</th></tr></thead>
          <tbody>
            {list.data.items.map((b) => (
              <tr>
                <td>{b.name}</td><td>{b.address ?? ''}</td><td><bdi>{b.phone ?? ''}</bdi></td>
                <td>{b.is_active ? t('common.active') : t('common.inactive')}</td>
                <td><button type="button" onClick={() => void toggle(b.id, b.is_active)}>{b.is_active ? t('common.deactivate') : t('common.activate')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="card form-grid" onSubmit={create} noValidate aria-labelledby="branch-title">
        <h2 id="branch-title">{t('branches.create')}</h2>
        <TextInput label={t('branches.name')} name="name" value={f.name} onValue={set('name')} error={errors.name} />
        <TextInput label={t('branches.address')} name="address" value={f.address} onValue={set('address')} error={errors.address} />
        <TextInput label={t('branches.phone')} name="phone" value={f.phone} onValue={set('phone')} error={errors.phone} />
        <div class="row"><button type="submit" class="primary">{t('common.save')}</button></div>
      </form>
    </Page>
  )
}
