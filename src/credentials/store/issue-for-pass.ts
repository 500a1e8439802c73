import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import { type Database, newId } from '../../db/index.js'
import { buildOpenBadgeCredential, IDENTITY_SALT_BYTES } from '../issue/open-badge-credential.js'
import type { PassForCredential } from '../issue/pass.js'
import { signCredential } from '../issue/sign.js'
import { issuerDid } from '../keys/issuer-did.js'
import { pathwaysContaining, pathwayUrl } from '../pathways/pathway.js'
import { statusListUrl } from '../status/status-list.js'
import { issueClrIfComplete } from './clr-issuance.js'
import { activeSigningKey } from './key-repo.js'
import { platformDocumentLoader } from './platform-loader.js'
import { type CredentialsRuntime, defaultCredentialsRuntime } from './runtime.js'
import { allocateStatusIndex, statusListFor } from './status-repo.js'

/** A credential the platform signed and stored. */
export interface IssuedCredential {
  readonly id: string
  readonly credential: Record<string, unknown>
}

/**
 * Issues, signs and stores the Open Badge of a pass, in the caller's transaction (the one that
 * records the pass), and a CLR when the pass completes a pathway. Throwing rolls the pass back.
 *
 * @example await transact(db, (trx) => issueCredentialForPass(trx, { certification, test, learner }))
 */
export async function issueCredentialForPass(
  trx: Kysely<Database>,
  pass: PassForCredential,
  runtime: CredentialsRuntime = defaultCredentialsRuntime(),
): Promise<{ credential: IssuedCredential; clr: IssuedCredential | undefined }> {
  const { config } = runtime
  const key = await activeSigningKey(trx, runtime)
  const did = issuerDid(config, key)
  const id = newId()
  const [revocation, suspension] = await Promise.all([
    statusListFor(trx, runtime, key, 'revocation'),
    statusListFor(trx, runtime, key, 'suspension'),
  ])
  const revocationIndex = await allocateStatusIndex(trx, revocation, id)
  const suspensionIndex = await allocateStatusIndex(trx, suspension, id)
  const issuedAt = new Date()
  const unsigned = buildOpenBadgeCredential(config, {
    credentialId: id,
    issuerDid: did,
    pass,
    revocation: { listUrl: statusListUrl(config, revocation.id), index: revocationIndex },
    suspension: { listUrl: statusListUrl(config, suspension.id), index: suspensionIndex },
    salt: randomBytes(IDENTITY_SALT_BYTES).toString('base64url'),
    issuedAt,
    pathways: pathwaysContaining(pass.test.id).map((pathway) => ({
      id: pathwayUrl(config.baseUrl, pathway.id),
      name: pathway.name,
    })),
  })
  const credential = await signCredential(
    config,
    key,
    unsigned,
    await platformDocumentLoader(trx, runtime),
  )
  await trx
    .insertInto('issued_credentials')
    .values({
      id,
      user_id: pass.learner.id,
      kind: 'open-badge',
      certification_id: pass.certification.id,
      test_id: pass.test.id,
      pathway_id: null,
      key_id: key.id,
      issuer_did: did,
      document: JSON.stringify(credential),
      valid_until: new Date(credential.validUntil as string),
      revoked_at: null,
      issued_at: issuedAt,
    })
    .execute()
  const clr = await issueClrIfComplete(trx, runtime, pass.learner)
  return { credential: { id, credential }, clr }
}

/**
 * The pass hook the assessment part registers: issuance with the process's runtime, in the pass
 * transaction.
 *
 * @example registerPassHook(issueCredentialOnPass)
 */
export async function issueCredentialOnPass(
  trx: Kysely<Database>,
  pass: PassForCredential,
): Promise<void> {
  await issueCredentialForPass(trx, pass)
}
