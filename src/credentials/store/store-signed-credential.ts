import type { Kysely } from 'kysely'
import { signCredential } from '../issue/sign.js'
import type { SigningKey } from '../keys/issuer-key.js'
import type { CredentialsDatabase } from '../tables.js'
import { platformDocumentLoader } from './platform-loader.js'
import type { CredentialsRuntime } from './runtime.js'

/** What an issued credential belongs to: a certification's badge, or a pathway's CLR. */
export type CredentialOwner =
  | {
      readonly kind: 'open-badge'
      readonly userId: string
      readonly certificationId: string
      readonly testId: string
    }
  | { readonly kind: 'clr'; readonly userId: string; readonly pathwayId: string }

/**
 * Signs an unsigned credential with `key` and stores it, in the caller's transaction: the one
 * place every credential the platform issues goes through.
 */
export async function signAndStoreCredential(
  trx: Kysely<CredentialsDatabase>,
  runtime: CredentialsRuntime,
  issued: {
    readonly id: string
    readonly key: SigningKey
    readonly issuerDid: string
    readonly issuedAt: Date
    readonly unsigned: Record<string, unknown>
    readonly owner: CredentialOwner
  },
): Promise<Record<string, unknown>> {
  const { id, key, owner } = issued
  const credential = await signCredential(
    runtime.config,
    key,
    issued.unsigned,
    await platformDocumentLoader(trx, runtime),
  )
  await trx
    .insertInto('issued_credentials')
    .values({
      id,
      user_id: owner.userId,
      kind: owner.kind,
      certification_id: owner.kind === 'open-badge' ? owner.certificationId : null,
      test_id: owner.kind === 'open-badge' ? owner.testId : null,
      pathway_id: owner.kind === 'clr' ? owner.pathwayId : null,
      key_id: key.id,
      issuer_did: issued.issuerDid,
      document: JSON.stringify(credential),
      valid_until:
        typeof credential.validUntil === 'string' ? new Date(credential.validUntil) : null,
      revoked_at: null,
      issued_at: issued.issuedAt,
    })
    .execute()
  return credential
}
