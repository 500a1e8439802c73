import { randomBytes } from 'node:crypto'
import { newId, type Queryable } from '../../db/index.js'
import { buildOpenBadgeCredential, IDENTITY_SALT_BYTES } from '../issue/open-badge-credential.js'
import type { PassForCredential } from '../issue/pass.js'
import { issuerDid } from '../keys/issuer-did.js'
import { pathwaysContaining, pathwayUrl } from '../pathways/pathway.js'
import { statusListUrl } from '../status/status-list.js'
import type { CredentialsDatabase } from '../tables.js'
import { type CallerTransaction, joinCallerTransaction } from './caller-transaction.js'
import { issueClrIfComplete } from './clr-issuance.js'
import { activeSigningKey } from './key-repo.js'
import type { CredentialsRuntime } from './runtime.js'
import { allocateStatusIndex, statusListFor } from './status-repo.js'
import { signAndStoreCredential } from './store-signed-credential.js'

/** A credential the platform signed and stored. */
export interface IssuedCredential {
  readonly id: string
  readonly credential: Record<string, unknown>
}

/**
 * Issues, signs and stores the Open Badge of a pass, in the caller's transaction (the one that
 * records the pass), and a CLR when the pass completes a pathway. Throwing rolls the pass back.
 *
 * @example await transact(db, (trx) => issueCredentialForPass(trx, { certification, test, learner }, runtime))
 */
export async function issueCredentialForPass(
  trx: Queryable<CredentialsDatabase>,
  pass: PassForCredential,
  runtime: CredentialsRuntime,
): Promise<{ credential: IssuedCredential; clr: IssuedCredential | undefined }> {
  const { config } = runtime
  const key = await activeSigningKey(trx, runtime)
  const did = issuerDid(config, key)
  const id = newId()
  const statusList = await statusListFor(trx, runtime, key, 'message')
  const statusIndex = await allocateStatusIndex(trx, statusList, id)
  const issuedAt = new Date()
  const unsigned = buildOpenBadgeCredential(config, {
    credentialId: id,
    issuerDid: did,
    pass,
    status: { listUrl: statusListUrl(config, statusList.id), index: statusIndex },
    salt: randomBytes(IDENTITY_SALT_BYTES).toString('base64url'),
    issuedAt,
    pathways: pathwaysContaining(pass.test.id).map((pathway) => ({
      id: pathwayUrl(config.baseUrl, pathway.id),
      name: pathway.name,
    })),
  })
  const credential = await signAndStoreCredential(trx, runtime, {
    id,
    key,
    issuerDid: did,
    issuedAt,
    unsigned,
    owner: {
      kind: 'open-badge',
      userId: pass.learner.id,
      certificationId: pass.certification.id,
      testId: pass.test.id,
    },
  })
  const clr = await issueClrIfComplete(trx, runtime, pass.learner)
  return { credential: { id, credential }, clr }
}

/**
 * The pass hook the platform gives assessment: issuance with the platform's runtime, in the pass
 * transaction.
 *
 * @example createAttempts({ ...services, passHooks: [issueCredentialOnPass(runtime)] })
 */
export function issueCredentialOnPass(
  runtime: CredentialsRuntime,
): (trx: CallerTransaction, pass: PassForCredential) => Promise<void> {
  return async (trx, pass) => {
    await issueCredentialForPass(joinCallerTransaction(trx), pass, runtime)
  }
}
