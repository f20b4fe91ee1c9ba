// How `npm start` runs the server (its environment variables and node flags), read from
// package.json so that the bench measures exactly what production runs.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** `npm start` of the checkout at `root`: its leading NAME=value pairs, and node's argv (this node binary). */
export function startCommand(root: string): { env: Record<string, string>; argv: string[] } {
  const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start
  const words = script.split(/\s+/)
  const env: Record<string, string> = {}
  while (words[0]?.includes('=')) {
    const [name, value] = words.shift()!.split('=')
    env[name!] = value!
  }
  if (words.shift() !== 'node') throw new Error(`npm start does not run node: ${script}`)
  return { env, argv: [process.execPath, ...words.map((w) => (w.endsWith('.ts') ? join(root, w) : w))] }
}
