import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('credential_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('public_key_multibase', 'text', (c) => c.notNull().unique())
    .addColumn('sealed_secret', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'retired')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('retired_at', 'timestamptz')
    .execute()
  // One active key at a time, enforced by the index rather than by reading first.
  await db.schema
    .createIndex('credential_keys_one_active')
    .on('credential_keys')
    .column('status')
    .unique()
    .where(sql.ref('status'), '=', 'active')
    .execute()

  await db.schema
    .createTable('credential_status_lists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('issuer_did', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull().references('credential_keys.id'))
    .addColumn('purpose', 'text', (c) =>
      c.notNull().check(sql`purpose in ('revocation', 'suspension')`),
    )
    .addColumn('length', 'integer', (c) => c.notNull())
    .addColumn('encoded_list', 'text', (c) => c.notNull())
    .addColumn('credential', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('credential_status_lists_issuer_purpose')
    .on('credential_status_lists')
    .columns(['issuer_did', 'purpose'])
    .unique()
    .execute()

  await db.schema
    .createTable('issued_credentials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('open-badge', 'clr')`))
    .addColumn('certification_id', 'text', (c) => c.unique().references('certifications.id'))
    .addColumn('test_id', 'text')
    .addColumn('pathway_id', 'text')
    .addColumn('key_id', 'text', (c) => c.notNull().references('credential_keys.id'))
    .addColumn('issuer_did', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'timestamptz')
    .addColumn('shared', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('suspended', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('issued_credentials_user')
    .on('issued_credentials')
    .column('user_id')
    .execute()
  // One live CLR per learner and pathway.
  await db.schema
    .createIndex('issued_credentials_one_live_clr')
    .on('issued_credentials')
    .columns(['user_id', 'pathway_id'])
    .unique()
    .where(sql.ref('kind'), '=', 'clr')
    .where(sql.ref('revoked_at'), 'is', null)
    .execute()

  await db.schema
    .createTable('credential_status_entries')
    .addColumn('list_id', 'text', (c) => c.notNull().references('credential_status_lists.id'))
    .addColumn('status_index', 'integer', (c) => c.notNull())
    .addColumn('credential_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('credential_status_entries_pk', ['list_id', 'status_index'])
    .execute()

  await db.schema
    .createTable('credential_status_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('credential_id', 'text', (c) => c.notNull().references('issued_credentials.id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) =>
      c.notNull().check(sql`action in ('revoke', 'suspend', 'reinstate')`),
    )
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`length(reason) > 0`))
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createIndex('credential_status_events_credential')
    .on('credential_status_events')
    .column('credential_id')
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('credential_status_events').execute()
  await db.schema.dropTable('credential_status_entries').execute()
  await db.schema.dropTable('issued_credentials').execute()
  await db.schema.dropTable('credential_status_lists').execute()
  await db.schema.dropTable('credential_keys').execute()
}
