export type { Account, Role } from './account.js'
export {
  type AccountAssurance,
  accountAssuranceAt,
  assuranceAt,
} from './account-assurance.js'
export { type AccountRecords, accountRecords } from './account-export.js'
export { TOKEN_LIFETIME_SECONDS } from './account-tokens.js'
export { type AuditEvent, recordAuditEvent } from './audit.js'
export { changePassword } from './change-password.js'
export { changeRole } from './change-role.js'
export { emailKeyOf, MAX_EMAIL_LENGTH, parseEmail } from './email.js'
export { requestEmailVerification, verifyEmail } from './email-verification.js'
export { type ErasureHook, eraseAccount } from './erase-account.js'
export { findAccount, findAccountByEmail, isEmailVerified } from './find-account.js'
export {
  createImportedAccount,
  type ImportedAccount,
  importedAccountRows,
  UNUSABLE_PASSWORD_HASH,
} from './imported-account.js'
export { listAccounts, MAX_ACCOUNTS_PAGE } from './list-accounts.js'
export { authenticate } from './login.js'
export {
  ADDRESS_FAILURES,
  LOCK_SECONDS,
  MAX_FAILED_LOGINS,
  MAX_LOCK_SECONDS,
} from './login-throttle.js'
export { type MailSender, RELAY_BATCH, relayMail } from './mail-relay.js'
export { ARGON2_OPTIONS, DECOY_PASSWORD_HASH } from './password-hash.js'
export {
  assertStrongPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
} from './password-policy.js'
export { requestPasswordReset, resetPassword } from './password-reset.js'
export { type NewAccount, type RegisterOptions, registerAccount } from './register.js'
export {
  accountForToken,
  endAllSessions,
  endSession,
  endSessionById,
  listSessions,
  SESSION_LIFETIME_SECONDS,
  type SessionInfo,
  type SessionKind,
  startSession,
} from './sessions.js'
export { type SignUpReceipt, signUp } from './sign-up.js'
export type { AccountsTables } from './tables.js'
export {
  beginTwoFactor,
  confirmTwoFactor,
  disableTwoFactor,
  TOTP_ISSUER,
  TOTP_TOLERANCE_SECONDS,
} from './two-factor.js'
