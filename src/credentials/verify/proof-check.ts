import * as vc from '@digitalbazaar/vc'
import type { DocumentLoader } from '../document-loader.js'
import { chainAwareSuite } from './proof-chain.js'
import type { Check } from './report.js'
import { asArray, isRecord, issuerIdOf } from './schema-check.js'

/** The proof types and cryptosuites we accept: what OB 3.0 conformance accepts as embedded proof. */
export const ACCEPTED_CRYPTOSUITE = 'eddsa-rdfc-2022'

/**
 * Resolves the proofs' verification methods offline and checks that the credential's issuer
 * controls the key of one of its assertion proofs (listed as an assertion method of the issuer's
 * DID document). Other proofs (a co-signer's, earlier links of a proof chain) may be by other keys;
 * every proof must still verify (see {@link proofCheck}).
 */
export async function issuerKeyCheck(
  credential: Record<string, unknown>,
  documentLoader: DocumentLoader,
): Promise<Check> {
  const proofs = asArray(credential.proof).filter(isRecord)
  const methods = proofs
    .filter((proof) => proof.proofPurpose === undefined || proof.proofPurpose === 'assertionMethod')
    .map((proof) => proof.verificationMethod)
    .filter((method): method is string => typeof method === 'string')
  if (methods.length === 0) {
    return {
      check: 'issuer-key',
      outcome: 'failed',
      message: 'the proof names no verification method',
    }
  }
  const issuer = issuerIdOf(credential)
  let refusal: string | undefined
  for (const method of methods) {
    try {
      const { document } = await documentLoader(method)
      const controller = isRecord(document) ? document.controller : undefined
      if (controller === issuer) {
        return {
          check: 'issuer-key',
          outcome: 'passed',
          message: `key ${method} belongs to ${issuer}`,
        }
      }
      refusal ??= `key ${method} is controlled by ${String(controller)}, not by the issuer ${issuer}`
    } catch (error) {
      refusal ??= messageOf(error)
    }
  }
  return { check: 'issuer-key', outcome: 'failed', message: refusal ?? 'no key of the issuer' }
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
    suite: chainAwareSuite(),
    documentLoader,
    now: momentInsideValidity(credential),
    checkStatus: async () => ({ verified: true }),
  })
  // The library calls a credential verified when one proof is; every proof must (VC Data
  // Integrity: "all referenced proofs MUST verify"). A proof by another key than the issuer's
  // verifies its signature (it then has a purpose result) though its purpose check fails.
  const results = result.results ?? []
  const broken = results.find((r) => !r.verified && r.purposeResult === undefined)
  if (result.verified && broken) {
    const position = proofs.findIndex((proof) => isSameProof(proof, broken.proof)) + 1
    return {
      check: 'proof',
      outcome: 'failed',
      message: `proof ${position} of ${proofs.length} does not verify: ${messageOf(broken.error ?? 'invalid signature')}`,
    }
  }
  if (result.verified && results.length < proofs.length) {
    return {
      check: 'proof',
      outcome: 'failed',
      message: 'a proof whose purpose is not assertionMethod cannot be checked here',
    }
  }
  if (result.verified) {
    return {
      check: 'proof',
      outcome: 'passed',
      message:
        proofs.length === 1
          ? `${ACCEPTED_CRYPTOSUITE} signature is valid`
          : `all ${proofs.length} ${ACCEPTED_CRYPTOSUITE} proofs are valid`,
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

function isSameProof(proof: Record<string, unknown>, other: unknown): boolean {
  return isRecord(other) && other.proofValue === proof.proofValue
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
