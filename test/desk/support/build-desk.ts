// Builds the desk once per run into test-artifacts/desk-dist, so the browser tests always drive
// the current source (not whatever desk/dist an earlier install left).
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'

export const DESK_BUILD = resolve(import.meta.dirname, '../../../test-artifacts/desk-dist')

export default function setup(): void {
  execFileSync(process.execPath, [resolve(import.meta.dirname, '../../../scripts/build-desk.ts')], {
    env: { ...process.env, DESK_OUT_DIR: DESK_BUILD }, stdio: 'pipe',
  })
}
