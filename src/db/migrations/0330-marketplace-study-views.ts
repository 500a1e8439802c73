import { type Kysely, sql } from 'kysely'

/**
 * The study's projects and payments over the marketplace: a project is a contract from its first
 * funding (started_at) to its completion, worth its agreed amount, rated by the client's review;
 * a payment is money released to the freelancer (net of the platform's fee) in the ledger.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create view study_projects as
    select c.id as project_id, c.freelancer_id as worker_id, c.client_id as employer_id,
           c.started_at,
           case when c.end_reason = 'completed' then c.ended_at end as completed_at,
           (c.amount_cents / 100.0)::numeric(16, 2) as value_usd,
           r.rating
    from marketplace_contracts c
    left join marketplace_reviews r on r.contract_id = c.id and r.author_side = 'client'
    where c.started_at is not null`.execute(db)
  await sql`create view study_payments as
    select e.id as payment_id, t.contract_id as project_id, a.owner_id as worker_id,
           t.created_at as paid_at, (e.amount_cents / 100.0)::numeric(16, 2) as amount_usd
    from ledger_entries e
    join ledger_transactions t on t.id = e.transaction_id
    join ledger_accounts a on a.id = e.account_id
    where a.kind = 'freelancer_payable' and t.kind in ('release', 'split')
      and e.amount_cents > 0`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop view study_payments`.execute(db)
  await sql`drop view study_projects`.execute(db)
}
