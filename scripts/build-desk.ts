// Builds the desk (desk/ → desk/dist) with Vite. `npm install` runs it (the `prepare` script), so a
// fresh clone serves /desk/ without another command. With --if-possible it steps aside quietly when
// the build tools are absent (an install without dev dependencies), leaving any earlier build.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
let vite: typeof import('vite')
try {
  createRequire(import.meta.url).resolve('vite')
  vite = await import('vite')
} catch {
  if (process.argv.includes('--if-possible')) {
    console.log(`desk: vite is not installed; ${existsSync(resolve(root, 'desk/dist/index.html')) ? 'keeping the existing build' : '/desk/ will answer 503 until npm run build:desk'}`)
    process.exit(0)
  }
  throw new Error('desk: vite is not installed (npm install installs it)')
}
const outDir = process.env.DESK_OUT_DIR ?? resolve(root, 'desk/dist')
await vite.build({ configFile: resolve(root, 'desk/vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } })
console.log(`desk: built into ${outDir}`)
