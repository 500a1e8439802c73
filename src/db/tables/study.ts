import type { ColumnType } from 'kysely'
import type { GeneratedTimestamp, Timestamp } from '../column-types.js'

type Json<T> = ColumnType<T, string, string>

export interface StudyRunsTable {
  id: string
  requested_by: string
  source: Json<Record<string, unknown>>
  settings: Json<Record<string, unknown>>
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled'
  progress: ColumnType<Record<string, unknown>, string | undefined, string>
  failure: Json<Record<string, unknown>> | null
  estimates: Json<Record<string, unknown>> | null
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

export interface StudyTables {
  study_runs: StudyRunsTable
  study_workers: StudyWorkersView
  study_credential_awards: StudyCredentialAwardsView
  study_projects: StudyProjectsView
  study_payments: StudyPaymentsView
}
