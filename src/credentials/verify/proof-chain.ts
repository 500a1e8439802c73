import type { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import { verifyingSuite } from '../keys/issuer-key.js'
import { isRecord } from './schema-check.js'

type VerifyProofOptions = Parameters<DataIntegrityProof['verifyProof']>[0]

/**
 * A verifying suite that follows proof chains (VC Data Integrity, `previousProof`): a proof that
 * names earlier proofs was made over the document carrying them, so it is checked over that
 * document. Written here because @digitalbazaar/data-integrity (2.5, the latest) checks every proof
 * over the bare document, which no chained proof was made over. A chain naming a proof the
 * credential does not carry fails.
 */
export function chainAwareSuite(): DataIntegrityProof {
  const suite = verifyingSuite()
  const verifyProof = suite.verifyProof.bind(suite)
  suite.verifyProof = async (options: VerifyProofOptions) => {
    const named: unknown = options.proof.previousProof
    if (named === undefined) return verifyProof(options)
    const ids = Array.isArray(named) ? named : [named]
    const previous = ids.map((id) =>
      typeof id === 'string'
        ? options.proofSet.find((proof) => isRecord(proof) && proof.id === id)
        : undefined,
    )
    if (ids.length === 0 || previous.some((proof) => proof === undefined)) {
      return {
        verified: false,
        error: new Error(`previousProof ${JSON.stringify(named)} names no proof of the credential`),
      }
    }
    // The library gives each proof of the set the document's context; the chained proof was made
    // over the proofs as they stand in the document.
    const asInDocument = previous.map((proof) => {
      const { '@context': _context, ...rest } = proof as Record<string, unknown>
      return rest
    })
    return verifyProof({
      ...options,
      document: {
        ...options.document,
        proof: asInDocument.length === 1 ? asInDocument[0] : asInDocument,
      },
    })
  }
  return suite
}
