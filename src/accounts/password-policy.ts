import { DomainError } from '../shared/index.js'

/** NIST SP 800-63B asks for at least 8; we ask for 10 because nothing here needs a short one. */
export const MIN_PASSWORD_LENGTH = 10
/** Long enough for any passphrase, short enough that hashing it is no denial of service. */
export const MAX_PASSWORD_LENGTH = 256

// The passwords every cracking list tries first (shapes, not an exhaustive list).
const COMMON = [
  'password',
  'passw0rd',
  'qwerty',
  '123456',
  '12345678',
  'letmein',
  'iloveyou',
  'welcome',
  'admin',
  'abc123',
  'monkey',
  'dragon',
  'football',
  'baseball',
  'sunshine',
  'princess',
  'skillsignal',
]

/**
 * Refuses passwords that are short, drawn from a few characters, built on a common password, or
 * built on the account's own email. Throws `weak_password` with the reason.
 */
export function assertStrongPassword(password: string, email: string): void {
  const reason = weakness(password, email)
  if (reason) {
    throw new DomainError('invalid', 'weak_password', `the password is too weak: ${reason}`, {
      field: 'password',
    })
  }
}

function weakness(password: string, email: string): string | null {
  const length = [...password].length
  if (length < MIN_PASSWORD_LENGTH) return `it needs at least ${MIN_PASSWORD_LENGTH} characters`
  if (length > MAX_PASSWORD_LENGTH) return `it may have at most ${MAX_PASSWORD_LENGTH} characters`
  if (new Set(password).size < 5) return 'it repeats too few different characters'
  const lower = password.toLowerCase()
  const core = lower.replace(/[^a-z]/g, '')
  if (COMMON.some((word) => core === word || lower.startsWith(word))) {
    return 'it is built on a commonly used password'
  }
  const local = email.toLowerCase().split('@')[0] ?? ''
  if (local.length >= 4 && lower.includes(local)) return 'it contains the email address'
  return null
}
