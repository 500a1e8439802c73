import type { Item } from '../item.js'

/** An image a stem or option refers to, resolved against the file that refers to it. */
export interface ImageReference {
  /** As written in the Markdown, e.g. `images/chart.png`. */
  readonly path: string
  /** Absolute path on disk. */
  readonly resolved: string
  readonly line: number
}

/** A well-formed item read from a file, with where it came from. */
export interface ParsedItem {
  readonly item: Item
  readonly file: string
  readonly line: number
  readonly images: readonly ImageReference[]
}

/** A malformed item (or file): what is wrong, and where. */
export interface Refusal {
  readonly file: string
  readonly line: number
  readonly reason: string
}

/**
 * A well-formed item whose file named no test or domain (and no mapping or flag did): it loads as
 * an unassigned draft, which can be assigned to a test's domain later and is never delivered.
 */
export interface UnassignedItem {
  readonly id: string
  readonly kind: Item['kind']
  readonly stem: string
  readonly options: Item['options']
  readonly keys: readonly string[]
}

export interface ParsedUnassigned {
  readonly draft: UnassignedItem
  readonly file: string
  readonly line: number
  readonly images: readonly ImageReference[]
}

export interface ParseOutcome {
  readonly items: readonly ParsedItem[]
  readonly unassigned: readonly ParsedUnassigned[]
  readonly refused: readonly Refusal[]
}

/** Files whose path ends with `suffix` (e.g. `css/css-quiz.md`) hold items of this test's domain. */
export interface MappingRule {
  readonly suffix: string
  readonly testId: string
  readonly domain: string
}

/**
 * Where imported items go when a file does not say. Front matter wins, then the longest
 * matching mapping rule, then `testId`/`domain`.
 */
export interface ImportDefaults {
  readonly testId?: string
  readonly domain?: string
  readonly lifecycle?: Item['lifecycle']
  readonly mapping?: readonly MappingRule[]
}

/** Imported items wait for review unless their file says otherwise. */
export const DEFAULT_IMPORT_LIFECYCLE: Item['lifecycle'] = 'draft'
