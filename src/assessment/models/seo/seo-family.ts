import type { UsageFamily } from '../editing/editing-model.js'

/** What one crawler may and may not fetch under a robots.txt: paths with their query strings. */
export interface CrawlExpectation {
  readonly agent: string
  readonly crawl: readonly string[]
  readonly block: readonly string[]
}

/**
 * An SEO rule as an editing family. Where the options are robots.txt files, `robots` states what
 * the stem asks of them; only the tests read it, judging every option with a robots.txt parser
 * that follows Google's matching rules (the key meets every expectation, each distractor breaks
 * one), as an independent check of the key.
 */
export interface SeoFamily extends UsageFamily {
  readonly robots?: readonly CrawlExpectation[]
}

/** A word choice for the site a robots.txt names in its Sitemap line: surface only. */
export const SITEMAP_LINE = '\n\nSitemap: https://www.⟨example;northwind;acme⟩.com/sitemap.xml'
