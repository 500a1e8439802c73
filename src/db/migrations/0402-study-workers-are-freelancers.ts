import { type Kysely, sql } from 'kysely'

/**
 * The study's workers are the platform's freelancers, not every member: a client who never
 * offered work would otherwise count as a worker with no history. A member is a freelancer once
 * they hold a certification, have applied for a job or worked a contract, or keep a freelancer
 * profile (a rate or skills). Registration stays the account's creation.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create or replace view study_workers as
    select u.id as worker_id, u.created_at as registered_at
    from users u
    where u.role = 'member' and (
      exists (select 1 from certifications c where c.candidate_id = u.id)
      or exists (select 1 from marketplace_proposals p where p.freelancer_id = u.id)
      or exists (select 1 from marketplace_contracts k where k.freelancer_id = u.id)
      or exists (
        select 1 from marketplace_profiles f
        where f.user_id = u.id and (f.hourly_rate_cents is not null or f.skills <> '[]'::jsonb)
      )
    )`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create or replace view study_workers as
    select id as worker_id, created_at as registered_at from users where role = 'member'`.execute(
    db,
  )
}
