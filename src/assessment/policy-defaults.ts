/**
 * Numerical defaults of a skill test, each pinned by a test. They follow the assessment spec; a
 * test definition may override form length, seconds per item and cut, never the retake ladder.
 */

/** Scored items per form: shorter forms misclassify (at 15 items a 60 % candidate passes a 70 % cut ~22 % of the time). */
export const DEFAULT_SCORED_ITEMS = 30

/**
 * The shortest form a catalog row may set (an entry-level test whose job-task analysis samples
 * its domains in fewer items). It costs accuracy: at 20 items a 60 % candidate passes a 70 % raw
 * cut 25.0 % of the time and an 80 % candidate fails 8.7 %, against 17.6 % and 6.1 % at 30.
 */
export const MIN_SCORED_ITEMS = 20

/** Unscored pretest items that may ride in a live form until they have statistics. */
export const MAX_PRETEST_ITEMS = 5

/** Reading-and-answering time per item; the spec allows 75–90 s. */
export const DEFAULT_SECONDS_PER_ITEM = 80
export const MIN_SECONDS_PER_ITEM = 75
export const MAX_SECONDS_PER_ITEM = 90

/** Percent of scored items a candidate must answer correctly to pass. */
export const DEFAULT_CUT_PERCENT = 70

/** Days to wait after the 1st, 2nd and 3rd (and later) failed attempt. */
export const RETAKE_WAIT_DAYS: readonly number[] = [14, 30, 90]

/** At most this many attempts at one test in any rolling window of `ATTEMPT_WINDOW_DAYS`. */
export const MAX_ATTEMPTS_PER_WINDOW = 4
export const ATTEMPT_WINDOW_DAYS = 365

/** A certified candidate may retake only this many days before the certification expires. */
export { RENEWAL_WINDOW_DAYS } from '../shared/index.js'

/** A certification is valid for 24 calendar months (2 years) unless the test says otherwise. */
export const DEFAULT_VALIDITY_MONTHS = 24

/** A microcredential certifies at least one hour of learning. */
export const MIN_WORKLOAD_HOURS = 1

/** An offered test's operational pool holds at least this many items per item drawn, per domain. */
export const OFFERED_POOL_FACTOR = 2

/**
 * Two offered tests may share at most this share of either's item families: above it they
 * certify largely the same items, and a second credential would repeat the first.
 */
export const MAX_SHARED_FAMILY_SHARE = 0.3
