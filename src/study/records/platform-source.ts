import { type Kysely, sql } from 'kysely'
import { DomainError } from '../../shared/index.js'
import type {
  CredentialAwardRecord,
  PaymentRecord,
  ProjectRecord,
  WorkerHistory,
  WorkerRecord,
} from '../records.js'
import type { StudyDatabase } from '../tables.js'
import type { RecordSource } from './record-source.js'

/** The views the platform exposes to the study, one per record table. */
export const RECORD_VIEWS = [
  'study_workers',
  'study_credential_awards',
  'study_projects',
  'study_payments',
] as const

/**
 * Workers read per page of the views. A page's records are all the reader holds at once, so the
 * platform's size never decides the study's memory; four queries a page keep round trips few.
 */
export const PLATFORM_WORKERS_PER_PAGE = 500

/** A platform source also says how many workers it will yield (to bound a run before it starts). */
export interface PlatformRecordSource extends RecordSource {
  countWorkers(): Promise<number>
  /** When the first worker registered (epoch seconds), null with no workers. */
  firstRegistration(): Promise<number | null>
}

/**
 * The platform's own records, read through its SQL views (same columns as the CSV tables), so the
 * study gives the same numbers on the platform as on its exported files. Workers come in keyset
 * pages ordered by worker_id, each page's awards, projects and payments read together, so no
 * table is ever held whole. Refuses, naming them, when a view is missing.
 *
 * @example const source = await platformRecordSource(db)
 */
export async function platformRecordSource(
  db: Kysely<StudyDatabase>,
  workersPerPage = PLATFORM_WORKERS_PER_PAGE,
): Promise<PlatformRecordSource> {
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
  return {
    async countWorkers() {
      const row = await db
        .selectFrom('study_workers')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
      return Number(row.n)
    },
    async firstRegistration() {
      const row = await db
        .selectFrom('study_workers')
        .select(sql<string | null>`extract(epoch from min(registered_at))::bigint`.as('at'))
        .executeTakeFirstOrThrow()
      return row.at === null ? null : Number(row.at)
    },
    async *histories() {
      let after: string | null = null
      for (;;) {
        const workers = await workerPage(db, after, workersPerPage)
        if (workers.length === 0) return
        yield* await historiesOf(db, workers)
        after = workers[workers.length - 1]!.workerId
        if (workers.length < workersPerPage) return
      }
    },
  }
}

/** Whole seconds since the epoch, as the CSV loader reads `…T…Z` to the second. */
const seconds = (column: string) =>
  sql<number>`extract(epoch from date_trunc('second', ${sql.ref(column)}))::bigint`

function workerPage(
  db: Kysely<StudyDatabase>,
  after: string | null,
  limit: number,
): Promise<WorkerRecord[]> {
  let query = db
    .selectFrom('study_workers')
    .select(['worker_id as workerId', seconds('registered_at').as('registeredAt')])
    .orderBy('worker_id')
    .limit(limit)
  if (after !== null) query = query.where('worker_id', '>', after)
  return query
    .execute()
    .then((rows) =>
      rows.map((w) => ({ workerId: w.workerId, registeredAt: Number(w.registeredAt) })),
    )
}

/** The histories of one page of workers, in the page's order. */
async function historiesOf(
  db: Kysely<StudyDatabase>,
  workers: readonly WorkerRecord[],
): Promise<WorkerHistory[]> {
  const ids = workers.map((w) => w.workerId)
  const [awards, projects, payments] = await Promise.all([
    db
      .selectFrom('study_credential_awards')
      .select(['award_id', 'worker_id', 'test_id', 'score', seconds('awarded_at').as('at')])
      .where('worker_id', 'in', ids)
      .orderBy('worker_id')
      .orderBy('awarded_at')
      .orderBy('award_id')
      .execute(),
    db
      .selectFrom('study_projects')
      .select(['project_id', 'worker_id', 'employer_id', 'value_usd', 'rating'])
      .select(seconds('started_at').as('started'))
      .select(
        sql<number | null>`extract(epoch from date_trunc('second', completed_at))::bigint`.as(
          'completed',
        ),
      )
      .where('worker_id', 'in', ids)
      .orderBy('worker_id')
      .orderBy('started_at')
      .orderBy('project_id')
      .execute(),
    db
      .selectFrom('study_payments')
      .select(['payment_id', 'project_id', 'worker_id', 'amount_usd', seconds('paid_at').as('at')])
      .where('worker_id', 'in', ids)
      .orderBy('worker_id')
      .orderBy('paid_at')
      .orderBy('payment_id')
      .execute(),
  ])
  const histories = new Map(
    workers.map((worker) => [
      worker.workerId,
      {
        worker,
        awards: [] as CredentialAwardRecord[],
        projects: [] as ProjectRecord[],
        payments: [] as PaymentRecord[],
      },
    ]),
  )
  for (const a of awards) {
    histories.get(a.worker_id)!.awards.push({
      awardId: a.award_id,
      workerId: a.worker_id,
      testId: a.test_id,
      awardedAt: Number(a.at),
      score: a.score === null ? null : Number(a.score),
    })
  }
  for (const p of projects) {
    histories.get(p.worker_id)!.projects.push({
      projectId: p.project_id,
      workerId: p.worker_id,
      employerId: p.employer_id,
      startedAt: Number(p.started),
      completedAt: p.completed === null ? null : Number(p.completed),
      valueUsd: Number(p.value_usd),
      rating: p.rating === null ? null : Number(p.rating),
    })
  }
  for (const p of payments) {
    histories.get(p.worker_id)!.payments.push({
      paymentId: p.payment_id,
      projectId: p.project_id,
      workerId: p.worker_id,
      paidAt: Number(p.at),
      amountUsd: Number(p.amount_usd),
    })
  }
  return [...histories.values()]
}
