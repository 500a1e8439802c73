import type { Kysely, Selectable } from 'kysely'
import { DomainError } from '../../shared/index.js'
import type { CredentialsDatabase, IssuedCredentialsTable } from '../tables.js'

/** A stored credential as the platform knows it (the signed document plus its state). */
export interface CredentialRecord {
  readonly id: string
  readonly userId: string
  readonly kind: 'open-badge' | 'clr'
  readonly testId: string | null
  readonly pathwayId: string | null
  /** The key that signed it (bound copies are signed with it too). */
  readonly keyId: string
  readonly document: Record<string, unknown>
  /** The signed document exactly as stored, for byte-for-byte downloads. */
  readonly documentJson: string
  readonly shared: boolean
  readonly showHolderName: boolean
  readonly revokedAt: Date | null
  readonly suspended: boolean
  readonly issuedAt: Date
  readonly validUntil: Date | null
}

/** A credential by id, or a 404. */
export async function credentialRecord(
  db: Kysely<CredentialsDatabase>,
  id: string,
): Promise<CredentialRecord> {
  const row = await db
    .selectFrom('issued_credentials')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) throw new DomainError('not_found', 'credential_not_found', `no credential ${id}`)
  return recordOf(row)
}

/** The learner's credentials, newest first. */
export async function learnerCredentials(
  db: Kysely<CredentialsDatabase>,
  userId: string,
): Promise<readonly CredentialRecord[]> {
  const rows = await db
    .selectFrom('issued_credentials')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('issued_at', 'desc')
    .orderBy('id', 'desc')
    .execute()
  return rows.map(recordOf)
}

/**
 * Shares or unshares a credential's public link; only its owner may. Another account gets the
 * same 404 as a missing credential, so ids cannot be probed.
 */
export async function setCredentialShared(
  db: Kysely<CredentialsDatabase>,
  id: string,
  ownerId: string,
  shared: boolean,
  showHolderName?: boolean,
): Promise<CredentialRecord> {
  const row = await db
    .updateTable('issued_credentials')
    // Withdrawing the link also withdraws the name; sharing keeps the last choice unless told.
    .set(
      shared
        ? { shared, ...(showHolderName === undefined ? {} : { show_holder_name: showHolderName }) }
        : { shared, show_holder_name: false },
    )
    .where('id', '=', id)
    .where('user_id', '=', ownerId)
    .returningAll()
    .executeTakeFirst()
  if (!row) throw new DomainError('not_found', 'credential_not_found', `no credential ${id}`)
  return recordOf(row)
}

export function recordOf(row: Selectable<IssuedCredentialsTable>): CredentialRecord {
  return {
    id: row.id,
    userId: row.user_id,
    kind: row.kind,
    testId: row.test_id,
    pathwayId: row.pathway_id,
    keyId: row.key_id,
    document: JSON.parse(row.document),
    documentJson: row.document,
    shared: row.shared,
    showHolderName: row.show_holder_name,
    revokedAt: row.revoked_at,
    suspended: row.suspended,
    issuedAt: row.issued_at,
    validUntil: row.valid_until,
  }
}
