/**
 * Thresholds of the bank linter, each pinned by a test.
 *
 * Stems shorter than `MIN_STEM_CHARS` cannot pose a question; longer than `MAX_STEM_CHARS`
 * (code included) they cannot be read in the ~80 s an item gets.
 */
export const MIN_STEM_CHARS = 10
export const MAX_STEM_CHARS = 2_000

/** Fewer than this many options and guessing pays too well. */
export const MIN_OPTIONS = 3

/**
 * Key positions are checked per test once it has this many single-answer items; a position
 * holding the key more than `KEY_POSITION_TOLERANCE` above or below its fair share (1 / options)
 * is flagged, since test-wise candidates learn "the answer is usually C".
 */
export const MIN_ITEMS_FOR_BALANCE = 12
export const KEY_POSITION_TOLERANCE = 0.15

/**
 * A family (the variants of one item model, or the authored items of one test) whose key is the
 * longest, most-like-the-others or middle-value option in more than this share of its
 * single-answer items hands the key to test-wise guessing; chance alone puts it there about a
 * quarter of the time with four options.
 */
export const MAX_CUE_SHARE = 0.35

/** Families smaller than this are not judged on cue shares: too few items to tell from chance. */
export const MIN_FAMILY_FOR_CUES = 20

export type LintRule =
  | 'key-count'
  | 'unknown-key'
  | 'too-few-options'
  | 'duplicate-option'
  | 'duplicate-stem'
  | 'stem-length'
  | 'key-position-balance'
  | 'malformed-option'
  | 'of-the-above'
  | 'letter-reference'
  | 'key-is-longest'
  | 'key-is-most-similar'
  | 'key-is-middle-value'

export type Severity = 'error' | 'warning'

/** One problem the linter found. */
export interface LintFinding {
  readonly rule: LintRule
  readonly severity: Severity
  readonly testId: string
  /** Absent for findings about a whole test (key balance). */
  readonly itemId?: string
  readonly message: string
}
