import { type Kysely, sql } from 'kysely'

/**
 * Credentials carry one `message` status entry (two bits: revoked, suspended) since the OB 3.0
 * schema allows a single `credentialStatus`. The revocation and suspension lists stay: the
 * credentials signed with two entries keep pointing at them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table credential_status_lists drop constraint credential_status_lists_purpose_check`.execute(
    db,
  )
  await sql`alter table credential_status_lists add constraint credential_status_lists_purpose_check
    check (purpose in ('revocation', 'suspension', 'message'))`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table credential_status_lists drop constraint credential_status_lists_purpose_check`.execute(
    db,
  )
  await sql`alter table credential_status_lists add constraint credential_status_lists_purpose_check
    check (purpose in ('revocation', 'suspension'))`.execute(db)
}
