import type { Kysely, Selectable } from 'kysely'
import { newId } from '../../db/index.js'
import { generateKeyMaterial, type IssuerKey, type SigningKey } from '../keys/issuer-key.js'
import { sealSecret, unsealSecret } from '../keys/key-sealing.js'
import type { CredentialKeysTable, CredentialsDatabase } from '../tables.js'
import type { CredentialsRuntime } from './runtime.js'

/**
 * The active issuer key, made (and sealed) on first use. Two processes racing to make it meet on
 * the one-active-key index; the loser reads the winner's key.
 */
export async function activeSigningKey(
  db: Kysely<CredentialsDatabase>,
  runtime: CredentialsRuntime,
): Promise<SigningKey> {
  const existing = await db
    .selectFrom('credential_keys')
    .selectAll()
    .where('status', '=', 'active')
    .executeTakeFirst()
  if (existing) return unsealRow(existing, runtime)
  const material = await generateKeyMaterial()
  await db
    .insertInto('credential_keys')
    .values({
      id: newId(),
      public_key_multibase: material.publicKeyMultibase,
      sealed_secret: JSON.stringify(sealSecret(material.secretKeyMultibase, runtime.keySecret)),
      status: 'active',
      retired_at: null,
    })
    .onConflict((conflict) => conflict.column('status').where('status', '=', 'active').doNothing())
    .execute()
  const row = await db
    .selectFrom('credential_keys')
    .selectAll()
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow()
  return unsealRow(row, runtime)
}

/** A key by id with its secret half, for re-signing the status lists of a retired key. */
export async function signingKeyById(
  db: Kysely<CredentialsDatabase>,
  runtime: CredentialsRuntime,
  keyId: string,
): Promise<SigningKey> {
  const cached = runtime.unsealedKeys.get(keyId)
  if (cached) return cached
  const row = await db
    .selectFrom('credential_keys')
    .selectAll()
    .where('id', '=', keyId)
    .executeTakeFirstOrThrow()
  return unsealRow(row, runtime)
}

/** Every key ever used, oldest first: what the DID document lists. */
export async function allIssuerKeys(
  db: Kysely<CredentialsDatabase>,
): Promise<readonly IssuerKey[]> {
  const rows = await db
    .selectFrom('credential_keys')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  return rows.map(publicKeyOf)
}

/**
 * Retires the active key and makes a new one; the retired key stays in the table and in the DID
 * document, so everything it signed still verifies.
 */
export async function rotateIssuerKey(
  db: Kysely<CredentialsDatabase>,
  runtime: CredentialsRuntime,
): Promise<{ retired: IssuerKey | null; active: IssuerKey }> {
  const before = await db
    .updateTable('credential_keys')
    .set({ status: 'retired', retired_at: new Date() })
    .where('status', '=', 'active')
    .returningAll()
    .executeTakeFirst()
  const { secretKeyMultibase: _secret, ...active } = await activeSigningKey(db, runtime)
  return { retired: before ? publicKeyOf(before) : null, active }
}

function unsealRow(row: Selectable<CredentialKeysTable>, runtime: CredentialsRuntime): SigningKey {
  const cached = runtime.unsealedKeys.get(row.id)
  if (cached && cached.status === row.status) return cached
  const key: SigningKey = {
    ...publicKeyOf(row),
    secretKeyMultibase: unsealSecret(row.sealed_secret, runtime.keySecret),
  }
  runtime.unsealedKeys.set(row.id, key)
  return key
}

function publicKeyOf(row: Selectable<CredentialKeysTable>): IssuerKey {
  return {
    id: row.id,
    publicKeyMultibase: row.public_key_multibase,
    status: row.status,
    createdAt: row.created_at,
    retiredAt: row.retired_at,
  }
}
