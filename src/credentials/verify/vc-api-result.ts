import type { Verdict, VerificationReport } from './report.js'
import type { PresentationVerification } from './verify-presentation.js'

/** A verification as the W3C VC-API answers it: passed check names, warnings, failed checks. */
export interface VcApiResult {
  readonly verified: boolean
  readonly verdict: Verdict | 'not-verified'
  readonly checks: readonly string[]
  readonly warnings: readonly string[]
  readonly errors: readonly { readonly check: string; readonly message: string }[]
}

/** A presentation's VC-API result: its own proof's, with one result per credential it carries. */
export interface VcApiPresentationResult extends VcApiResult {
  readonly credentialResults: readonly VcApiResult[]
}

/**
 * VC-API's shape of a credential's report.
 *
 * @example vcApiResult(await verifyOnPlatform(db, runtime, credential)).checks // ['schema', …]
 */
export function vcApiResult(report: VerificationReport): VcApiResult {
  return {
    verified: report.verified,
    verdict: report.verdict,
    checks: report.checks.filter((check) => check.outcome === 'passed').map((check) => check.check),
    warnings: [...report.warnings],
    errors: report.errors.map((check) => ({ check: check.check, message: check.message })),
  }
}

/**
 * VC-API's shape of a presentation's verification: the presentation's proof is its one check,
 * and its errors gather the credentials' own. An unsigned presentation with no credential is
 * refused, since it proves nothing.
 *
 * @example vcApiPresentationResult(await verifyPresentationOnPlatform(db, runtime, vp, {})).verified
 */
export function vcApiPresentationResult(result: PresentationVerification): VcApiPresentationResult {
  const credentialResults = result.credentials.map(vcApiResult)
  const errors = [
    ...(result.presentationProof === 'failed'
      ? [{ check: 'proof', message: result.presentationMessage }]
      : []),
    ...credentialResults.flatMap((credential) => credential.errors),
    ...(result.credentials.length === 0 && result.presentationProof !== 'passed'
      ? [{ check: 'schema', message: 'an unsigned presentation with no credential proves nothing' }]
      : []),
  ]
  return {
    verified: result.verified,
    verdict: result.verified ? 'verified' : 'not-verified',
    checks: result.presentationProof === 'passed' ? ['proof'] : [],
    warnings: [...result.warnings],
    errors,
    credentialResults,
  }
}
