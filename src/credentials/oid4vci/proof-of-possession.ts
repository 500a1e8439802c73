import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose'
import { DomainError } from '../../shared/index.js'
import { didKeyOfJwk, type HolderKey, holderKeyOf } from '../holder/holder-did.js'
import { PROOF_JWT_TYPE } from './issuer-metadata.js'
import { nonceIsValid } from './offer-secrets.js'

/** Longest proof JWT read: an Ed25519 proof with a DID URL is well under 1 kB. */
export const MAX_PROOF_JWT_LENGTH = 4096

/** How old a proof may be, and how far clocks may disagree. */
const PROOF_MAX_AGE = '5m'
const CLOCK_TOLERANCE_SECONDS = 60

function proofError(message: string): DomainError {
  return new DomainError('invalid', 'invalid_proof', message)
}

/**
 * Verifies a wallet's proof of possession (OpenID4VCI 1.0 Appendix F.1): a JWT of type
 * `openid4vci-proof+jwt`, signed with EdDSA by the key its `kid` (a did:key URL) or `jwk` names,
 * for this issuer (`aud`), recent (`iat`), with a nonce this issuer made. Returns the holder's
 * DID the credential is bound to.
 *
 * @example const holder = await verifyProofOfPossession(jwt, { audience, keySecret })
 */
export async function verifyProofOfPossession(
  jwt: string,
  expected: { readonly audience: string; readonly keySecret: string; readonly now: Date },
): Promise<HolderKey> {
  if (jwt.length > MAX_PROOF_JWT_LENGTH) {
    throw proofError(`the proof JWT is longer than ${MAX_PROOF_JWT_LENGTH} characters`)
  }
  let header: ReturnType<typeof decodeProtectedHeader>
  try {
    header = decodeProtectedHeader(jwt)
  } catch {
    throw proofError('the proof is not a compact JWT')
  }
  if (header.typ !== PROOF_JWT_TYPE) throw proofError(`the proof JWT typ must be ${PROOF_JWT_TYPE}`)
  if (header.alg !== 'EdDSA' && header.alg !== 'Ed25519') {
    throw proofError('the proof must be signed with EdDSA (Ed25519)')
  }
  const holder = await proofKey(header)
  try {
    const { payload } = await jwtVerify(jwt, await importJWK(holder.publicJwk, 'EdDSA'), {
      audience: expected.audience,
      typ: PROOF_JWT_TYPE,
      maxTokenAge: PROOF_MAX_AGE,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      currentDate: expected.now,
      algorithms: ['EdDSA', 'Ed25519'],
    })
    if (
      typeof payload.nonce !== 'string' ||
      !nonceIsValid(expected.keySecret, payload.nonce, expected.now)
    ) {
      throw new DomainError(
        'invalid',
        'invalid_nonce',
        'the proof carries no fresh nonce of this issuer',
      )
    }
  } catch (error) {
    if (error instanceof DomainError) throw error
    throw proofError(`the proof does not verify: ${(error as Error).message}`)
  }
  return holder
}

async function proofKey(header: ReturnType<typeof decodeProtectedHeader>): Promise<HolderKey> {
  if (typeof header.kid === 'string' && header.jwk === undefined) {
    const [did, fragment] = header.kid.split('#')
    const holder = await holderKeyOf(did ?? '')
    // A did:key has one key, whose fragment is the key itself.
    if (fragment !== undefined && `did:key:${fragment}` !== did) {
      throw proofError('the proof kid names no key of its did:key')
    }
    return holder
  }
  if (header.jwk !== undefined && header.kid === undefined) return didKeyOfJwk(header.jwk)
  throw proofError('the proof JWT header must carry exactly one of kid (a did:key URL) and jwk')
}
