import type { ColumnType } from 'kysely'
import type { GeneratedTimestamp } from '../column-types.js'

/** A jsonb column: written as JSON text, read back parsed. */
type Json<T> = ColumnType<T, string, string>

/** The catalog: one row per test, its full definition as JSON (the code's tables are the source). */
export interface AssessmentTestsTable {
  id: string
  title: string
  category: string
  version: number
  definition: Json<unknown>
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
  options: Json<readonly { readonly id: string; readonly markdown: string }[]>
  keys: Json<readonly string[]>
  lifecycle: 'draft' | 'review' | 'pretest' | 'operational' | 'retired'
  source: 'authored' | 'model'
  model_id: string | null
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

/** Images an item's stem or options show, stored under the path the Markdown uses. */
export interface AssessmentItemAssetsTable {
  item_id: string
  path: string
  media_type: string
  bytes: Uint8Array
  created_at: GeneratedTimestamp
}

export interface AssessmentTables {
  assessment_tests: AssessmentTestsTable
  assessment_items: AssessmentItemsTable
  assessment_item_assets: AssessmentItemAssetsTable
}
