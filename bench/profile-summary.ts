// Summarises a .cpuprofile (node --cpu-prof, e.g. from `npm run bench -- --profile`): self time by
// function and by package/file, and the idle share. Usage: node bench/profile-summary.ts <file> [top]
import { readFileSync } from 'node:fs'

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
const [file, top = '25'] = process.argv.slice(2)
const profile = JSON.parse(readFileSync(file!, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] }
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const self = new Map<number, number>()
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
const total = [...self.values()].reduce((a, b) => a + b, 0)
const where = (url: string) => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (m) return m[1]!
  if (url.includes('/src/')) return url.slice(url.indexOf('/src/') + 1)
  return url.startsWith('node:') ? url : url || '(native)'
}
const fn = new Map<string, number>()
const pkg = new Map<string, number>()
for (const [id, us] of self) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame
  const key = `${functionName || '(anonymous)'} ${where(url)}:${lineNumber + 1}`
  fn.set(key, (fn.get(key) ?? 0) + us)
  pkg.set(where(url), (pkg.get(where(url)) ?? 0) + us)
}
const show = (title: string, m: Map<string, number>) => {
  console.log(`\n${title}`)
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(`${((us / total) * 100).toFixed(1).padStart(5)}%  ${k}`)
}
show('self time by function', fn)
show('self time by package / file', pkg)
