// `npm run admin -- <command>`: operator commands run on the server, each audited as "system".
// See the README ("Admin commands") and src/modules/ops/admin.service.ts.
import { openDatabase } from '../src/db/database.ts'
import { migrateToLatest } from '../src/db/migrate.ts'
import { systemClock } from '../src/lib/clock.ts'
import { AdminError, endSessions, listSessions, rebuildDailyRollups, resetStaffPassword, rotateQrKey, unlockLogin, type Subject } from '../src/modules/ops/admin.service.ts'
import { runRetention } from '../src/modules/ops/retention.ts'
import { fail, readFirstLine, scriptConfig } from './script-env.ts'

const USAGE = `usage: npm run admin -- <command>
  reset-password <username> [--stdin]   new password for a staff account (owner too): generated and
                                        printed, or the first line of stdin with --stdin
  unlock-login <username>               lift a sign-in lockout
  sessions --staff <username> | --member <id|phone|email>
                                        list live sessions
  end-sessions --staff <username> | --member <id|phone|email> [--session <id>]
                                        end all of them (or one)
  rotate-qr-key                         new QR signing key; the old one verifies for a day more
  retention                             delete old codes, ended sessions, stale login failures
  rebuild-rollups [--from <day>] [--to <day>]
                                        recompute the reports' daily roll-ups from the raw rows`

const [command, ...args] = process.argv.slice(2)
const flag = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const subject = (): Subject => {
  const staff = flag('--staff')
  const member = flag('--member')
  if (staff) return { staff }
  if (member) return { member }
  return fail(`${command} needs --staff <username> or --member <id|phone|email>\n${USAGE}`, 2)
}
const positional = () => args.find((a) => !a.startsWith('--')) ?? fail(`${command} needs a username\n${USAGE}`, 2)

if (!command || command === 'help' || command === '--help') {
  console.log(USAGE)
  process.exit(command ? 0 : 2)
}
const config = scriptConfig()
const { db, close } = openDatabase(config.databaseUrl)
const deps = { db, config, clock: systemClock }
try {
  await migrateToLatest(db)
  switch (command) {
    case 'reset-password': {
      const password = args.includes('--stdin') ? await readFirstLine() : undefined
      const result = await resetStaffPassword(deps, positional(), password)
      console.log(`password reset for ${result.username} (${result.role}); ${result.sessions_ended} session(s) ended`)
      if (result.password) console.log(`new password: ${result.password}\n(give it to them privately; they can change it with /api/auth/change-password)`)
      break
    }
    case 'unlock-login': {
      const result = await unlockLogin(deps, positional())
      console.log(`sign-in unlocked for ${result.username}${result.known ? '' : ' (no such account)'}`)
      break
    }
    case 'sessions': {
      const result = await listSessions(deps, subject())
      console.log(`${result.sessions.length} live session(s) of ${result.who}`)
      for (const s of result.sessions) console.log(`  #${s.id}  last used ${s.last_used_at}  since ${s.created_at}  ${s.ip ?? '-'}  ${s.user_agent ?? '-'}`)
      break
    }
    case 'end-sessions': {
      const raw = flag('--session')
      if (raw !== undefined && !/^\d+$/.test(raw)) fail('--session takes a session id', 2)
      const result = await endSessions(deps, subject(), raw === undefined ? undefined : Number(raw))
      console.log(`${result.sessions_ended} session(s) of ${result.who} ended`)
      break
    }
    case 'rotate-qr-key': {
      const result = await rotateQrKey(deps)
      console.log(`QR signing key ${result.current} created; retired ${result.retired.join(', ') || 'none'} (still verified for a day)`)
      console.log('restart every running instance so they sign with the new key')
      break
    }
    case 'retention': {
      const deleted = await runRetention(deps)
      console.log(`retention: deleted ${Object.entries(deleted).map(([table, n]) => `${n} ${table}`).join(', ')}`)
      break
    }
    case 'rebuild-rollups': {
      const rows = await rebuildDailyRollups(deps, { from: flag('--from'), to: flag('--to') })
      console.log(`roll-ups rebuilt: ${rows.payment_day_totals} money rows, ${rows.entry_day_counts} entry rows`)
      break
    }
    default:
      fail(`unknown command "${command}"\n${USAGE}`, 2)
  }
} catch (error) {
  if (error instanceof AdminError) fail(error.message)
  throw error
} finally {
  await close()
}
