import type { DocumentLoader } from '../document-loader.js'
import type { Verdict, VerificationReport } from './report.js'
import { asArray, isRecord } from './schema-check.js'
import { verifyCredential } from './verify-credential.js'

/** A CLR's own report and one per embedded credential, in the order they are embedded. */
export interface ClrVerification {
  readonly clr: VerificationReport
  readonly components: readonly VerificationReport[]
  /** True only when the CLR and every credential inside it verify. */
  readonly verified: boolean
  /**
   * The CLR's own verdict unless it verifies; then the most serious verdict of its parts: a CLR
   * whose part is revoked is revoked as a whole, since it claims the learner holds every part.
   */
  readonly verdict: Verdict
}

/** Verdicts of a part, most serious first, in the order the report ranks them. */
const SERIOUSNESS: readonly Verdict[] = [
  'malformed',
  'unknown-issuer-key',
  'invalid-proof',
  'revoked',
  'suspended',
  'expired',
  'not-yet-valid',
  'status-unavailable',
  'verified',
]

/**
 * Verifies a `ClrCredential` and, separately, each credential it embeds: a CLR whose parts were
 * revoked since it was issued says so.
 *
 * @example const { verified } = await verifyClrCredential(clr, { documentLoader })
 */
export async function verifyClrCredential(
  clr: unknown,
  options: { readonly documentLoader: DocumentLoader; readonly now?: Date },
): Promise<ClrVerification> {
  const report = await verifyCredential(clr, options)
  const subject = isRecord(clr) ? clr.credentialSubject : undefined
  const embedded = isRecord(subject) ? asArray(subject.verifiableCredential) : []
  const components = await Promise.all(
    embedded.map((component) => verifyCredential(component, options)),
  )
  const verdicts = components.map((component) => component.verdict)
  const worstPart = SERIOUSNESS.find((verdict) => verdicts.includes(verdict)) ?? 'verified'
  return {
    clr: report,
    components,
    verified: report.verified && components.every((component) => component.verified),
    verdict: report.verdict === 'verified' ? worstPart : report.verdict,
  }
}
