// Shared pieces: a labelled field that shows its own error, an error notice in plain words, a pager.
import type { ComponentChildren } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { ApiError } from '../api/client.ts'
import { t } from '../i18n/i18n.ts'
import type { MessageKey } from '../i18n/en.ts'

let fieldSeq = 0
export function Field(props: { label: string; error?: string | undefined; children: (id: string, describedBy: string | undefined) => ComponentChildren }) {
  const [id] = useState(() => `f${++fieldSeq}`)
  const errId = props.error ? `${id}-err` : undefined
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.children(id, errId)}
      {props.error && <p class="field-error" id={errId}>{props.error}</p>}
    </div>
  )
}

interface InputProps {
  label: string; error?: string | undefined; value: string; onValue: (v: string) => void
  name?: string; type?: 'text' | 'search' | 'tel' | 'email' | 'date' | 'password'; autoComplete?: string; inputMode?: 'numeric' | 'decimal'
}
export function TextInput({ label, error, value, onValue, type = 'text', ...rest }: InputProps) {
  return (
    <Field label={label} error={error}>
      {(id, describedBy) => (
        <input id={id} {...(rest as object)} type={type as 'text'} value={value} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy}
          onInput={(e) => onValue((e.currentTarget as HTMLInputElement).value)} />
      )}
    </Field>
  )
}

export function Select(props: { label: string; value: string; onValue: (v: string) => void; options: [string, string][]; error?: string | undefined; name?: string }) {
  return (
    <Field label={props.label} error={props.error}>
      {(id, describedBy) => (
        <select id={id} name={props.name} value={props.value} aria-describedby={describedBy} onChange={(e) => props.onValue((e.currentTarget as HTMLSelectElement).value)}>
          {props.options.map(([v, l]) => <option value={v}>{l}</option>)}
        </select>
      )}
    </Field>
  )
}

/** The words for an error: network and server trouble in plain language, otherwise the API's message. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    const known = `error.${error.code}` as MessageKey
    if (['NETWORK', 'TIMEOUT', 'SERVER_DOWN', 'FORBIDDEN', 'DAY_CLOSED'].includes(error.code)) return t(known)
    return error.message
  }
  return t('error.generic', { message: String(error) })
}

export function Notice(props: { error?: unknown; ok?: string | null | undefined }) {
  if (props.error) return <p class="notice notice-error" role="alert">{errorText(props.error)}</p>
  if (props.ok) return <p class="notice notice-ok" role="status">{props.ok}</p>
  return null
}

export function Pager(props: { page: number; pages: number; total: number; onPage: (p: number) => void }) {
  return (
    <nav class="pager" aria-label={t('common.page', { page: props.page, pages: Math.max(1, props.pages), total: props.total })}>
      <button type="button" disabled={props.page <= 1} onClick={() => props.onPage(props.page - 1)}>{t('common.prev')}</button>
      <span>{t('common.page', { page: props.page, pages: Math.max(1, props.pages), total: props.total })}</span>
      <button type="button" disabled={props.page >= props.pages} onClick={() => props.onPage(props.page + 1)}>{t('common.next')}</button>
    </nav>
  )
}

/** Loads data when its inputs change; `reload` fetches again after a write. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): { data: T | undefined; error: unknown; loading: boolean; reload: () => void } {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({ data: undefined, error: null, loading: true })
  const [tick, setTick] = useState(0)
  useEffect(() => {
    let live = true
    setState((s) => ({ ...s, loading: true }))
    load().then((data) => live && setState({ data, error: null, loading: false }), (error: unknown) => live && setState({ data: undefined, error, loading: false }))
    return () => {
      live = false
    }
  }, [...deps, tick])
  return { ...state, reload: () => setTick((n) => n + 1) }
}

export function Page(props: { title: string; children: ComponentChildren; actions?: ComponentChildren }) {
  useEffect(() => {
    document.title = `${props.title} · ${t('app.name')}`
  }, [props.title])
  return (
    <section class="page" aria-labelledby="page-title">
      <header class="page-head">
        <h1 id="page-title">{props.title}</h1>
        {props.actions}
      </header>
      {props.children}
    </section>
  )
}

/** Field-by-field checks before sending; returns the errors, empty when the form may be sent. */
export type Errors = Record<string, string | undefined>
export const hasErrors = (e: Errors) => Object.values(e).some(Boolean)
export function required(v: string): string | undefined {
  return v.trim() ? undefined : t('common.required')
}
export function inRange(v: string, min: number, max: number): string | undefined {
  if (!v.trim()) return undefined
  const n = Number(v)
  return Number.isFinite(n) && n >= min && n <= max ? undefined : t('common.range', { min, max })
}
/** Merges the API's field errors (schema failures, duplicates) into the form's errors. */
export function apiFieldErrors(error: unknown, fields: string[]): Errors {
  const out: Errors = {}
  if (error instanceof ApiError) for (const f of fields) out[f] = error.field(f)
  return out
}
