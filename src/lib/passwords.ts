// Staff passwords: argon2id with the library's defaults (64 MiB, t=3, p=4).
import argon2 from 'argon2'

export const MIN_PASSWORD_LENGTH = 8

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, { type: argon2.argon2id })

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password)
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
