// `npm run dev`: the API (restarted when src/ changes) and the desk's Vite server with live reload
// (http://localhost:5173/desk/, passing /api on to the API). The API also serves the last build of
// the desk at http://localhost:5000/desk/. Ctrl-C stops both.
import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const children: ChildProcess[] = [
  spawn(process.execPath, ['--watch-path=src', 'scripts/dev-server.ts'], { cwd: root, stdio: 'inherit' }),
  spawn(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), '--config', 'desk/vite.config.ts'], { cwd: root, stdio: 'inherit' }),
]
let stopping = false
const stop = (code: number) => {
  if (stopping) return
  stopping = true
  for (const child of children) child.kill('SIGTERM')
  setTimeout(() => process.exit(code), 500).unref()
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0))
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))
