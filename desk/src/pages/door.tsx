// The door screen, made for a busy desk: the scan field always has the focus (a USB scanner types
// the pass and Enter), Escape clears, the camera reads QR passes (BarcodeDetector where the
// browser has it, jsQR otherwise), and a member can be found and checked in by hand. The answer
// fills the screen: green with the plan and what is left, red with the reason and what to offer.
import { useEffect, useRef, useState } from 'preact/hooks'
import { api, ApiError, type Data } from '../api/client.ts'
import { formatDate, t } from '../i18n/i18n.ts'
import type { MessageKey } from '../i18n/en.ts'
import { startScanner, type Scanner } from '../ui/camera.ts'
import { errorText, Page } from '../ui/ui.tsx'

type Answer = Data<'/api/entries/check-in', 'post'>
type Outcome = { kind: 'answer'; answer: Answer } | { kind: 'trouble'; error: unknown } | { kind: 'checking' } | null

const OFFER: Partial<Record<Answer['reason'], MessageKey>> = {
  NO_ACTIVE_SUBSCRIPTION: 'door.offer.sell',
  SUBSCRIPTION_EXPIRED: 'door.offer.renew',
  NO_COINS_LEFT: 'door.offer.topUp',
  NO_SESSIONS_LEFT: 'door.offer.topUp',
  SUBSCRIPTION_FROZEN: 'door.offer.unfreeze',
  QR_EXPIRED: 'door.offer.rescan',
  QR_INVALID: 'door.offer.rescan',
  ALREADY_CHECKED_IN: 'door.offer.rescan',
  ACCOUNT_INACTIVE: 'door.offer.reception',
  OUTSIDE_ENTRY_HOURS: 'door.offer.wait',
}

/** A card number (short: GYM-000123, GYM-E12JCGGKCF) is sent as qr_code; a signed pass is long. */
function scanBody(raw: string) {
  const value = raw.trim()
  return value.length <= 32 && !value.includes('.') ? { qr_code: value } : { qr_token: value }
}

export function DoorPage() {
  const [value, setValue] = useState('')
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [camera, setCamera] = useState<'off' | 'on' | 'denied'>('off')
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<Data<'/api/customers/search', 'get'>>([])
  const input = useRef<HTMLInputElement>(null)
  const video = useRef<HTMLVideoElement>(null)
  const scanner = useRef<Scanner | null>(null)
  const lastCode = useRef<{ code: string; at: number } | null>(null)

  const refocus = () => input.current?.focus()
  useEffect(() => {
    refocus()
    return () => scanner.current?.stop()
  }, [])

  const checkIn = async (body: Record<string, unknown>, headers?: Record<string, string>) => {
    setOutcome({ kind: 'checking' })
    try {
      const answer = await api('post', '/api/entries/check-in', { body: body as never, headers, timeout: 5000 })
      setOutcome({ kind: 'answer', answer })
    } catch (error) {
      setOutcome({ kind: 'trouble', error })
    }
    setValue('')
    refocus()
  }

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      setValue('')
      setOutcome(null)
      setFound([])
      setQuery('')
    } else if (e.key === 'Enter') {
      e.preventDefault()
      if (value.trim()) void checkIn(scanBody(value))
    }
  }

  const toggleCamera = async () => {
    if (scanner.current) {
      scanner.current.stop()
      scanner.current = null
      setCamera('off')
      refocus()
      return
    }
    try {
      setCamera('on')
      scanner.current = await startScanner(video.current!, (code) => {
        // The same pass held in front of the camera is read many times a second: send it once.
        const now = Date.now()
        if (lastCode.current && lastCode.current.code === code && now - lastCode.current.at < 8000) return
        lastCode.current = { code, at: now }
        void checkIn(scanBody(code))
      })
    } catch {
      scanner.current = null
      setCamera('denied')
    }
    refocus()
  }

  const search = async (e: Event) => {
    e.preventDefault()
    if (!query.trim()) return
    try {
      setFound(await api('get', '/api/customers/search', { query: { q: query.trim() } }))
    } catch (error) {
      setOutcome({ kind: 'trouble', error })
    }
  }

  return (
    <Page title={t('door.title')}>
      <div class="door">
        <div class="door-input">
          <label for="scan">{t('door.scanLabel')}</label>
          <input id="scan" ref={input} class="scan" autoComplete="off" spellcheck={false} value={value}
            aria-describedby="scan-hint" onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)} onKeyDown={onKey} />
          <p id="scan-hint" class="hint">{t('door.scanHint')}</p>
          <button type="button" onClick={() => void toggleCamera()}>{camera === 'on' ? t('door.cameraStop') : t('door.camera')}</button>
          <video ref={video} class={camera === 'on' ? 'camera' : 'camera hidden'} muted playsInline aria-label={t('door.cameraOn')} />
          {camera === 'on' && <p class="hint">{t('door.cameraOn')}</p>}
          {camera === 'denied' && <p class="notice notice-error" role="alert">{t('door.cameraDenied')}</p>}
        </div>
        <Result outcome={outcome} />
        <form class="door-manual" onSubmit={search} aria-labelledby="manual-title">
          <h2 id="manual-title">{t('door.manualTitle')}</h2>
          <label for="manual-q">{t('door.manualLabel')}</label>
          <div class="row">
            <input id="manual-q" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
            <button type="submit">{t('common.search')}</button>
          </div>
          <ul class="found">
            {found.map((c) => (
              <li>
                <span>{c.full_name} · <bdi>{c.phone}</bdi> · {c.qr_code}</span>
                <button type="button" onClick={() => void checkIn({ customer_id: c.id }, { 'idempotency-key': crypto.randomUUID() })}>{t('door.checkIn')}</button>
              </li>
            ))}
          </ul>
        </form>
      </div>
    </Page>
  )
}

function Result({ outcome }: { outcome: Outcome }) {
  if (!outcome) return <div class="result result-idle" aria-live="polite" />
  if (outcome.kind === 'checking') return <div class="result result-idle" aria-live="polite"><p>{t('door.checking')}</p></div>
  if (outcome.kind === 'trouble') {
    return (
      <div class="result result-trouble" role="alert" data-testid="door-result">
        <p class="big">{errorText(outcome.error)}</p>
        {outcome.error instanceof ApiError && outcome.error.status === 0 ? null : <p>{outcome.error instanceof ApiError ? outcome.error.code : ''}</p>}
      </div>
    )
  }
  const { answer } = outcome
  const sub = answer.subscription
  const name = answer.customer?.full_name ?? ''
  if (answer.allowed) {
    return (
      <div class="result result-ok" role="status" aria-live="assertive" data-testid="door-result" data-allowed="true">
        <p class="big">{t('door.welcome', { name })}</p>
        {sub && <p>{t('door.plan', { plan: sub.service_name })}</p>}
        {sub && <p class="left">{leftText(sub)}</p>}
        {answer.replayed && <p>{t('door.replayed')}</p>}
      </div>
    )
  }
  const offer = OFFER[answer.reason]
  return (
    <div class="result result-denied" role="alert" data-testid="door-result" data-allowed="false" data-reason={answer.reason}>
      <p class="big">{t('door.denied')}{name ? ` — ${name}` : ''}</p>
      <p class="reason">{t(`reason.${answer.reason}` as MessageKey)}</p>
      {sub && <p>{t('door.plan', { plan: sub.service_name })}</p>}
      {offer && <p class="offer">{t(offer)}</p>}
      {answer.customer && <a class="button" href={`#/members/${answer.customer.id}`}>{t('door.openMember')}</a>}
    </div>
  )
}

function leftText(sub: NonNullable<Answer['subscription']>): string {
  if (sub.subscription_type === 'coins' && sub.remaining_coins !== undefined) return t('door.coinsLeft', { n: sub.remaining_coins, total: sub.total_coins ?? '' })
  if (sub.remaining_sessions !== undefined) return t('door.sessionsLeft', { n: sub.remaining_sessions, total: sub.total_sessions ?? '' })
  return t('door.daysLeft', { n: sub.remaining_days, date: formatDate(sub.end_date) })
}
