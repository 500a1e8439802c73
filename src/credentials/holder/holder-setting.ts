import type { Kysely } from 'kysely'
import type { Queryable } from '../../db/index.js'
import type { CallerTransaction } from '../store/caller-transaction.js'
import { joinCallerTransaction } from '../store/caller-transaction.js'
import type { CredentialsDatabase } from '../tables.js'
import { holderKeyOf } from './holder-did.js'

/**
 * The DID the learner saved for their credentials' subject, or null. Credentials the learner
 * downloads afterwards carry it as `credentialSubject.id` unless they ask for another.
 *
 * @example await savedHolderDid(db, accountId)
 */
export async function savedHolderDid(
  db: Queryable<CredentialsDatabase>,
  userId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('credential_holder_dids')
    .select('did')
    .where('user_id', '=', userId)
    .executeTakeFirst()
  return row?.did ?? null
}

/**
 * Saves (or replaces) the learner's holder DID after checking it is a did:key of an Ed25519 key,
 * the only kind a credential can be bound to here; anything else is a 400 naming what is wrong.
 *
 * @example await saveHolderDid(db, accountId, 'did:key:z6Mk…')
 */
export async function saveHolderDid(
  db: Kysely<CredentialsDatabase>,
  userId: string,
  did: string,
  now = new Date(),
): Promise<string> {
  const { did: checked } = await holderKeyOf(did)
  await db
    .insertInto('credential_holder_dids')
    .values({ user_id: userId, did: checked, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ did: checked, updated_at: now }))
    .execute()
  return checked
}

/** Forgets the learner's holder DID: downloads are unbound again. */
export async function forgetHolderDid(
  db: Queryable<CredentialsDatabase>,
  userId: string,
): Promise<void> {
  await db.deleteFrom('credential_holder_dids').where('user_id', '=', userId).execute()
}

/** Erasing an account forgets its DID in the erasure's transaction (a DID links its holder). */
export async function forgetHolderDidOnErasure(
  trx: CallerTransaction,
  userId: string,
): Promise<void> {
  await forgetHolderDid(joinCallerTransaction(trx), userId)
}
