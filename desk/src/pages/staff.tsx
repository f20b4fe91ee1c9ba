// Staff accounts (owner, branch manager): create, deactivate/activate, reset a password.
import { useState } from 'preact/hooks'
import { api } from '../api/client.ts'
import { t } from '../i18n/i18n.ts'
import { me, type Role } from '../session.ts'
import { apiFieldErrors, hasErrors, Notice, Page, Pager, required, Select, TextInput, useLoad, type Errors } from '../ui/ui.tsx'

const RANKS: Role[] = ['owner', 'central_accountant', 'branch_manager', 'accountant', 'trainer', 'front_desk']

export function StaffPage() {
  const [page, setPage] = useState(1)
  const list = useLoad(() => api('get', '/api/users', { query: { page, per_page: 20 } }), [page])
  const [creating, setCreating] = useState(false)
  const [resetting, setResetting] = useState<{ id: number; name: string } | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [ok, setOk] = useState<string | null>(null)
  const toggle = async (id: number, active: boolean) => {
    setError(null)
    try {
      await api('post', active ? '/api/users/{id}/deactivate' : '/api/users/{id}/activate', { path: { id } })
      list.reload()
    } catch (err) {
      setError(err)
    }
  }
  return (
    <Page title={t('staff.title')} actions={!creating ? <button type="button" class="primary" onClick={() => setCreating(true)}>{t('staff.create')}</button> : null}>
      {creating && <UserForm onDone={(created) => { setCreating(false); if (created) { setOk(t('staff.created')); list.reload() } }} />}
      {resetting && <ResetForm user={resetting} onDone={(changed) => { setResetting(null); if (changed) setOk(t('staff.passwordReset')) }} />}
      <Notice error={list.error ?? error} ok={ok} />
      {list.data && (
        <>
          <table>
            <thead><tr><th scope="col">{t('staff.username')}</th><th scope="col">{t('staff.fullName')}</th><th scope="col">{t('staff.role')}</th><th scope="col">{t('members.status')}</th><th scope="col">{t('common.actions')}</th></tr></thead>
            <tbody>
              {list.data.items.map((u) => (
                <tr>
                  <td><bdi>{u.username}</bdi></td>
                  <td>{u.full_name}</td>
                  <td>{t(`role.${u.role}`)}</td>
                  <td>{u.is_active ? t('common.active') : t('common.inactive')}</td>
                  <td class="row">
                    {u.id !== me.value?.id && <button type="button" onClick={() => void toggle(u.id, u.is_active)}>{u.is_active ? t('common.deactivate') : t('common.activate')}</button>}
                    {u.id !== me.value?.id && <button type="button" onClick={() => setResetting({ id: u.id, name: u.full_name })}>{t('staff.resetPassword')}</button>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={list.data.page} pages={list.data.pages} total={list.data.total} onPage={setPage} />
        </>
      )}
    </Page>
  )
}

function UserForm(props: { onDone: (created: boolean) => void }) {
  const mine = me.value!
  // An account manages only roles ranked below its own; a branch manager's staff join their branch.
  const roles = RANKS.slice(RANKS.indexOf(mine.role) + 1).filter((r) => mine.role === 'owner' || r !== 'central_accountant')
  const branches = useLoad(() => (mine.role === 'owner' ? api('get', '/api/branches', { query: { page: 1, per_page: 100 } }) : Promise.resolve(null)), [])
  const [f, setF] = useState({ username: '', full_name: '', password: '', role: roles[roles.length - 1] ?? 'front_desk', branch_id: '' })
  const [errors, setErrors] = useState<Errors>({})
  const [error, setError] = useState<unknown>(null)
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v })
  const needsBranch = mine.role === 'owner' && f.role !== 'central_accountant' && f.role !== 'owner'

  const submit = async (e: Event) => {
    e.preventDefault()
    const found: Errors = {
      username: required(f.username) ?? (/^[A-Za-z0-9._-]{3,64}$/.test(f.username) ? undefined : t('common.tooShort', { n: 3 })),
      full_name: required(f.full_name),
      password: f.password.length >= 8 ? undefined : t('common.tooShort', { n: 8 }),
      branch_id: needsBranch && !f.branch_id ? t('common.required') : undefined,
    }
    setErrors(found)
    if (hasErrors(found)) return
    try {
      await api('post', '/api/users', {
        body: { username: f.username, full_name: f.full_name.trim(), password: f.password, role: f.role as Role, ...(needsBranch ? { branch_id: Number(f.branch_id) } : {}) },
      })
      props.onDone(true)
    } catch (err) {
      const fields = apiFieldErrors(err, Object.keys(f))
      setErrors(fields)
      if (!hasErrors(fields)) setError(err)
    }
  }
  const branchItems = branches.data ? ('items' in branches.data ? branches.data.items : []) : []
  return (
    <form class="card form-grid" onSubmit={submit} noValidate aria-labelledby="user-title">
      <h2 id="user-title">{t('staff.create')}</h2>
      <Notice error={error} />
      <TextInput label={t('staff.username')} name="username" autoComplete="off" value={f.username} onValue={set('username')} error={errors.username} />
      <TextInput label={t('staff.fullName')} name="full_name" value={f.full_name} onValue={set('full_name')} error={errors.full_name} />
      <TextInput label={t('staff.password')} name="password" type="password" autoComplete="new-password" value={f.password} onValue={set('password')} error={errors.password} />
      <Select label={t('staff.role')} name="role" value={f.role} onValue={set('role')} options={roles.map((r): [string, string] => [r, t(`role.${r}`)])} />
      {needsBranch && (
        <Select label={t('staff.branch')} name="branch_id" value={f.branch_id} onValue={set('branch_id')} error={errors.branch_id}
          options={[['', '—'], ...branchItems.map((b): [string, string] => [String(b.id), b.name])]} />
      )}
      <div class="row">
        <button type="submit" class="primary">{t('common.save')}</button>
        <button type="button" onClick={() => props.onDone(false)}>{t('common.cancel')}</button>
      </div>
    </form>
  )
}

function ResetForm(props: { user: { id: number; name: string }; onDone: (changed: boolean) => void }) {
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [error, setError] = useState<unknown>(null)
  const submit = async (e: Event) => {
    e.preventDefault()
    const found = { new_password: password.length >= 8 ? undefined : t('common.tooShort', { n: 8 }) }
    setErrors(found)
    if (hasErrors(found)) return
    try {
      await api('post', '/api/users/{id}/reset-password', { path: { id: props.user.id }, body: { new_password: password } })
      props.onDone(true)
    } catch (err) {
      const fields = apiFieldErrors(err, ['new_password'])
      setErrors(fields)
      if (!hasErrors(fields)) setError(err)
    }
  }
  return (
    <form class="card form-grid" onSubmit={submit} noValidate>
      <Notice error={error} />
      <TextInput label={t('staff.newPassword', { name: props.user.name })} name="new_password" type="password" autoComplete="new-password" value={password} onValue={setPassword} error={errors.new_password} />
      <div class="row">
        <button type="submit" class="primary">{t('staff.resetPassword')}</button>
        <button type="button" onClick={() => props.onDone(false)}>{t('common.cancel')}</button>
      </div>
    </form>
  )
}
