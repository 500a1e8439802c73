import type { CredentialsConfig } from '../config.js'
import { DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT } from '../contexts.js'

interface PublicKey {
  readonly publicKeyMultibase: string
}

/**
 * The issuer's DID for a key: `did:key` (self-certifying, verifiable anywhere offline) or the
 * public host's `did:web`, which stays the same across key rotations.
 */
export function issuerDid(config: CredentialsConfig, key: PublicKey): string {
  switch (config.didMethod) {
    case 'key':
      return `did:key:${key.publicKeyMultibase}`
    case 'web':
      return didWebFor(config.baseUrl)
  }
}

/** The verification method that signs: the key's multibase value as fragment in both methods. */
export function verificationMethodId(config: CredentialsConfig, key: PublicKey): string {
  return `${issuerDid(config, key)}#${key.publicKeyMultibase}`
}

/**
 * `did:web` of a base URL: host (port percent-encoded) then path segments joined by ':'.
 *
 * @example didWebFor('https://skills.example.org') // 'did:web:skills.example.org'
 */
export function didWebFor(baseUrl: string): string {
  const url = new URL(baseUrl)
  const path = url.pathname.split('/').filter((segment) => segment !== '')
  return ['did:web', encodeURIComponent(url.host), ...path].join(':')
}

/**
 * The `did:web` document served at `/.well-known/did.json`: every key ever used stays listed as
 * an assertion method, so credentials signed before a rotation keep verifying.
 */
export function didWebDocument(
  config: CredentialsConfig,
  keys: readonly PublicKey[],
): Record<string, unknown> {
  const id = didWebFor(config.baseUrl)
  const methods = keys.map((key) => ({
    id: `${id}#${key.publicKeyMultibase}`,
    type: 'Multikey',
    controller: id,
    publicKeyMultibase: key.publicKeyMultibase,
  }))
  return {
    '@context': [DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT],
    id,
    verificationMethod: methods,
    assertionMethod: methods.map((method) => method.id),
  }
}
