import * as vc from '@digitalbazaar/vc'
import type { DocumentLoader } from '../document-loader.js'
import { verifyingSuite } from '../keys/issuer-key.js'
import type { Check } from './report.js'
import { asArray, isRecord, issuerIdOf } from './schema-check.js'

/** The proof types and cryptosuites we accept: what OB 3.0 conformance accepts as embedded proof. */
export const ACCEPTED_CRYPTOSUITE = 'eddsa-rdfc-2022'

/**
 * Resolves the proof's verification method offline and checks that the credential's issuer
 * controls it (listed as an assertion method of the issuer's DID document).
 */
export async function issuerKeyCheck(
  credential: Record<string, unknown>,
  documentLoader: DocumentLoader,
): Promise<Check> {
  const proofs = asArray(credential.proof).filter(isRecord)
  const method = proofs[0]?.verificationMethod
  if (typeof method !== 'string') {
    return {
      check: 'issuer-key',
      outcome: 'failed',
      message: 'the proof names no verification method',
    }
  }
  const issuer = issuerIdOf(credential)
  try {
    const { document } = await documentLoader(method)
    const controller = isRecord(document) ? document.controller : undefined
    if (controller !== issuer) {
      return {
        check: 'issuer-key',
        outcome: 'failed',
        message: `key ${method} is controlled by ${String(controller)}, not by the issuer ${issuer}`,
      }
    }
    return { check: 'issuer-key', outcome: 'passed', message: `key ${method} belongs to ${issuer}` }
  } catch (error) {
    return { check: 'issuer-key', outcome: 'failed', message: messageOf(error) }
  }
}

/**
 * Checks the Data Integrity proof. Dates and status are checked separately (so that an expired
 * or revoked credential gets its own verdict), hence the library is run at a moment inside the
 * credential's validity and with a status callback that defers to our status check.
 */
export async function proofCheck(
  credential: Record<string, unknown>,
  documentLoader: DocumentLoader,
): Promise<Check> {
  const proofs = asArray(credential.proof).filter(isRecord)
  const unsupported = proofs.find((proof) => proof.cryptosuite !== ACCEPTED_CRYPTOSUITE)
  if (proofs.length === 0 || unsupported) {
    return {
      check: 'proof',
      outcome: 'failed',
      message: `only DataIntegrityProof with cryptosuite ${ACCEPTED_CRYPTOSUITE} is accepted`,
    }
  }
  const result = await vc.verifyCredential({
    credential,
    suite: verifyingSuite(),
    documentLoader,
    now: momentInsideValidity(credential),
    checkStatus: async () => ({ verified: true }),
  })
  if (result.verified) {
    return {
      check: 'proof',
      outcome: 'passed',
      message: `${ACCEPTED_CRYPTOSUITE} signature is valid`,
    }
  }
  const cause =
    result.error?.errors?.[0] ?? result.results?.find((r) => r.error)?.error ?? result.error
  return {
    check: 'proof',
    outcome: 'failed',
    message: messageOf(cause ?? 'signature does not match'),
  }
}

function momentInsideValidity(credential: Record<string, unknown>): Date {
  for (const field of ['validFrom', 'issuanceDate', 'validUntil', 'expirationDate']) {
    const value = credential[field]
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value)
  }
  return new Date()
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
