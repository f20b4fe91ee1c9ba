// The memory of verified access tokens (tokens.ts): bounded, per key, and never a pass for a
// token that expired or was altered.
import { describe, expect, it } from 'vitest'
import { AppError } from '../../lib/errors.ts'
import { createTokenSigner, VERIFIED_TOKENS_CACHED } from './tokens.ts'

const clockAt = (ms: number) => ({ now: () => new Date(ms) })
const KEY = 'tokens-test-secret-0123456789abcdef-0123456789'

describe('remembered access tokens', () => {
  it('keeps at most VERIFIED_TOKENS_CACHED, and a forgotten token is verified again', async () => {
    const signer = createTokenSigner({ jwtSecretKey: KEY, jwtAccessTokenExpires: 3600 }, clockAt(Date.UTC(2026, 10, 30)))
    const first = await signer.signAccess({ type: 'client', id: 1 }, 1)
    await signer.verify(first, 'access')
    for (let i = 2; i <= VERIFIED_TOKENS_CACHED + 10; i++) {
      await signer.verify(await signer.signAccess({ type: 'client', id: i }, i), 'access')
    }
    expect(signer.rememberedTokens()).toBe(VERIFIED_TOKENS_CACHED)
    expect((await signer.verify(first, 'access')).subjectId).toBe(1)
  })

  it('still checks expiry on a remembered token, and a token signed with another key is refused', async () => {
    let now = Date.UTC(2026, 10, 30)
    const signer = createTokenSigner({ jwtSecretKey: KEY, jwtAccessTokenExpires: 60 }, { now: () => new Date(now) })
    const token = await signer.signAccess({ type: 'client', id: 7 }, 3)
    expect(await signer.verify(token, 'access')).toMatchObject({ subjectId: 7, sessionId: 3 })
    now += 60_000
    await expect(signer.verify(token, 'access')).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' })
    const other = createTokenSigner({ jwtSecretKey: `${KEY}-other`, jwtAccessTokenExpires: 60 }, { now: () => new Date(now - 60_000) })
    await expect(other.verify(token, 'access')).rejects.toBeInstanceOf(AppError)
  })
})
