import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import type { CredentialsConfig } from '../config.js'
import { issuerDid, verificationMethodId } from './issuer-did.js'

/** An issuer key as the key table and the DID document know it: public half only. */
export interface IssuerKey {
  readonly id: string
  readonly publicKeyMultibase: string
  readonly status: 'active' | 'retired'
  readonly createdAt: Date
  readonly retiredAt: Date | null
}

/** The active key with its secret half, in memory only after unsealing. */
export interface SigningKey extends IssuerKey {
  readonly secretKeyMultibase: string
}

/** What signing and resolving need: the key that signs now and every key ever used. */
export interface KeyRing {
  readonly active: SigningKey
  readonly keys: readonly IssuerKey[]
}

/** A fresh Ed25519 key pair, multibase-encoded (`z6Mk…` public, `zrv…` secret). */
export async function generateKeyMaterial(): Promise<{
  publicKeyMultibase: string
  secretKeyMultibase: string
}> {
  const pair = await Ed25519Multikey.generate()
  return {
    publicKeyMultibase: pair.publicKeyMultibase,
    secretKeyMultibase: pair.secretKeyMultibase!,
  }
}

/** An `eddsa-rdfc-2022` Data Integrity suite that signs as `key` under the configured DID. */
export async function signingSuite(
  config: CredentialsConfig,
  key: SigningKey,
): Promise<DataIntegrityProof> {
  const pair = await Ed25519Multikey.from({
    type: 'Multikey',
    id: verificationMethodId(config, key),
    controller: issuerDid(config, key),
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeyMultibase: key.secretKeyMultibase,
  })
  return new DataIntegrityProof({ signer: pair.signer(), cryptosuite })
}

/** A suite that only verifies; keys come from the document loader. */
export function verifyingSuite(): DataIntegrityProof {
  return new DataIntegrityProof({ cryptosuite })
}
