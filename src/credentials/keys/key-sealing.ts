import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto'

/**
 * scrypt cost for deriving the key-encryption key from the secret: N = 2^15, r = 8, p = 1 is the
 * interactive-login level of the scrypt paper and OWASP's minimum; a key is unsealed once per start.
 */
export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const

const SALT_BYTES = 16
// 96-bit nonces are what GCM is specified for; a fresh random one per sealing.
const IV_BYTES = 12

/** A secret key encrypted with AES-256-GCM under a key derived from a secret by scrypt. */
export interface SealedSecret {
  readonly algorithm: 'aes-256-gcm+scrypt'
  readonly salt: string
  readonly iv: string
  readonly tag: string
  readonly ciphertext: string
  readonly scrypt: { readonly N: number; readonly r: number; readonly p: number }
}

/** Encrypts `plaintext` (a multibase secret key) so only the holder of `secret` can read it. */
export function sealSecret(plaintext: string, secret: string): SealedSecret {
  const salt = randomBytes(SALT_BYTES)
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', deriveKey(secret, salt, SCRYPT_PARAMS), iv)
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return {
    algorithm: 'aes-256-gcm+scrypt',
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    scrypt: { ...SCRYPT_PARAMS },
  }
}

/** Decrypts a sealed secret; a wrong secret or altered ciphertext fails the GCM tag check. */
export function unsealSecret(sealed: SealedSecret, secret: string): string {
  const key = deriveKey(secret, Buffer.from(sealed.salt, 'base64'), sealed.scrypt)
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'))
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'))
  try {
    return Buffer.concat([
      decipher.update(Buffer.from(sealed.ciphertext, 'base64')),
      decipher.final(),
    ]).toString('utf8')
  } catch {
    throw new Error(
      'cannot decrypt the issuer key: wrong SKILLSIGNAL_KEY_SECRET or altered key row',
    )
  }
}

function deriveKey(secret: string, salt: Buffer, params: SealedSecret['scrypt']): Buffer {
  // scrypt needs 128·N·r bytes; lift Node's 32 MiB default just enough for the chosen cost.
  const maxmem = 256 * params.N * params.r
  return scryptSync(secret, salt, 32, { ...params, maxmem })
}
