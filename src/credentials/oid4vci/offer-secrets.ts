import {
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
  randomInt,
  timingSafeEqual,
} from 'node:crypto'

/** Bytes of a pre-authorized code, an access token and a nonce's randomness (256 bits). */
const SECRET_BYTES = 32

/** Digits of the transaction code the learner types into the wallet. */
export const TX_CODE_DIGITS = 6

/** A fresh unguessable code or token. */
export function newSecret(): string {
  return randomBytes(SECRET_BYTES).toString('base64url')
}

/** A numeric transaction code, shown once to the learner. */
export function newTxCode(): string {
  return String(randomInt(0, 10 ** TX_CODE_DIGITS)).padStart(TX_CODE_DIGITS, '0')
}

/** What is stored of a secret: its SHA-256, so the database alone never redeems anything. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

/** Compares two stored-form hashes in constant time. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/**
 * Nonces for proofs of possession, stateless: expiry and randomness with an HMAC under a key
 * derived from the platform's key secret, so the unauthenticated nonce endpoint stores nothing.
 */
export function signedNonce(keySecret: string, expiresAt: Date): string {
  const body = `${Math.floor(expiresAt.getTime() / 1000)}.${randomBytes(16).toString('base64url')}`
  return `${body}.${nonceMac(keySecret, body)}`
}

/** Whether a nonce was made by {@link signedNonce} with this secret and has not expired. */
export function nonceIsValid(keySecret: string, nonce: string, now: Date): boolean {
  const parts = nonce.split('.')
  if (parts.length !== 3) return false
  const [expiry, random, mac] = parts as [string, string, string]
  if (!sameHash(nonceMac(keySecret, `${expiry}.${random}`), mac)) return false
  return Number(expiry) * 1000 > now.getTime()
}

function nonceMac(keySecret: string, body: string): string {
  const key = Buffer.from(hkdfSync('sha256', keySecret, '', 'skillsignal oid4vci nonce', 32))
  return createHmac('sha256', key).update(body).digest('base64url')
}
