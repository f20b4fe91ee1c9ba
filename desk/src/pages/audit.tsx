// The audit trail (owner): who changed what, newest first, filtered by record type and days.
import { useState } from 'preact/hooks'
import { api } from '../api/client.ts'
import { formatDateTime, t } from '../i18n/i18n.ts'
import { Notice, Page, Pager, TextInput, useLoad } from '../ui/ui.tsx'

export function AuditPage() {
  const [page, setPage] = useState(1)
  const [form, setForm] = useState({ entity_type: '', from: '', to: '' })
  const [filter, setFilter] = useState(form)
  const list = useLoad(() => api('get', '/api/audit', {
    query: { page, per_page: 25, entity_type: filter.entity_type || undefined, from: filter.from || undefined, to: filter.to || undefined },
  }), [page, filter])
  const set = (k: keyof typeof form) => (v: string) => setForm({ ...form, [k]: v })
  return (
    <Page title={t('audit.title')}>
      <form class="row search" onSubmit={(e) => { e.preventDefault(); setPage(1); setFilter(form) }}>
        <TextInput label={t('audit.entityType')} value={form.entity_type} onValue={set('entity_type')} />
        <TextInput label={t('audit.from')} type="date" value={form.from} onValue={set('from')} />
        <TextInput label={t('audit.to')} type="date" value={form.to} onValue={set('to')} />
        <button type="submit">{t('audit.filter')}</button>
      </form>
      <Notice error={list.error} />
      {list.data && (
        <>
          <table>
            <thead><tr><th scope="col">{t('audit.when')}</th><th scope="col">{t('audit.who')}</th><th scope="col">{t('audit.action')}</th><th scope="col">{t('audit.entity')}</th><th scope="col">{t('audit.changes')}</th></tr></thead>
            <tbody>
              {list.data.items.map((a) => (
                <tr>
                  <td>{formatDateTime(a.created_at)}</td>
                  <td>{a.actor_id ?? ''} {a.actor_role ? `· ${a.actor_role}` : ''}</td>
                  <td><bdi>{a.action}</bdi></td>
                  <td><bdi>{a.entity_type} #{a.entity_id ?? ''}</bdi></td>
                  <td class="changes"><bdi>{Object.keys(a.changes).join(', ')}</bdi></td>
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
