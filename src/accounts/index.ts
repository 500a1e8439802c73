export type { Account, Role } from './account.js'
export { MAX_EMAIL_LENGTH, parseEmail } from './email.js'
export { findAccount } from './find-account.js'
export { authenticate, LOCK_SECONDS, MAX_FAILED_LOGINS } from './login.js'
export { ARGON2_OPTIONS, DECOY_PASSWORD_HASH } from './password-hash.js'
export {
  assertStrongPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
} from './password-policy.js'
export { type NewAccount, registerAccount } from './register.js'
export {
  accountForToken,
  endSession,
  SESSION_LIFETIME_SECONDS,
  type SessionKind,
  startSession,
} from './sessions.js'
