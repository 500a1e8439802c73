import type { UsageFamily } from '../editing/editing-model.js'

/**
 * A Java family: its options are whole compilation units (classes, records) shown to the
 * candidate, and `check` is the body of a static method returning whether the option meets the
 * contract the stem states. Only the tests read `check`: they compile every option with a real
 * Java compiler, run its check, and expect the key to pass and every distractor to fail (by a
 * false result, an exception, a time-out, or, for a distractor that is a type error, by not
 * compiling). `wrap: 'pom'` marks options that are Maven POM fragments: the tests hand them to
 * the check as a parsed XML document named `pom` instead of compiling them.
 */
export interface JavaFamily extends UsageFamily {
  readonly stem: string
  readonly check: string
  readonly wrap?: 'pom'
}
