// Staff passwords: argon2id with the library's defaults (64 MiB, t=3, p=4). The native module is
// loaded on the first password checked, not at start.
const argon2 = () => import('argon2').then((m) => m.default)

export const MIN_PASSWORD_LENGTH = 8

export const hashPassword = async (password: string): Promise<string> => {
  const { hash, argon2id } = await argon2()
  return hash(password, { type: argon2id })
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await (await argon2()).verify(hash, password)
  } catch {
    return false
  }
}

// Verifying against this when the username is unknown keeps the answer time the same.
let dummyHash: Promise<string> | undefined
export function verifyAgainstDummy(password: string): Promise<boolean> {
  dummyHash ??= hashPassword('spotter-dummy-password')
  return dummyHash.then((hash) => verifyPassword(hash, password)).then(() => false)
}
