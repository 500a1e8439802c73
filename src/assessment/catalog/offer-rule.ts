import { itemModel } from '../models/registry.js'
import { MAX_SHARED_FAMILY_SHARE, OFFERED_POOL_FACTOR } from '../policy-defaults.js'
import {
  familyReviewStanding,
  type ReviewStanding,
  type ReviewStandingOf,
} from '../review/review-standing.js'
import type { TestDefinition } from '../test-definition.js'
import { type DomainPool, domainPools, type PoolCounts } from './domain-pools.js'
import { itemFamilies, sharedFamilyShare } from './item-families.js'

/** Whether a test is offered and, when it is not, why in plain words. */
export type Offer =
  | { readonly offered: true; readonly reason: null }
  | {
      readonly offered: false
      readonly reason: string
      /** The offered test whose item families this one repeats, when that is the reason. */
      readonly repeats?: string
      /** The families still awaiting independent review, when that is the reason. */
      readonly awaitingReview?: ReviewStanding
    }

/**
 * The offering rule, decided over a whole set of tests because one part of it compares tests:
 *
 * 1. every blueprint domain's operational pool holds twice what a form draws there,
 * 2. a named-skill test's item families each have an independent `ok` review of their current
 *    text (`reviewStanding`; a family edited after its review waits for a new one), since its
 *    keys are written by hand and a credential must not certify a key nobody else checked, and
 * 3. the test shares at most `MAX_SHARED_FAMILY_SHARE` (30 %) of its item families, either way,
 *    with every test already offered.
 *
 * Tests whose pools suffice are taken in a fixed order: those with a written job-task analysis
 * first (their blueprint was drawn from the work), then those with more distinct item families
 * (a wider pool says more about the skill), then in the order given (the catalog's tables
 * mostly list a skill's own test before tests that combine it with others). The first test of
 * a cluster of clones keeps the offer and the others are withdrawn naming it, so a test added
 * later is placed by the rule, not by a hand-kept list. A test awaiting review holds no families
 * in that comparison: it is not offered. A withdrawn test is listed as not offered;
 * certifications already earned from it stand.
 *
 * @example offerTests(CATALOG, new Map()).get('javascript-modern')?.reason
 */
export function offerTests(
  tests: readonly TestDefinition[],
  counts: PoolCounts,
  reviewStanding: ReviewStandingOf = familyReviewStanding(),
): ReadonlyMap<string, Offer> {
  const offers = new Map<string, Offer>()
  const candidates: { test: TestDefinition; families: Set<string>; order: number }[] = []
  for (const [order, test] of tests.entries()) {
    const short = domainPools(test, counts).filter((p) => !p.sufficient)
    if (short.length > 0) {
      offers.set(test.id, { offered: false, reason: shortPoolReason(short) })
      continue
    }
    const standing = reviewStanding(test)
    if (standing !== undefined && standing.awaiting > 0) {
      offers.set(test.id, {
        offered: false,
        reason: awaitingReviewReason(standing),
        awaitingReview: standing,
      })
      continue
    }
    candidates.push({ test, families: familiesOf(test, counts), order })
  }
  candidates.sort(
    (a, b) =>
      Number(b.test.jobTaskAnalysis !== undefined) - Number(a.test.jobTaskAnalysis !== undefined) ||
      b.families.size - a.families.size ||
      a.order - b.order,
  )
  const kept: typeof candidates = []
  for (const candidate of candidates) {
    let closest: Repeat | undefined
    for (const other of kept) {
      const own = sharedFamilyShare(candidate.families, other.families)
      const theirs = sharedFamilyShare(other.families, candidate.families)
      const share = Math.max(own, theirs)
      if (share > MAX_SHARED_FAMILY_SHARE && share > (closest?.share ?? 0))
        closest = { test: other.test, share, ofOwn: own >= theirs }
    }
    if (!closest) {
      kept.push(candidate)
      offers.set(candidate.test.id, { offered: true, reason: null })
    } else {
      offers.set(candidate.test.id, {
        offered: false,
        reason: repeatReason(closest),
        repeats: closest.test.id,
      })
    }
  }
  return offers
}

/**
 * A test's item families: its models' families, and each operational authored item as one
 * (authored items belong to one test, so they are never shared).
 */
function familiesOf(test: TestDefinition, counts: PoolCounts): Set<string> {
  const authored = [...(counts.get(test.id) ?? new Map<string, number>())].flatMap(([domain, n]) =>
    Array.from({ length: n }, (_, i) => `${test.id}/${domain}/authored-${i}`),
  )
  return itemFamilies(test, itemModel, authored)
}

/** The offered test a candidate overlaps most, and whose families the share is counted in. */
interface Repeat {
  readonly test: TestDefinition
  readonly share: number
  /** Whether the share is of the candidate's own families (else of the offered test's). */
  readonly ofOwn: boolean
}

function repeatReason({ test, share, ofOwn }: Repeat): string {
  const percent = Math.round(share * 100)
  const overlap = ofOwn
    ? `it shares ${percent} % of its item families with ${test.title} (${test.id})`
    : `it draws on ${percent} % of the item families of ${test.title} (${test.id})`
  return (
    `Not offered: ${overlap}, which is offered. Offered tests share at most ` +
    `${Math.round(MAX_SHARED_FAMILY_SHARE * 100)} %, so no credential certifies another's items again.`
  )
}

function awaitingReviewReason({ awaiting, of, faulted }: ReviewStanding): string {
  if (faulted > 0) {
    const fresh = awaiting - faulted
    return (
      `Not offered: a review found faults (a wrong key, an ambiguity or a cue that gives the ` +
      `key away) in ${faulted} of ${of} item families, which wait for a rewrite and a new review` +
      `${fresh > 0 ? `, and ${fresh} more await their first review` : ''}.`
    )
  }
  return (
    `Not offered: awaiting independent review of ${awaiting} of ${of} item families. ` +
    'Each family of a named-skill test is offered once a second reviewer has checked its key, ' +
    'its wrong answers and its wording as they now read.'
  )
}

function shortPoolReason(short: readonly DomainPool[]): string {
  const first = short[0]!
  const more = short.length > 1 ? ` (and ${short.length - 1} more topics fall short)` : ''
  return (
    `Not offered: the question bank is short in ${first.title}, which holds ${first.pool} ` +
    `operational questions where an offered test needs ${OFFERED_POOL_FACTOR * first.drawn}, ` +
    `twice what a form draws there${more}.`
  )
}
