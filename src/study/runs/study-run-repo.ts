import type { Kysely, Selectable } from 'kysely'
import type { StudyEstimates } from '../estimate/study-estimates.js'
import { designCheckSentences, designComparisons } from '../report/design-check.js'
import { headlineSentences } from '../report/headline-text.js'
import type { StudyDatabase, StudyRunsTable } from '../tables.js'
import type { StoredStudyRun, StudyRunSource } from './study-run.js'

export async function insertRun(
  db: Kysely<StudyDatabase>,
  run: {
    id: string
    requestedBy: string
    source: StudyRunSource
    settings: StoredStudyRun['settings']
  },
): Promise<void> {
  await db
    .insertInto('study_runs')
    .values({
      id: run.id,
      requested_by: run.requestedBy,
      source: JSON.stringify(run.source),
      settings: JSON.stringify(run.settings),
      status: 'queued',
      progress: JSON.stringify({ stage: 'queued', workers: 0 }),
    })
    .execute()
}

export async function markRunning(db: Kysely<StudyDatabase>, id: string): Promise<void> {
  await db
    .updateTable('study_runs')
    .set({ status: 'running', started_at: new Date() })
    .where('id', '=', id)
    .execute()
}

export async function recordProgress(
  db: Kysely<StudyDatabase>,
  id: string,
  stage: string,
  workers: number,
): Promise<void> {
  await db
    .updateTable('study_runs')
    .set({ progress: JSON.stringify({ stage, workers }) })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute()
}

export async function finishRun(
  db: Kysely<StudyDatabase>,
  id: string,
  outcome:
    | { estimates: StudyEstimates; workers: number }
    | { failure: string }
    | { cancelled: string },
): Promise<void> {
  const done =
    'estimates' in outcome
      ? {
          status: 'succeeded' as const,
          estimates: JSON.stringify(outcome.estimates),
          progress: JSON.stringify({ stage: 'done', workers: outcome.workers }),
        }
      : 'failure' in outcome
        ? { status: 'failed' as const, failure: JSON.stringify({ message: outcome.failure }) }
        : { status: 'cancelled' as const, failure: JSON.stringify({ message: outcome.cancelled }) }
  await db
    .updateTable('study_runs')
    .set({ ...done, finished_at: new Date() })
    .where('id', '=', id)
    .execute()
}

/** Runs a previous process left queued or running can no longer finish: say so. */
export async function failInterruptedRuns(db: Kysely<StudyDatabase>): Promise<void> {
  await db
    .updateTable('study_runs')
    .set({
      status: 'failed',
      failure: JSON.stringify({
        message: 'interrupted: the server stopped before the run finished',
      }),
      finished_at: new Date(),
    })
    .where('status', 'in', ['queued', 'running'])
    .execute()
}

export async function findRun(
  db: Kysely<StudyDatabase>,
  id: string,
): Promise<StoredStudyRun | null> {
  const row = await db.selectFrom('study_runs').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? toRun(row) : null
}

function toRun(row: Selectable<StudyRunsTable>): StoredStudyRun {
  const { settings, estimates } = row
  return {
    id: row.id,
    requestedBy: row.requested_by,
    source: row.source,
    settings,
    status: row.status,
    progress: row.progress,
    failure: row.failure,
    estimates,
    headline: estimates ? headlineOf(estimates, settings.windowDays) : [],
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  }
}

/**
 * The headline in words, then what the design check says of it. Runs stored before the design
 * check existed have no design-check models; their headline stands alone.
 */
function headlineOf(estimates: StudyEstimates, windowDays: number): string[] {
  const headline = headlineSentences(estimates, windowDays)
  if (!('headline_design_check' in estimates)) return headline
  return [...headline, ...designCheckSentences(designComparisons(estimates))]
}

/** A run as a list shows it: no estimates (they are large), newest first. */
export type StudyRunSummary = Omit<StoredStudyRun, 'estimates' | 'headline'>

export async function listRunsBy(
  db: Kysely<StudyDatabase>,
  requestedBy: string,
  limit: number,
): Promise<StudyRunSummary[]> {
  const rows = await db
    .selectFrom('study_runs')
    .select([
      'id',
      'requested_by',
      'source',
      'settings',
      'status',
      'progress',
      'failure',
      'created_at',
      'started_at',
      'finished_at',
    ])
    .where('requested_by', '=', requestedBy)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
  return rows.map((row) => ({
    id: row.id,
    requestedBy: row.requested_by,
    source: row.source,
    settings: row.settings,
    status: row.status,
    progress: row.progress,
    failure: row.failure,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  }))
}
