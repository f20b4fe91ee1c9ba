// The desk's API types are generated from the server's OpenAPI document (npm run desk:api): this
// fails when the committed desk/src/api/schema.d.ts differs from what the server documents now.
import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'

it('desk/src/api/schema.d.ts matches the server\'s current /openapi.json', async () => {
  const script = resolve(import.meta.dirname, '../../scripts/desk-api-types.ts')
  const run = await promisify(execFile)(process.execPath, [script, '--check']).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  )
  expect(run.out).toContain('desk API types match the OpenAPI document')
  expect(run.code).toBe(0)
})
