import { useState } from 'preact/hooks'
import { LangSwitch } from '../app.tsx'
import { t } from '../i18n/i18n.ts'
import { signIn, signOutReason } from '../session.ts'
import { Notice, TextInput, hasErrors, required, type Errors } from '../ui/ui.tsx'

export function SignInPage() {
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  document.title = `${t('signIn.title')} · ${t('app.name')}`

  const submit = async (e: Event) => {
    e.preventDefault()
    const found = { username: required(username), password: required(password) }
    setErrors(found)
    if (hasErrors(found)) return
    setBusy(true)
    setError(null)
    try {
      await signIn(username, password)
      signOutReason.value = null
      if (!location.hash || location.hash === '#/') location.hash = '#/'
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <main class="sign-in" id="main">
      <LangSwitch />
      <form onSubmit={submit} noValidate aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">{t('signIn.title')}</h1>
        {signOutReason.value && !error && <p class="notice" role="status">{t(signOutReason.value)}</p>}
        <Notice error={error} />
        <TextInput label={t('signIn.username')} name="username" autoComplete="username" value={username} onValue={setUsername} error={errors.username} />
        <TextInput label={t('signIn.password')} name="password" type="password" autoComplete="current-password" value={password} onValue={setPassword} error={errors.password} />
        <button type="submit" class="primary" disabled={busy}>{busy ? t('signIn.busy') : t('signIn.submit')}</button>
      </form>
    </main>
  )
}
