import type { Generated, JSONColumnType } from 'kysely'
import type { AccountsTables } from '../accounts/index.js'
import type { GeneratedTimestamp, Timestamp } from '../db/index.js'
import type { SealedSecret } from './keys/key-sealing.js'

/** An issuer key: public half in clear, secret half sealed (AES-256-GCM, scrypt-derived key). */
export interface CredentialKeysTable {
  id: string
  public_key_multibase: string
  sealed_secret: JSONColumnType<SealedSecret>
  status: 'active' | 'retired'
  created_at: GeneratedTimestamp
  retired_at: Timestamp | null
}

/** One Bitstring Status List of one issuer DID and purpose, with its signed credential. */
export interface CredentialStatusListsTable {
  id: string
  issuer_did: string
  key_id: string
  /** `message`: two bits an entry (revoked, suspended); the others one bit, legacy. */
  purpose: 'revocation' | 'suspension' | 'message'
  /** Entries, not bits. */
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
  /** The learner chose to show their name on the public page. */
  show_holder_name: Generated<boolean>
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
  at: GeneratedTimestamp
}

/** An offer of one credential to a wallet (OID4VCI pre-authorized code flow); secrets hashed. */
export interface CredentialWalletOffersTable {
  id: string
  credential_id: string
  user_id: string
  code_hash: string
  tx_code_hash: string | null
  tx_code_failures: Generated<number>
  expires_at: Timestamp
  redeemed_at: Timestamp | null
  access_token_hash: string | null
  access_token_expires_at: Timestamp | null
  /** The wallet's DID the delivered copy is bound to. */
  holder_did: string | null
  delivered_at: Timestamp | null
  created_at: GeneratedTimestamp
}

/** The DID a learner chose for their credentials' subject: downloads are bound to it. */
export interface CredentialHolderDidsTable {
  user_id: string
  did: string
  updated_at: Timestamp
}

/** The tables credentials owns: keys, status lists and every credential it signed. */
export type CredentialsTables = {
  credential_keys: CredentialKeysTable
  credential_status_lists: CredentialStatusListsTable
  credential_status_entries: CredentialStatusEntriesTable
  issued_credentials: IssuedCredentialsTable
  credential_status_events: CredentialStatusEventsTable
  credential_wallet_offers: CredentialWalletOffersTable
  credential_holder_dids: CredentialHolderDidsTable
}

/** The database as credentials' functions see it: its tables, and accounts' for accounts' functions. */
export type CredentialsDatabase = CredentialsTables & AccountsTables
