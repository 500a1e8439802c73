import { randomInt } from 'node:crypto'
import type { Kysely, Selectable } from 'kysely'
import { newId } from '../../db/index.js'
import { signCredential } from '../issue/sign.js'
import { issuerDid } from '../keys/issuer-did.js'
import type { SigningKey } from '../keys/issuer-key.js'
import {
  buildStatusListCredential,
  emptyEncodedList,
  flagPosition,
  STATUS_LIST_LENGTH,
  type StatusFlag,
  type StatusPurpose,
  statusListUrl,
  statusSizeOf,
  withStatusBit,
} from '../status/status-list.js'
import type { CredentialStatusListsTable, CredentialsDatabase } from '../tables.js'
import { signingKeyById } from './key-repo.js'
import { platformDocumentLoader } from './platform-loader.js'
import type { CredentialsRuntime } from './runtime.js'

/** Random draws before giving up on finding a free index (a list this full needs a successor). */
export const STATUS_INDEX_ATTEMPTS = 32

type ListRow = Selectable<CredentialStatusListsTable>

/** The issuer's list for `purpose`, created and signed on first use. */
export async function statusListFor(
  db: Kysely<CredentialsDatabase>,
  runtime: CredentialsRuntime,
  key: SigningKey,
  purpose: StatusPurpose,
): Promise<ListRow> {
  const did = issuerDid(runtime.config, key)
  const existing = await findList(db, did, purpose)
  if (existing) return existing
  const id = newId()
  const updatedAt = new Date()
  const encodedList = await emptyEncodedList(STATUS_LIST_LENGTH, statusSizeOf(purpose))
  const credential = await signList(db, runtime, key, { id, did, purpose, encodedList, updatedAt })
  await db
    .insertInto('credential_status_lists')
    .values({
      id,
      issuer_did: did,
      key_id: key.id,
      purpose,
      length: STATUS_LIST_LENGTH,
      encoded_list: encodedList,
      credential: JSON.stringify(credential),
      updated_at: updatedAt,
    })
    .onConflict((conflict) => conflict.columns(['issuer_did', 'purpose']).doNothing())
    .execute()
  return (await findList(db, did, purpose))!
}

/**
 * A random free index of the list for `credentialId`. Random, not sequential, so that the
 * position says nothing about when a credential was issued; the primary key settles races.
 */
export async function allocateStatusIndex(
  db: Kysely<CredentialsDatabase>,
  list: ListRow,
  credentialId: string,
): Promise<number> {
  for (let attempt = 0; attempt < STATUS_INDEX_ATTEMPTS; attempt++) {
    const index = randomInt(list.length)
    const claimed = await db
      .insertInto('credential_status_entries')
      .values({ list_id: list.id, status_index: index, credential_id: credentialId })
      .onConflict((conflict) => conflict.columns(['list_id', 'status_index']).doNothing())
      .returning('status_index')
      .executeTakeFirst()
    if (claimed) return claimed.status_index
  }
  throw new Error(`status list ${list.id} has no free index after ${STATUS_INDEX_ATTEMPTS} draws`)
}

/**
 * Sets or clears a credential's revocation or suspension flag and re-signs the list, holding the
 * list's row lock: the flag's bit of its `message` entry, or, for a credential issued with two
 * entries, the bit of its revocation or suspension list.
 */
export async function setStatusBit(
  db: Kysely<CredentialsDatabase>,
  runtime: CredentialsRuntime,
  credentialId: string,
  flag: StatusFlag,
  set: boolean,
): Promise<void> {
  const entry = await db
    .selectFrom('credential_status_entries as e')
    .innerJoin('credential_status_lists as l', 'l.id', 'e.list_id')
    .select(['e.list_id', 'e.status_index', 'l.purpose'])
    .where('e.credential_id', '=', credentialId)
    .where('l.purpose', 'in', [flag, 'message'])
    .executeTakeFirst()
  if (!entry) return
  const list = await db
    .selectFrom('credential_status_lists')
    .selectAll()
    .where('id', '=', entry.list_id)
    .forUpdate()
    .executeTakeFirstOrThrow()
  const encodedList = await withStatusBit(
    list.encoded_list,
    flagPosition(list.purpose, entry.status_index, flag),
    set,
  )
  const updatedAt = new Date()
  const key = await signingKeyById(db, runtime, list.key_id)
  const credential = await signList(db, runtime, key, {
    id: list.id,
    did: list.issuer_did,
    purpose: list.purpose,
    encodedList,
    updatedAt,
  })
  await db
    .updateTable('credential_status_lists')
    .set({
      encoded_list: encodedList,
      credential: JSON.stringify(credential),
      updated_at: updatedAt,
    })
    .where('id', '=', list.id)
    .execute()
}

function findList(db: Kysely<CredentialsDatabase>, did: string, purpose: StatusPurpose) {
  return db
    .selectFrom('credential_status_lists')
    .selectAll()
    .where('issuer_did', '=', did)
    .where('purpose', '=', purpose)
    .executeTakeFirst()
}

async function signList(
  db: Kysely<CredentialsDatabase>,
  runtime: CredentialsRuntime,
  key: SigningKey,
  list: { id: string; did: string; purpose: StatusPurpose; encodedList: string; updatedAt: Date },
): Promise<Record<string, unknown>> {
  const unsigned = buildStatusListCredential(runtime.config, {
    url: statusListUrl(runtime.config, list.id),
    issuerDid: list.did,
    purpose: list.purpose,
    encodedList: list.encodedList,
    updatedAt: list.updatedAt,
  })
  return signCredential(runtime.config, key, unsigned, await platformDocumentLoader(db, runtime))
}
