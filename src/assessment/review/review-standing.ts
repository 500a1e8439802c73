import { performance } from 'node:perf_hooks'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { itemFamilies, NAMED_SKILL_TEST_IDS } from '../catalog/item-families.js'
import { itemModel } from '../models/registry.js'
import type { TestDefinition } from '../test-definition.js'
import {
  type FamilySource,
  familyFingerprint,
  familyFingerprintInTurns,
  type TestFamilyReview,
  unreviewedFamilies,
} from './family-review.js'
import { FAMILY_REVIEWS } from './family-reviews/index.js'
import { REVIEWED_FAMILY_SOURCES } from './reviewed-family-sources.js'

/** How many of a test's item families still lack an independent `ok` review of their text. */
export interface ReviewStanding {
  readonly awaiting: number
  readonly of: number
  /** Of the awaiting families, those a review judged faulty (a wrong key, a cue, …). */
  readonly faulted: number
}

/**
 * A test's review standing, or `undefined` for a test whose families are not under independent
 * family review (only named-skill tests are: their items are written families, not computed).
 */
export type ReviewStandingOf = (test: TestDefinition) => ReviewStanding | undefined

/**
 * Reads named-skill tests' review standing against review records and the families' current
 * text. Each family is fingerprinted once per reader (a scenario family's fingerprint runs its
 * draws, and its text is code, fixed while the process runs), so a reader built once serves every
 * request; the defaults are the platform's own records and sources.
 *
 * @example familyReviewStanding()(catalogTest('seo')!) // { awaiting: 0, of: 103, faulted: 0 }
 */
export function familyReviewStanding(
  sources: ReadonlyMap<string, FamilySource> = REVIEWED_FAMILY_SOURCES,
  reviews: ReadonlyMap<string, TestFamilyReview> = FAMILY_REVIEWS,
  fingerprints: Map<FamilySource, string> = new Map(),
): ReviewStandingOf {
  const fingerprintOf = (family: FamilySource): string => {
    const known = fingerprints.get(family)
    if (known !== undefined) return known
    const fingerprint = familyFingerprint(family)
    fingerprints.set(family, fingerprint)
    return fingerprint
  }
  return (test) => {
    if (!NAMED_SKILL_TEST_IDS.includes(test.id)) return undefined
    const families = itemFamilies(test, itemModel)
    const open = unreviewedFamilies(families, sources, reviews.get(test.id), fingerprintOf)
    const faulted = open.filter((f) => f.reason === 'not ok').length
    return { awaiting: open.length, of: families.size, faulted }
  }
}

/**
 * How long the warm-up draws before it lets other callbacks run, inside one family. Most families
 * take well under a millisecond, but a few date and spreadsheet families took over a second for
 * their 24 draws on a busy machine, a second in which the server answered nothing.
 */
export const WARM_SLICE_MS = 10

export interface WarmOptions {
  /** Stops the warm-up at its next turn (the promise rejects with the signal's reason). */
  readonly signal?: AbortSignal
}

/**
 * The same reader with every source family fingerprinted first (those `fingerprints` lacks),
 * letting other callbacks run after each family and, within a family, after any draw that ends
 * `WARM_SLICE_MS` or more after the last turn given. All named-skill families take seconds of
 * drawing (thousands of families, each drawn 24 times); a server that drew them inside one request
 * answered nothing else until it was done, so a candidate's saved answers waited behind the first
 * catalog visit after a start.
 *
 * @example const standing = await warmedFamilyReviewStanding()
 */
export async function warmedFamilyReviewStanding(
  sources: ReadonlyMap<string, FamilySource> = REVIEWED_FAMILY_SOURCES,
  reviews: ReadonlyMap<string, TestFamilyReview> = FAMILY_REVIEWS,
  fingerprints: Map<FamilySource, string> = new Map(),
  options: WarmOptions = {},
): Promise<ReviewStandingOf> {
  const { signal } = options
  let lastTurn = performance.now()
  const turn = async () => {
    await nextTurn()
    signal?.throwIfAborted()
    lastTurn = performance.now()
  }
  const turnWhenDue = () => (performance.now() - lastTurn >= WARM_SLICE_MS ? turn() : undefined)
  signal?.throwIfAborted()
  for (const family of sources.values()) {
    if (fingerprints.has(family)) continue
    fingerprints.set(family, await familyFingerprintInTurns(family, turnWhenDue))
    await turn()
  }
  return familyReviewStanding(sources, reviews, fingerprints)
}
