import { type Kysely, sql } from 'kysely'

const check = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`)

/**
 * The marketplace: profiles, jobs, proposals with their qualification snapshot, interview
 * messages, contracts and milestones. Row types live with the marketplace part. Every table that
 * grows with people carries the owning user's id so a distributed PostgreSQL can co-locate it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('marketplace_profiles')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('headline', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('hourly_rate_cents', 'bigint', (c) => c.check(sql`hourly_rate_cents >= 0`))
    .addColumn('skills', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('organisation', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('marketplace_jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('skills', 'jsonb', (c) => c.notNull())
    .addColumn('required_tests', 'jsonb', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(check('kind', ['fixed', 'hourly'])))
    .addColumn('budget_cents', 'bigint', (c) => c.notNull().check(sql`budget_cents > 0`))
    .addColumn('visibility', 'text', (c) =>
      c.notNull().check(check('visibility', ['public', 'unlisted'])),
    )
    .addColumn('status', 'text', (c) =>
      c.notNull().check(check('status', ['draft', 'open', 'closed', 'filled', 'cancelled'])),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('opened_at', 'timestamptz')
    // Full-text search over title and description; the same generated column on both engines.
    .addColumn('search', sql`tsvector`, (c) =>
      c.generatedAlwaysAs(sql`to_tsvector('english', title || ' ' || description)`).stored(),
    )
    .execute()
  await sql`create index marketplace_jobs_search on marketplace_jobs using gin (search)`.execute(db)
  await db.schema
    .createIndex('marketplace_jobs_status_category')
    .on('marketplace_jobs')
    .columns(['status', 'category', 'created_at'])
    .execute()
  await db.schema
    .createIndex('marketplace_jobs_client')
    .on('marketplace_jobs')
    .columns(['client_id', 'created_at'])
    .execute()

  await db.schema
    .createTable('marketplace_proposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('job_id', 'text', (c) => c.notNull().references('marketplace_jobs.id'))
    .addColumn('freelancer_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('cover_letter', 'text', (c) => c.notNull())
    .addColumn('bid_cents', 'bigint', (c) => c.notNull().check(sql`bid_cents > 0`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(
          check('status', [
            'submitted',
            'shortlisted',
            'interviewing',
            'offered',
            'hired',
            'withdrawn',
            'declined',
          ]),
        ),
    )
    // What the client saw when the freelancer applied: certifications, rating, history.
    .addColumn('snapshot', 'jsonb', (c) => c.notNull())
    .addColumn('offer', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  // One proposal per freelancer per job, enforced by the database.
  await db.schema
    .createIndex('marketplace_proposals_one_per_job')
    .on('marketplace_proposals')
    .columns(['job_id', 'freelancer_id'])
    .unique()
    .execute()
  await db.schema
    .createIndex('marketplace_proposals_freelancer')
    .on('marketplace_proposals')
    .columns(['freelancer_id', 'created_at'])
    .execute()

  await db.schema
    .createTable('marketplace_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('marketplace_proposals.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('slots', 'jsonb', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('marketplace_messages_thread')
    .on('marketplace_messages')
    .columns(['proposal_id', 'sent_at', 'id'])
    .execute()

  await db.schema
    .createTable('marketplace_contracts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('job_id', 'text', (c) => c.notNull().references('marketplace_jobs.id'))
    .addColumn('proposal_id', 'text', (c) =>
      c.notNull().unique().references('marketplace_proposals.id'),
    )
    .addColumn('client_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('freelancer_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(check('kind', ['fixed', 'hourly'])))
    .addColumn('amount_cents', 'bigint', (c) => c.notNull().check(sql`amount_cents > 0`))
    .addColumn('fee_basis_points', 'integer', (c) =>
      c.notNull().check(sql`fee_basis_points between 0 and 10000`),
    )
    .addColumn('status', 'text', (c) =>
      c.notNull().check(check('status', ['pending_funding', 'active', 'ended'])),
    )
    .addColumn('end_reason', 'text', (c) =>
      c.check(check('end_reason', ['completed', 'cancelled', 'mutual', 'administrator'])),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz')
    .addColumn('ended_at', 'timestamptz')
    .execute()
  await db.schema
    .createIndex('marketplace_contracts_freelancer')
    .on('marketplace_contracts')
    .columns(['freelancer_id', 'created_at'])
    .execute()
  await db.schema
    .createIndex('marketplace_contracts_client')
    .on('marketplace_contracts')
    .columns(['client_id', 'created_at'])
    .execute()

  await db.schema
    .createTable('marketplace_milestones')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('contract_id', 'text', (c) => c.notNull().references('marketplace_contracts.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('amount_cents', 'bigint', (c) => c.notNull().check(sql`amount_cents > 0`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(
          check('status', [
            'proposed',
            'funded',
            'submitted',
            'changes_requested',
            'approved',
            'released',
            'refunded',
            'disputed',
            'resolved',
          ]),
        ),
    )
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('approved_at', 'timestamptz')
    .addColumn('approved_by', 'text', (c) =>
      c.check(check('approved_by', ['client', 'automatic', 'administrator'])),
    )
    .addColumn('settled_at', 'timestamptz')
    .addColumn('note', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('marketplace_milestones_position')
    .on('marketplace_milestones')
    .columns(['contract_id', 'position'])
    .unique()
    .execute()
  // The auto-approval job looks for submitted milestones by submission time.
  await db.schema
    .createIndex('marketplace_milestones_submitted')
    .on('marketplace_milestones')
    .columns(['submitted_at'])
    .where(sql.ref('status'), '=', 'submitted')
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'marketplace_milestones',
    'marketplace_contracts',
    'marketplace_messages',
    'marketplace_proposals',
    'marketplace_jobs',
    'marketplace_profiles',
  ]) {
    await db.schema.dropTable(table).execute()
  }
}
