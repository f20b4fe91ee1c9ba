// Waits (bounded) until a condition holds, for things that happen on their own shortly after a
// response (a notice sent in the background, a pool noticing a dropped connection). A wait, never a
// timing assertion: it fails only if the condition never comes.
export async function eventually(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}
