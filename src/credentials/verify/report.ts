/** The checks every verification reports, in the order they are listed. */
export const CHECK_NAMES = [
  'schema',
  'issuer-key',
  'proof',
  'validity-dates',
  'revocation',
  'suspension',
] as const

export type CheckName = (typeof CHECK_NAMES)[number]

/** One check's outcome; `not-applicable` when the credential gives nothing to check. */
export interface Check {
  readonly check: CheckName
  readonly outcome: 'passed' | 'failed' | 'not-applicable'
  readonly message: string
}

/** The one-word answer a person reads first, most serious first. */
export type Verdict =
  | 'malformed'
  | 'unknown-issuer-key'
  | 'invalid-proof'
  | 'revoked'
  | 'suspended'
  | 'expired'
  | 'not-yet-valid'
  | 'status-unavailable'
  | 'verified'

/** A verification: every check, the honest verdict, and what a verifier should know. */
export interface VerificationReport {
  readonly verdict: Verdict
  readonly verified: boolean
  readonly checks: readonly Check[]
  readonly warnings: readonly string[]
  readonly errors: readonly Check[]
}

/** Which verdict a failed check leads to; `validity-dates` and status depend on the message kind. */
export function verdictOf(checks: readonly Check[], details: VerdictDetails): Verdict {
  const failed = (name: CheckName) =>
    checks.some((check) => check.check === name && check.outcome === 'failed')
  if (failed('schema')) return 'malformed'
  if (failed('issuer-key')) return 'unknown-issuer-key'
  if (failed('proof')) return 'invalid-proof'
  if (details.revoked) return 'revoked'
  if (details.suspended) return 'suspended'
  if (details.expired) return 'expired'
  if (details.notYetValid) return 'not-yet-valid'
  if (failed('revocation') || failed('suspension')) return 'status-unavailable'
  return 'verified'
}

/** Facts found by the checks that choose between verdicts. */
export interface VerdictDetails {
  readonly revoked: boolean
  readonly suspended: boolean
  readonly expired: boolean
  readonly notYetValid: boolean
}

/** Assembles a report: errors are the failed checks. */
export function reportOf(
  checks: readonly Check[],
  details: VerdictDetails,
  warnings: readonly string[],
): VerificationReport {
  const verdict = verdictOf(checks, details)
  return {
    verdict,
    verified: verdict === 'verified',
    checks,
    warnings,
    errors: checks.filter((check) => check.outcome === 'failed'),
  }
}
