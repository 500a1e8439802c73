import { type Algorithm, hash, verify } from '@node-rs/argon2'

/** OWASP's argon2id baseline: 19 MiB of memory, 2 passes, 1 lane. */
export const ARGON2_OPTIONS = {
  // The package's enum is a const enum, which isolated modules cannot read: 2 is Argon2id.
  algorithm: 2 as Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS)
}

export async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

/**
 * An argon2id hash, made with `ARGON2_OPTIONS`, of a random password nobody kept: verifying
 * against it costs what verifying a real hash costs and never succeeds. A constant rather than a
 * hash made on first use, so this module keeps no state; a test holds its parameters to
 * `ARGON2_OPTIONS`.
 */
export const DECOY_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$YhvFF8snzkk/bVuQ2LwejA$ykvnhM36iXUE4T/duFZ/0FbiU3P535+AlDx/W0CKw3s'

/** Verifying against a decoy when the email is unknown keeps login time from revealing accounts. */
export async function spendVerificationTime(password: string): Promise<void> {
  await passwordMatches(DECOY_PASSWORD_HASH, password)
}
