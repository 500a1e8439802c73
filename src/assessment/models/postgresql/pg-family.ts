import type { UsageFamily } from '../editing/editing-model.js'

/**
 * A PostgreSQL family. Its options are SQL (a query, a statement, a table definition) or, when
 * `shows` is set, result sets in the form psql prints them (columns joined by ` | `, one row a
 * line, `(0 rows)` for none). Every family names the manual section its rule is read from.
 *
 * Only the tests read the execution fields, on a real PostgreSQL in a fresh schema per option:
 * - `shows`: the query the stem shows; its result must equal the key and differ from each
 *   distractor.
 * - `expect`: each option runs after `setup`, then `check` (when given); the last result must
 *   equal `expect` for the key, and for no distractor (an error counts as a different result).
 *   Checks may call `rejects('statement')`, true when the statement raises an error, and
 *   `plan_of('query')`, the query's plan as EXPLAIN (COSTS OFF) prints it, one line per row.
 *   With `psql`, an option is a script run statement by statement as psql runs a file: an error
 *   does not stop the statements after it (which is what transaction scripts are about).
 * - `plan`: each option is a query; with sequential scans disabled, the plan of the key must
 *   match this pattern and no distractor's plan may.
 * Families with none of these (isolation, locking, reading plans) are keyed to the manual alone,
 * and their options are sentences, shown as text, unless `language` says they are SQL.
 */
export interface PgFamily extends UsageFamily {
  readonly stem: string
  /** The manual chapter or section, numbered as in the PostgreSQL 17 documentation. */
  readonly source: string
  readonly shows?: string
  readonly expect?: string
  readonly psql?: true
  readonly plan?: string
  readonly docKeyed?: true
}
