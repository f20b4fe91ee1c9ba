// A chart drawn by Chart.js on a canvas (no injected <style>, so the strict CSP holds), with its
// figures also listed in a table for screen readers and for anyone who wants the numbers.
import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js'
import { useEffect, useRef } from 'preact/hooks'
import { lang, t } from '../i18n/i18n.ts'

Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip)

const COLOURS = ['#1f6feb', '#2da44e', '#bf8700', '#cf222e', '#8250df', '#1b7c83', '#bc4c00', '#57606a']

export interface Series { label: string; values: number[] }

export function ChartView(props: {
  kind: 'line' | 'bar' | 'doughnut'; title: string; labels: string[]; series: Series[]; format: (v: number) => string; testId?: string
  /** Whole numbers only on the axis (counts rather than money). */
  integer?: boolean
}) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const rtl = lang.value === 'ar'
  useEffect(() => {
    if (!canvas.current) return
    const doughnut = props.kind === 'doughnut'
    const chart = new Chart(canvas.current, {
      type: props.kind,
      data: {
        labels: props.labels,
        datasets: props.series.map((s, i) => ({
          label: s.label, data: s.values,
          backgroundColor: doughnut ? COLOURS.slice(0, s.values.length) : COLOURS[i % COLOURS.length],
          borderColor: doughnut ? '#fff' : COLOURS[i % COLOURS.length],
        })),
      },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false, locale: rtl ? 'ar-EG-u-nu-latn' : 'en-GB',
        plugins: {
          legend: { display: doughnut || props.series.length > 1, rtl, position: 'bottom' },
          tooltip: { rtl, callbacks: { label: (c) => `${c.dataset.label ?? ''}: ${props.format(Number(c.raw))}` } },
        },
        ...(doughnut ? {} : { scales: { x: { reverse: rtl }, y: { position: rtl ? 'right' : 'left', beginAtZero: true, ticks: { ...(props.integer ? { precision: 0 } : {}), callback: (v: string | number) => props.format(Number(v)) } } } }),
      },
    })
    return () => chart.destroy()
  }, [props.kind, JSON.stringify(props.labels), JSON.stringify(props.series), rtl])
  return (
    <figure class="chart card" data-testid={props.testId}>
      <figcaption>{props.title}</figcaption>
      <div class="chart-box"><canvas ref={canvas} role="img" aria-label={props.title} /></div>
      <details>
        <summary>{t('chart.table')}</summary>
        <table>
          <thead><tr><th scope="col">{t('chart.item')}</th>{props.series.map((s) => <th scope="col">{s.label}</th>)}</tr></thead>
          <tbody>{props.labels.map((l, i) => <tr><th scope="row">{l}</th>{props.series.map((s) => <td>{props.format(s.values[i] ?? 0)}</td>)}</tr>)}</tbody>
        </table>
      </details>
    </figure>
  )
}
