/**
 * What an item-model variant asks, in a form that can be executed again independently of the
 * model that generated it: the property tests re-execute every variant's task and compare the
 * result with the key.
 */
export type Task =
  /** Run the snippet; the answer is what it logs (lines joined with a newline). */
  | { readonly kind: 'javascript'; readonly source: string }
  /** Transpile, then run as JavaScript. */
  | { readonly kind: 'typescript'; readonly source: string }
  /** Run `setup` then `query` on an empty PostgreSQL database; the answer is the result rows. */
  | { readonly kind: 'sql'; readonly setup: string; readonly query: string }
  | {
      readonly kind: 'regex'
      readonly pattern: string
      readonly flags: string
      readonly input: string
      /** `filter` keeps the lines of `input` that match and answers them as a sorted JSON array. */
      readonly operation: 'match' | 'replace' | 'test' | 'split' | 'filter'
      readonly replacement?: string
    }
  /** Evaluate a spreadsheet formula over the given cells; `format` renders the number. */
  | {
      readonly kind: 'spreadsheet'
      readonly cells: Readonly<Record<string, number | string | boolean>>
      readonly formula: string
      readonly format: NumberFormat
    }
  /** The answer is the selector (of those given) with the highest specificity, or its triple. */
  | {
      readonly kind: 'css-specificity'
      readonly selectors: readonly string[]
      readonly ask: 'winner' | 'triple'
    }
  /** A Python 3 expression in the subset our evaluator implements; the answer is its `repr`. */
  | { readonly kind: 'python'; readonly expression: string }
  /**
   * A passage frame with edit points (`models/editing/edit-frame.ts`); the answer is the passage
   * with every edit point in its standard form.
   */
  | { readonly kind: 'edit'; readonly frame: string }
  /** Format with the platform's Intl (ICU) data: dates, numbers, plural categories, time zones. */
  | { readonly kind: 'intl'; readonly source: string }

export type TaskKind = Task['kind']

/** How a spreadsheet result is rendered in an option. */
export type NumberFormat =
  | {
      readonly kind: 'fixed'
      readonly decimals: number
      readonly prefix?: string
      readonly suffix?: string
    }
  | { readonly kind: 'percent'; readonly decimals: number }
  | { readonly kind: 'text' }
