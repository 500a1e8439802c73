import type { DocumentLoader } from '../document-loader.js'
import type { VerificationReport } from './report.js'
import { asArray, isRecord } from './schema-check.js'
import { verifyCredential } from './verify-credential.js'

/** A CLR's own report and one per embedded credential, in the order they are embedded. */
export interface ClrVerification {
  readonly clr: VerificationReport
  readonly components: readonly VerificationReport[]
  /** True only when the CLR and every credential inside it verify. */
  readonly verified: boolean
}

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
  return {
    clr: report,
    components,
    verified: report.verified && components.every((component) => component.verified),
  }
}
