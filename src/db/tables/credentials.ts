import type { ColumnType, Generated } from 'kysely'
import type { Timestamp } from '../column-types.js'

/** A jsonb column: written as JSON text, read back parsed. */
type Json<T> = ColumnType<T, string, string>

/** A timestamptz the database fills with now() unless given. */
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>

/** An issuer key: public half in clear, secret half sealed (AES-256-GCM, scrypt-derived key). */
export interface CredentialKeysTable {
  id: string
  public_key_multibase: string
  sealed_secret: Json<Record<string, unknown>>
  status: 'active' | 'retired'
  created_at: DefaultedTimestamp
  retired_at: Timestamp | null
}

/** One Bitstring Status List of one issuer DID and purpose, with its signed credential. */
export interface CredentialStatusListsTable {
  id: string
  issuer_did: string
  key_id: string
  purpose: 'revocation' | 'suspension'
  length: number
  encoded_list: string
  /** The signed BitstringStatusListCredential, exactly as served. */
  credential: string
  updated_at: Timestamp
}

/** Which index of which list a credential holds; the primary key makes allocation race-free. */
export interface CredentialStatusEntriesTable {
  list_id: string
  status_index: number
  credential_id: string
}

/** Every credential the platform signed: Open Badges for passes, CLRs for pathways. */
export interface IssuedCredentialsTable {
  id: string
  user_id: string
  kind: 'open-badge' | 'clr'
  certification_id: string | null
  test_id: string | null
  pathway_id: string | null
  key_id: string
  issuer_did: string
  /** The signed credential, exactly as signed (text, so it is served byte for byte). */
  document: string
  valid_until: Timestamp | null
  shared: Generated<boolean>
  revoked_at: Timestamp | null
  suspended: Generated<boolean>
  issued_at: Timestamp
}

/** Audit log of revocations and suspensions: who, what, why, when. */
export interface CredentialStatusEventsTable {
  id: string
  credential_id: string
  user_id: string
  action: 'revoke' | 'suspend' | 'reinstate'
  reason: string
  actor_id: string | null
  at: DefaultedTimestamp
}

export interface CredentialsTables {
  credential_keys: CredentialKeysTable
  credential_status_lists: CredentialStatusListsTable
  credential_status_entries: CredentialStatusEntriesTable
  issued_credentials: IssuedCredentialsTable
  credential_status_events: CredentialStatusEventsTable
}
