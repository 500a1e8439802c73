import type { ColumnType, JSONColumnType } from 'kysely'
import type { GeneratedTimestamp, Timestamp } from '../db/index.js'
import type { StudyEstimates } from './estimate/study-estimates.js'
import type { StoredStudyRun, StudyRunSource, StudyRunStatus } from './runs/study-run.js'

export interface StudyRunsTable {
  id: string
  requested_by: string
  source: JSONColumnType<StudyRunSource>
  settings: JSONColumnType<StoredStudyRun['settings']>
  status: StudyRunStatus
  /** The database writes the queued stage unless given. */
  progress: ColumnType<StoredStudyRun['progress'], string | undefined, string>
  failure: JSONColumnType<{ readonly message: string } | null> | null
  estimates: JSONColumnType<StudyEstimates | null> | null
  created_at: GeneratedTimestamp
  started_at: Timestamp | null
  finished_at: Timestamp | null
}

/** The record views (read-only): the study's four tables over the platform's own. */
export interface StudyWorkersView {
  worker_id: string
  registered_at: Date
}

export interface StudyCredentialAwardsView {
  award_id: string
  worker_id: string
  test_id: string
  awarded_at: Date
  score: number | null
}

export interface StudyProjectsView {
  project_id: string
  worker_id: string
  employer_id: string
  started_at: Date
  completed_at: Date | null
  value_usd: string
  rating: number | null
}

export interface StudyPaymentsView {
  payment_id: string
  project_id: string | null
  worker_id: string
  paid_at: Date
  amount_usd: string
}

/** The tables study owns: its runs, and its four read-only record views over the platform's. */
export type StudyTables = {
  study_runs: StudyRunsTable
  study_workers: StudyWorkersView
  study_credential_awards: StudyCredentialAwardsView
  study_projects: StudyProjectsView
  study_payments: StudyPaymentsView
}

/** The database as study's functions see it. */
export type StudyDatabase = StudyTables
