import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import { newId } from '../../db/index.js'
import { IDENTITY_SALT_BYTES } from '../issue/open-badge-credential.js'
import { issuerDid } from '../keys/issuer-did.js'
import { buildClrCredential } from '../pathways/clr-credential.js'
import { completedPathways, PATHWAYS, type Pathway } from '../pathways/pathway.js'
import { statusListUrl } from '../status/status-list.js'
import type { CredentialsDatabase } from '../tables.js'
import { activeSigningKey } from './key-repo.js'
import type { CredentialsRuntime } from './runtime.js'
import { allocateStatusIndex, statusListFor } from './status-repo.js'
import { signAndStoreCredential } from './store-signed-credential.js'

/**
 * Issues a CLR for each pathway the learner's valid, unrevoked, unsuspended Open Badges now
 * complete and that has no live CLR yet. The newest credential per test is embedded.
 */
export async function issueClrIfComplete(
  trx: Kysely<CredentialsDatabase>,
  runtime: CredentialsRuntime,
  learner: { readonly id: string; readonly email: string },
  pathways: readonly Pathway[] = PATHWAYS,
): Promise<{ id: string; credential: Record<string, unknown> } | undefined> {
  const now = new Date()
  const held = await trx
    .selectFrom('issued_credentials')
    .select(['id', 'test_id', 'document', 'issued_at'])
    .where('user_id', '=', learner.id)
    .where('kind', '=', 'open-badge')
    .where('revoked_at', 'is', null)
    .where('suspended', '=', false)
    .where('valid_until', '>', now)
    .orderBy('issued_at', 'desc')
    .execute()
  const newestByTest = new Map<string, Record<string, unknown>>()
  for (const row of held) {
    if (row.test_id && !newestByTest.has(row.test_id)) {
      newestByTest.set(row.test_id, JSON.parse(row.document))
    }
  }
  let issued: { id: string; credential: Record<string, unknown> } | undefined
  for (const pathway of completedPathways(newestByTest.keys(), pathways)) {
    const live = await trx
      .selectFrom('issued_credentials')
      .select('id')
      .where('user_id', '=', learner.id)
      .where('kind', '=', 'clr')
      .where('pathway_id', '=', pathway.id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst()
    if (live) continue
    const components = pathway.testIds.map((testId) => newestByTest.get(testId)!)
    issued = await issueClr(trx, runtime, learner, pathway, components)
  }
  return issued
}

async function issueClr(
  trx: Kysely<CredentialsDatabase>,
  runtime: CredentialsRuntime,
  learner: { readonly id: string; readonly email: string },
  pathway: Pathway,
  components: readonly Record<string, unknown>[],
): Promise<{ id: string; credential: Record<string, unknown> }> {
  const { config } = runtime
  const key = await activeSigningKey(trx, runtime)
  const did = issuerDid(config, key)
  const id = newId()
  const statusList = await statusListFor(trx, runtime, key, 'message')
  const index = await allocateStatusIndex(trx, statusList, id)
  const issuedAt = new Date()
  const unsigned = buildClrCredential(config, {
    credentialId: id,
    issuerDid: did,
    pathway,
    learnerEmail: learner.email,
    salt: randomBytes(IDENTITY_SALT_BYTES).toString('base64url'),
    issuedAt,
    components,
    status: { listUrl: statusListUrl(config, statusList.id), index },
  })
  const credential = await signAndStoreCredential(trx, runtime, {
    id,
    key,
    issuerDid: did,
    issuedAt,
    unsigned,
    owner: { kind: 'clr', userId: learner.id, pathwayId: pathway.id },
  })
  return { id, credential }
}
