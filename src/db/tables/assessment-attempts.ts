import type { ColumnType } from 'kysely'
import type { Timestamp } from '../column-types.js'

/** A jsonb column: written as JSON text, read back parsed. */
type Json<T> = ColumnType<T, string, string>

/** An option as stored: the opaque id the candidate sees, its text, and the bank's own id. */
export interface StoredOption {
  readonly id: string
  readonly markdown: string
  readonly canonicalId: string
}

/** Correct and scored items of one blueprint domain in a scored attempt. */
export interface StoredDomainScore {
  readonly domain: string
  readonly correct: number
  readonly scored: number
}

export interface AssessmentAttemptsTable {
  id: string
  candidate_id: string
  test_id: string
  test_version: number
  status: 'active' | 'scored'
  ended_by: 'submission' | 'expiry' | null
  started_at: Timestamp
  deadline: Timestamp
  finished_at: Timestamp | null
  cut_percent: number
  raw_score: number | null
  scored_items: number
  percent_score: number | null
  passed: boolean | null
  domain_scores: Json<readonly StoredDomainScore[] | null> | null
  mode: ColumnType<'linear' | 'adaptive', 'linear' | 'adaptive' | undefined, 'linear' | 'adaptive'>
  /** EAP ability (logits) when the test has a Rasch calibration. */
  ability: number | null
  ability_se: number | null
  set_aside: ColumnType<readonly string[], string | undefined, string>
}

export interface AssessmentAttemptItemsTable {
  attempt_id: string
  position: number
  candidate_id: string
  test_id: string
  /** The bank item's id, or the item model's id for a generated variant. */
  item_ref: string
  source: 'item' | 'model'
  domain: string
  scored: boolean
  kind: 'single' | 'multiple'
  stem: string
  options: Json<readonly StoredOption[]>
  /** Opaque ids of the correct options: never leaves the server. */
  key_option_ids: Json<readonly string[]>
  chosen_option_ids: Json<readonly string[] | null> | null
  first_answered_at: Timestamp | null
  answered_at: Timestamp | null
  correct: boolean | null
}

export interface CertificationsTable {
  id: string
  candidate_id: string
  test_id: string
  test_version: number
  attempt_id: string
  score_percent: number
  passed_at: Timestamp
  valid_until: Timestamp
  revoked_at: Timestamp | null
  revocation_reason: string | null
}

export interface AssessmentPulledItemsTable {
  test_id: string
  item_ref: string
  reason: string
  details: Json<Record<string, unknown>>
  pulled_at: Timestamp
}

export interface AssessmentTestCalibrationsTable {
  test_id: string
  ability_sd: number
  attempts: number
  converged: boolean
  /** The owner's choice: deliver this test adaptively from its calibrated items. */
  adaptive: ColumnType<boolean, boolean | undefined, boolean>
  calibrated_at: Timestamp
}

export interface AssessmentItemCalibrationsTable {
  test_id: string
  item_ref: string
  difficulty: number
  standard_error: number
  responses: number
  /** Sympson–Hetter parameter: chance the item is given when adaptive selection picks it. */
  exposure_parameter: ColumnType<number, number | undefined, number>
}

export interface AssessmentAttemptsTables {
  assessment_attempts: AssessmentAttemptsTable
  assessment_attempt_items: AssessmentAttemptItemsTable
  certifications: CertificationsTable
  assessment_pulled_items: AssessmentPulledItemsTable
  assessment_test_calibrations: AssessmentTestCalibrationsTable
  assessment_item_calibrations: AssessmentItemCalibrationsTable
}
