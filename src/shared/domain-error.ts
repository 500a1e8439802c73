/**
 * What went wrong, in the domain's words. The API maps `kind` to an HTTP status; the CLI prints
 * the message. `code` is a stable machine-readable name (snake_case) clients may branch on.
 */
export type DomainErrorKind =
  | 'invalid' // the request is malformed or breaks a rule: 400
  | 'unauthenticated' // no valid session or token: 401
  | 'forbidden' // authenticated, but not allowed: 403
  | 'not_found' // 404
  | 'conflict' // clashes with the current state: 409
  | 'gone' // existed, but no longer accepts this (an expired attempt): 410
  | 'too_large' // the request carries more than the server accepts: 413
  | 'unprocessable' // well-formed, semantically refused (idempotency key reused): 422
  | 'rate_limited' // too many tries; `details.retryAfterSeconds` says when to come back: 429

export class DomainError extends Error {
  override readonly name = 'DomainError'
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message)
  }
}
