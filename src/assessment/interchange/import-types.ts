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

export interface ParseOutcome {
  readonly items: readonly ParsedItem[]
  readonly refused: readonly Refusal[]
}

/** Where imported items go when a file does not say (front matter or QTI attributes win). */
export interface ImportDefaults {
  readonly testId?: string
  readonly domain?: string
  readonly lifecycle?: Item['lifecycle']
}

/** Imported items wait for review unless their file says otherwise. */
export const DEFAULT_IMPORT_LIFECYCLE: Item['lifecycle'] = 'draft'
