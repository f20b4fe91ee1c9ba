// Generates the desk's API types (desk/src/api/schema.d.ts) from the server's OpenAPI document with
// openapi-typescript, so the console cannot drift from the API it calls.
//   node scripts/desk-api-types.ts           rewrite the file
//   node scripts/desk-api-types.ts --check   exit 1 if the committed file differs from the document
// openapi-typescript prints through the TypeScript 5 compiler API, which TypeScript 7 (the
// project's compiler, a native binary) no longer ships: its `typescript` import is pointed at the
// `typescript-5` alias installed beside it.
import { readFileSync, writeFileSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { resolve } from 'node:path'
import pino from 'pino'

registerHooks({
  resolve(specifier, context, next) {
    return next(specifier === 'typescript' ? 'typescript-5' : specifier, context)
  },
})

const { buildApp } = await import('../src/app.ts')
const { loadConfig } = await import('../src/config.ts')
const { default: openapiTS, astToString } = await import('openapi-typescript')

export const TARGET = resolve(import.meta.dirname, '../desk/src/api/schema.d.ts')

const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET_KEY: 'desk-api-types-generator-secret-0123456789', DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'silent' })
const app = await buildApp(config, { logger: pino({ level: 'silent' }) })
const document = app.swagger()
await app.close()

const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true })
const text = `// Generated from the server's /openapi.json by scripts/desk-api-types.ts (npm run desk:api). Do not edit.\n\n${astToString(ast)}`

if (process.argv.includes('--check')) {
  let committed = ''
  try {
    committed = readFileSync(TARGET, 'utf8')
  } catch {
    // Missing counts as different.
  }
  if (committed !== text) {
    console.error('desk/src/api/schema.d.ts differs from the server\'s OpenAPI document: run npm run desk:api and commit it')
    process.exit(1)
  }
  console.log('desk API types match the OpenAPI document')
} else {
  writeFileSync(TARGET, text)
  console.log(`wrote ${TARGET}`)
}
