import { type Kysely, sql } from 'kysely'
import { DomainError } from '../../shared/index.js'
import type { StudyDatabase } from '../tables.js'
import type { RecordTables } from './decode-tables.js'
import { type RecordSource, tablesRecordSource } from './record-source.js'

/** The views the platform exposes to the study, one per record table. */
export const RECORD_VIEWS = [
  'study_workers',
  'study_credential_awards',
  'study_projects',
  'study_payments',
] as const

/**
 * The platform's own records, read through its SQL views (same columns as the CSV tables), so the
 * study gives the same numbers on the platform as on its exported files. Refuses, naming them,
 * when a view is missing (projects and payments need the marketplace).
 *
 * @example const source = await platformRecordSource(db)
 */
export async function platformRecordSource(db: Kysely<StudyDatabase>): Promise<RecordSource> {
  const missing: string[] = []
  for (const view of RECORD_VIEWS) {
    const { rows } = await sql<{
      found: string | null
    }>`select to_regclass(${view})::text as found`.execute(db)
    if (!rows[0]?.found) missing.push(view)
  }
  if (missing.length > 0) {
    throw new DomainError(
      'conflict',
      'platform_records_unavailable',
      `the platform does not expose ${missing.join(', ')} yet: projects and payments come from the marketplace's contracts and ledger`,
      { missing },
    )
  }
  return tablesRecordSource(await readViews(db))
}

const seconds = (column: string) =>
  sql<number>`extract(epoch from date_trunc('second', ${sql.ref(column)}))::bigint`

async function readViews(db: Kysely<StudyDatabase>): Promise<RecordTables> {
  const workers = await db
    .selectFrom('study_workers')
    .select(['worker_id as workerId', seconds('registered_at').as('registeredAt')])
    .orderBy('worker_id')
    .execute()
  const awards = await db
    .selectFrom('study_credential_awards')
    .select(['award_id as awardId', 'worker_id as workerId', 'test_id as testId', 'score'])
    .select(seconds('awarded_at').as('awardedAt'))
    .orderBy('worker_id')
    .orderBy('awarded_at')
    .orderBy('award_id')
    .execute()
  const projects = await db
    .selectFrom('study_projects')
    .select(['project_id', 'worker_id', 'employer_id', 'value_usd', 'rating', 'completed_at'])
    .select(seconds('started_at').as('startedAt'))
    .select(
      sql<number | null>`extract(epoch from date_trunc('second', completed_at))::bigint`.as(
        'completedAt',
      ),
    )
    .orderBy('worker_id')
    .orderBy('project_id')
    .execute()
  const payments = await db
    .selectFrom('study_payments')
    .select(['payment_id', 'project_id', 'worker_id', 'amount_usd'])
    .select(seconds('paid_at').as('paidAt'))
    .orderBy('worker_id')
    .orderBy('payment_id')
    .execute()
  return {
    workers,
    awards: awards.map((a) => ({ ...a, score: a.score === null ? null : Number(a.score) })),
    projects: projects.map((p) => ({
      projectId: p.project_id,
      workerId: p.worker_id,
      employerId: p.employer_id,
      startedAt: p.startedAt,
      completedAt: p.completedAt,
      valueUsd: Number(p.value_usd),
      rating: p.rating,
    })),
    payments: payments.map((p) => ({
      paymentId: p.payment_id,
      projectId: p.project_id,
      workerId: p.worker_id,
      paidAt: p.paidAt,
      amountUsd: Number(p.amount_usd),
    })),
  }
}
