import * as vc from '@digitalbazaar/vc'
import { VC_V1_CONTEXT, VC_V2_CONTEXT } from '../contexts.js'
import type { DocumentLoader } from '../document-loader.js'
import { chainAwareSuite } from './proof-chain.js'
import { messageOf } from './proof-check.js'
import type { VerificationReport } from './report.js'
import { asArray, dataModelOf, isRecord } from './schema-check.js'
import { verifyCredential } from './verify-credential.js'

/** A presentation's proof (when signed) and a report per credential it carries. */
export interface PresentationVerification {
  readonly verified: boolean
  readonly presentationProof: 'passed' | 'failed' | 'unsigned'
  readonly presentationMessage: string
  readonly credentials: readonly VerificationReport[]
  readonly warnings: readonly string[]
}

/**
 * Verifies a VerifiablePresentation: its holder's proof when there is one (with the verifier's
 * challenge, or the one the proof carries when the verifier set none) and every credential in it.
 *
 * @example await verifyPresentation(vp, { documentLoader, challenge: 'abc' })
 */
export async function verifyPresentation(
  presentation: unknown,
  options: {
    readonly documentLoader: DocumentLoader
    readonly statusListLoader?: DocumentLoader | undefined
    readonly now?: Date
    readonly challenge?: string | undefined
    readonly domain?: string | undefined
  },
): Promise<PresentationVerification> {
  if (!isRecord(presentation) || !asArray(presentation.type).includes('VerifiablePresentation')) {
    return malformed('type must include VerifiablePresentation')
  }
  if (dataModelOf(presentation) === undefined) {
    return malformed(`the first @context must be ${VC_V2_CONTEXT} or ${VC_V1_CONTEXT}`)
  }
  const warnings: string[] = []
  const credentials = await Promise.all(
    asArray(presentation.verifiableCredential).map((credential) =>
      verifyCredential(credential, options),
    ),
  )
  const proof = asArray(presentation.proof).filter(isRecord)[0]
  let presentationProof: PresentationVerification['presentationProof'] = 'unsigned'
  let presentationMessage = 'the presentation is not signed by its holder'
  if (proof === undefined) {
    warnings.push(presentationMessage)
  } else {
    const challenge =
      options.challenge ?? (typeof proof.challenge === 'string' ? proof.challenge : undefined)
    if (options.challenge === undefined)
      warnings.push('no challenge was required: replay is possible')
    // The library throws, rather than reports, on some malformed input (an undefined term, a
    // context it cannot load): that is a failed proof, not a server error.
    const result = await vc
      .verify({
        presentation,
        suite: chainAwareSuite(),
        documentLoader: options.documentLoader,
        ...(challenge === undefined ? { unsignedPresentation: false } : { challenge }),
        ...(options.domain === undefined ? {} : { domain: options.domain }),
        checkStatus: async () => ({ verified: true }),
      })
      .catch((error: unknown) => ({ verified: false, error, presentationResult: undefined }))
    const own = result.presentationResult
    // As for credentials: every proof must verify, where the library is content with one.
    const proofs = asArray(presentation.proof).filter(isRecord)
    const broken = own?.results?.find((r) => !r.verified && r.purposeResult === undefined)
    const allChecked = (own?.results?.length ?? 0) === proofs.length
    const verified = own?.verified === true && broken === undefined && allChecked
    presentationProof = verified ? 'passed' : 'failed'
    presentationMessage = verified
      ? "the holder's proof is valid"
      : own?.verified && broken
        ? `a proof of the presentation does not verify: ${messageOf(broken.error ?? 'invalid signature')}`
        : own?.verified
          ? 'a proof whose purpose is not authentication cannot be checked here'
          : messageOf(
              own?.results?.find((r) => r.error)?.error ?? own?.error ?? result.error ?? 'invalid',
            )
  }
  return {
    // A holder-signed presentation may carry no credential (VC 2.0); an unsigned one must carry some.
    verified:
      presentationProof !== 'failed' &&
      (presentationProof === 'passed' || credentials.length > 0) &&
      credentials.every((report) => report.verified),
    presentationProof,
    presentationMessage,
    credentials,
    warnings,
  }
}

function malformed(message: string): PresentationVerification {
  return {
    verified: false,
    presentationProof: 'failed',
    presentationMessage: message,
    credentials: [],
    warnings: [],
  }
}
