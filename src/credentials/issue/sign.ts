import * as vc from '@digitalbazaar/vc'
import type { CredentialsConfig } from '../config.js'
import type { DocumentLoader } from '../document-loader.js'
import { type SigningKey, signingSuite } from '../keys/issuer-key.js'

/**
 * Adds an `eddsa-rdfc-2022` Data Integrity proof made with the active key. JSON-LD safe mode
 * refuses any term no context defines, so an unknown field fails here rather than being left
 * unsigned.
 */
export async function signCredential(
  config: CredentialsConfig,
  key: SigningKey,
  credential: Record<string, unknown>,
  documentLoader: DocumentLoader,
): Promise<Record<string, unknown>> {
  const suite = await signingSuite(config, key)
  const signed = await vc.issue({ credential: structuredClone(credential), suite, documentLoader })
  // 1EdTech's OB 3.0 JSON schema takes `proof` as an array; the proof is outside what it signs, so
  // wrapping it changes no signature and every Data Integrity verifier reads both forms.
  const { proof } = signed
  return { ...signed, proof: Array.isArray(proof) ? proof : [proof] }
}
