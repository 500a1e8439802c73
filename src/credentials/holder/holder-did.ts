import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { DomainError } from '../../shared/index.js'

/** Longest DID a learner or wallet may bind a credential to (a did:key of Ed25519 is 56). */
export const MAX_HOLDER_DID_LENGTH = 200

/** An Ed25519 public key as a JSON Web Key. */
export interface Ed25519PublicJwk {
  readonly kty: 'OKP'
  readonly crv: 'Ed25519'
  readonly x: string
}

/** A holder's DID and the public key it stands for. */
export interface HolderKey {
  readonly did: string
  readonly publicJwk: Ed25519PublicJwk
}

const DID_KEY = /^did:key:(z6Mk[1-9A-HJ-NP-Za-km-z]{40,50})$/

/**
 * The key of a `did:key` holder DID (Ed25519, the method every wallet supports), or a 400 naming
 * what is wrong. A did:key carries its key, so binding needs no network.
 *
 * @example await holderKeyOf('did:key:z6Mk…')
 */
export async function holderKeyOf(did: string): Promise<HolderKey> {
  const match = did.length <= MAX_HOLDER_DID_LENGTH ? DID_KEY.exec(did) : null
  if (!match) {
    throw new DomainError(
      'invalid',
      'unsupported_holder_did',
      'the holder DID must be a did:key of an Ed25519 key (did:key:z6Mk…)',
    )
  }
  try {
    const keyPair = await Ed25519Multikey.from({ publicKeyMultibase: match[1] })
    const { x } = await Ed25519Multikey.toJwk({ keyPair })
    return { did, publicJwk: { kty: 'OKP', crv: 'Ed25519', x: String(x) } }
  } catch {
    throw new DomainError('invalid', 'unsupported_holder_did', `${did} holds no Ed25519 key`)
  }
}

/**
 * The did:key of an Ed25519 public JWK, for a wallet that proves possession with a `jwk` header
 * rather than a DID.
 */
export async function didKeyOfJwk(jwk: unknown): Promise<HolderKey> {
  try {
    const keyPair = await Ed25519Multikey.fromJwk({ jwk: jwk as Record<string, unknown> })
    return holderKeyOf(`did:key:${keyPair.publicKeyMultibase}`)
  } catch {
    throw new DomainError('invalid', 'invalid_proof', 'the proof key must be an Ed25519 JWK')
  }
}
