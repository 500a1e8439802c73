import type { ColumnType, Generated, JSONColumnType } from 'kysely'
import type { AccountsTables } from '../accounts/index.js'
import type { GeneratedTimestamp, Timestamp } from '../db/index.js'
import type { LeakSignal } from './psychometrics/leak-detection.js'
import type { TestDefinition } from './test-definition.js'

/** The catalog: one row per test, its full definition as JSON (the code's tables are the source). */
export interface AssessmentTestsTable {
  id: string
  title: string
  category: string
  version: number
  definition: JSONColumnType<TestDefinition>
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

/** Authored (and imported) items; model variants are generated per attempt, never stored here. */
export interface AssessmentItemsTable {
  id: string
  test_id: string
  domain: string
  kind: 'single' | 'multiple'
  stem: string
  options: JSONColumnType<readonly { readonly id: string; readonly markdown: string }[]>
  keys: JSONColumnType<readonly string[]>
  lifecycle: 'draft' | 'review' | 'pretest' | 'operational' | 'retired'
  source: 'authored' | 'model'
  model_id: string | null
  /** Who wrote or imported the item (null for the platform's own); never its reviewer. */
  author_id: Generated<string | null>
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

/** An imported item no file, mapping or flag placed in a test: never delivered until assigned. */
export interface AssessmentUnassignedItemsTable {
  id: string
  kind: 'single' | 'multiple'
  stem: string
  options: JSONColumnType<readonly { readonly id: string; readonly markdown: string }[]>
  keys: JSONColumnType<readonly string[]>
  source_file: string
  source_line: number
  author_id: string | null
  imported_at: GeneratedTimestamp
}

export interface AssessmentUnassignedAssetsTable {
  item_id: string
  path: string
  media_type: string
  bytes: Uint8Array
}

/** One lifecycle step of an item: who took it, why, and the statistics that allowed it. */
export interface AssessmentItemReviewsTable {
  item_id: string
  step: number
  from_stage: string
  to_stage: string
  actor_id: string
  note: string
  evidence: JSONColumnType<Record<string, unknown>>
  at: Timestamp
}

/** Images an item's stem or options show, stored under the path the Markdown uses. */
export interface AssessmentItemAssetsTable {
  item_id: string
  path: string
  media_type: string
  bytes: Uint8Array
  created_at: GeneratedTimestamp
}

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
  domain_scores: JSONColumnType<readonly StoredDomainScore[] | null> | null
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
  options: JSONColumnType<readonly StoredOption[]>
  /** Opaque ids of the correct options: never leaves the server. */
  key_option_ids: JSONColumnType<readonly string[]>
  chosen_option_ids: JSONColumnType<readonly string[] | null> | null
  first_answered_at: Timestamp | null
  answered_at: Timestamp | null
  correct: boolean | null
  /** The item family (model template, or the bank item) the delivered item came from. */
  family: ColumnType<string | null, string | null | undefined, string | null>
  /** Which variant was shown: a digest of its stem and options (null before families). */
  variant_key: ColumnType<string | null, string | null | undefined, string | null>
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
  /** The leak signals that pulled the item, as detected then. */
  details: JSONColumnType<{ readonly signals: readonly LeakSignal[] }>
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

/** One integrity signal as a hold records it (the attempts part's `IntegrityFinding`). */
export interface StoredIntegrityFinding {
  readonly kind: string
  readonly summary: string
  readonly details: Readonly<Record<string, unknown>>
}

export interface AssessmentIntegrityHoldsTable {
  attempt_id: string
  candidate_id: string
  test_id: string
  signals: JSONColumnType<readonly StoredIntegrityFinding[]>
  status: 'held' | 'released' | 'rejected'
  held_at: Timestamp
  decided_at: Timestamp | null
  decided_by: string | null
  decision_reason: string | null
}

/** One item family's random-item Rasch parameters, from a test's scored attempts. */
export interface AssessmentFamilyCalibrationsTable {
  test_id: string
  family: string
  domain: string
  difficulty: number
  standard_error: number
  dispersion: number
  variants: number
  responses: number
  attempts: number
  ability_sd: number
  calibrated_at: Timestamp
}

/** A recorded modified-Angoff round (the `RatingRound` of the standards folder). */
export interface AssessmentRatingRoundsTable {
  id: string
  test_id: string | null
  panel: 'platform-content-authors' | 'external'
  raters: JSONColumnType<readonly string[]>
  rated_on: string
  rationale: string
  default_rating: JSONColumnType<{
    readonly probability: number
    readonly rationale: string
  } | null> | null
  ratings: JSONColumnType<
    readonly { readonly domain: string; readonly probability: number; readonly rationale: string }[]
  >
  recorded_at: GeneratedTimestamp
}

/** A test's cut as scoring uses it (live while `superseded_at` is null) and the cuts it replaced. */
export interface AssessmentTestCutsTable {
  id: string
  test_id: string
  test_version: number
  /** Ids of the rounds whose ratings set the cut, as the cut-score record names them. */
  rounds: JSONColumnType<readonly string[]>
  cut_theta: number
  cut_percent: number
  scale: 'calibrated' | 'provisional'
  statement: string
  adopted_at: Timestamp
  superseded_at: Timestamp | null
}

/** A family new to a test: delivered only unscored while `pretest`, counting once `operational`. */
export interface AssessmentFamilyPretestTable {
  test_id: string
  family: string
  model_id: string
  domain: string
  state: 'pretest' | 'operational'
  added_at: Timestamp
  promoted_at: Timestamp | null
  responses: Generated<number>
  facility: number | null
  point_biserial: number | null
}

/** The tables assessment owns: the catalog, the item bank, attempts, certifications, calibrations. */
export type AssessmentTables = {
  assessment_tests: AssessmentTestsTable
  assessment_items: AssessmentItemsTable
  assessment_item_assets: AssessmentItemAssetsTable
  assessment_unassigned_items: AssessmentUnassignedItemsTable
  assessment_unassigned_assets: AssessmentUnassignedAssetsTable
  assessment_item_reviews: AssessmentItemReviewsTable
  assessment_attempts: AssessmentAttemptsTable
  assessment_attempt_items: AssessmentAttemptItemsTable
  certifications: CertificationsTable
  assessment_pulled_items: AssessmentPulledItemsTable
  assessment_test_calibrations: AssessmentTestCalibrationsTable
  assessment_item_calibrations: AssessmentItemCalibrationsTable
  assessment_integrity_holds: AssessmentIntegrityHoldsTable
  assessment_rating_rounds: AssessmentRatingRoundsTable
  assessment_family_calibrations: AssessmentFamilyCalibrationsTable
  assessment_test_cuts: AssessmentTestCutsTable
  assessment_family_pretest: AssessmentFamilyPretestTable
}

/** The database as assessment's functions see it: its tables, and accounts' for accounts' functions. */
export type AssessmentDatabase = AssessmentTables & AccountsTables
