import type { Kysely } from 'kysely'
import { signCredential } from '../issue/sign.js'
import type { CredentialRecord } from '../store/credential-records.js'
import { signingKeyById } from '../store/key-repo.js'
import { platformDocumentLoader } from '../store/platform-loader.js'
import type { CredentialsRuntime } from '../store/runtime.js'
import type { CredentialsDatabase } from '../tables.js'

/**
 * The learner's credential bound to their DID: the same claims, id and status entry, with
 * `credentialSubject.id` set to the holder's DID, signed again with the key that signed the
 * original so the issuer and its status list stay the same. Revoking the credential revokes
 * every bound copy, since they share the status entry.
 *
 * @example await holderBoundCopy(db, runtime, record, 'did:key:z6Mk…')
 */
export async function holderBoundCopy(
  db: Kysely<CredentialsDatabase>,
  runtime: CredentialsRuntime,
  record: CredentialRecord,
  holderDid: string,
): Promise<Record<string, unknown>> {
  const { proof: _proof, ...unsigned } = structuredClone(record.document)
  const subject = unsigned.credentialSubject as Record<string, unknown>
  unsigned.credentialSubject = { id: holderDid, ...subject }
  const key = await signingKeyById(db, runtime, record.keyId)
  return signCredential(runtime.config, key, unsigned, await platformDocumentLoader(db, runtime))
}
