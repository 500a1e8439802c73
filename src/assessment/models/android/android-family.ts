import type { UsageFamily } from '../editing/editing-model.js'

/**
 * An Android or Kotlin rule keyed to the official documentation: no compiler or device runs on
 * the machines that check keys, so each family names the page (and section) its key is read from,
 * for a reviewer to check it against.
 */
export interface AndroidFamily extends UsageFamily {
  readonly stem: string
  /** The developer.android.com or kotlinlang.org page, with its section anchor where it has one. */
  readonly source: string
}

export const ANDROID_DOCS = 'https://developer.android.com'
export const KOTLIN_DOCS = 'https://kotlinlang.org/docs'
