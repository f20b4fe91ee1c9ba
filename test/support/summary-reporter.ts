// Ends every run with one plain line, "Tests: N passed, N failed, N skipped", per database
// project and in total, so CI logs (and people) can read the outcome without Vitest's colours.
import type { Reporter, TestModule } from 'vitest/node'

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const totals = new Map<string, { passed: number; failed: number; skipped: number }>()
    const all = { passed: 0, failed: 0, skipped: 0 }
    for (const module of testModules) {
      const name = module.project.name || 'default'
      const bucket = totals.get(name) ?? { passed: 0, failed: 0, skipped: 0 }
      totals.set(name, bucket)
      let failedTests = 0
      for (const test of module.children.allTests()) {
        const state = test.result().state
        const key = state === 'passed' ? 'passed' : state === 'failed' ? 'failed' : 'skipped'
        if (key === 'failed') failedTests++
        bucket[key]++
        all[key]++
      }
      // A file that failed to load, or whose beforeAll failed (its tests then count as skipped),
      // must still fail the run.
      if (module.state() === 'failed' && !failedTests) {
        bucket.failed++
        all.failed++
      }
    }
    for (const [name, t] of totals) console.log(`${name}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`)
    console.log(`Tests: ${all.passed} passed, ${all.failed} failed, ${all.skipped} skipped`)
  }
}
