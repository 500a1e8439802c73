import { type Kysely, sql } from 'kysely'

/**
 * Bonuses, and when a project counts as completed for the study.
 *
 * A bonus is money a client pays a freelancer they worked with on top of a contract's milestones,
 * charged to the client's card straight to the freelancer: a ledger transaction of its own kind,
 * tied to no contract, so the study sees it as a payment without a project.
 *
 * A fixed-price project is completed when the client has approved all its work: releases may
 * follow later (a clearing period, a client who releases late), and the study's completion is
 * the work's, not the money's. A contract that ended otherwise than completed never counts;
 * hourly contracts count once they ended completed, since their weeks arrive one at a time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table ledger_transactions drop constraint ledger_transactions_kind_check`.execute(
    db,
  )
  await sql`alter table ledger_transactions add constraint ledger_transactions_kind_check
    check (kind in ('fund', 'release', 'refund', 'split', 'payout', 'bonus'))`.execute(db)
  await sql`create or replace view study_projects as
    select c.id as project_id, c.freelancer_id as worker_id, c.client_id as employer_id,
           c.started_at,
           case
             when c.end_reason = 'completed' then coalesce(w.last_approved, c.ended_at)
             when c.end_reason is null and c.kind = 'fixed' and w.milestones > 0
                  and w.unapproved = 0 then w.last_approved
           end as completed_at,
           (c.amount_cents / 100.0)::numeric(16, 2) as value_usd,
           r.rating
    from marketplace_contracts c
    cross join lateral (
      select count(*) as milestones,
             count(*) filter (where m.approved_at is null) as unapproved,
             max(m.approved_at) as last_approved
      from marketplace_milestones m where m.contract_id = c.id
    ) w
    left join marketplace_reviews r on r.contract_id = c.id and r.author_side = 'client'
    where c.started_at is not null`.execute(db)
  await sql`create or replace view study_payments as
    select e.id as payment_id, t.contract_id as project_id, a.owner_id as worker_id,
           t.created_at as paid_at, (e.amount_cents / 100.0)::numeric(16, 2) as amount_usd
    from ledger_entries e
    join ledger_transactions t on t.id = e.transaction_id
    join ledger_accounts a on a.id = e.account_id
    where a.kind = 'freelancer_payable' and t.kind in ('release', 'split', 'bonus')
      and e.amount_cents > 0`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create or replace view study_payments as
    select e.id as payment_id, t.contract_id as project_id, a.owner_id as worker_id,
           t.created_at as paid_at, (e.amount_cents / 100.0)::numeric(16, 2) as amount_usd
    from ledger_entries e
    join ledger_transactions t on t.id = e.transaction_id
    join ledger_accounts a on a.id = e.account_id
    where a.kind = 'freelancer_payable' and t.kind in ('release', 'split')
      and e.amount_cents > 0`.execute(db)
  await sql`drop view study_projects`.execute(db)
  await sql`create view study_projects as
    select c.id as project_id, c.freelancer_id as worker_id, c.client_id as employer_id,
           c.started_at,
           case when c.end_reason = 'completed' then c.ended_at end as completed_at,
           (c.amount_cents / 100.0)::numeric(16, 2) as value_usd,
           r.rating
    from marketplace_contracts c
    left join marketplace_reviews r on r.contract_id = c.id and r.author_side = 'client'
    where c.started_at is not null`.execute(db)
  await sql`alter table ledger_transactions drop constraint ledger_transactions_kind_check`.execute(
    db,
  )
  await sql`alter table ledger_transactions add constraint ledger_transactions_kind_check
    check (kind in ('fund', 'release', 'refund', 'split', 'payout'))`.execute(db)
}
