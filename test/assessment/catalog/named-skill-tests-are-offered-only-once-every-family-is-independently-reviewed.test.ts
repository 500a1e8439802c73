import { expect, it } from 'vitest'
import {
  CATALOG,
  catalogTest,
  FAMILY_REVIEWS,
  type FamilySource,
  itemFamilies,
  itemModel,
  NAMED_SKILL_TEST_IDS,
  offerTests,
  REVIEWED_FAMILY_SOURCES,
  startability,
} from '../../../src/assessment/index.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { reviewStanding } from '../../support/review-standing.js'

/** One review reader for the file: it fingerprints each family once (24 draws each). */
const STANDING = reviewStanding()

describeEngineIndependent('the offering rule for a named-skill test', () => {
  const noAuthoredPools = new Map()
  // seo's families are written frames; bookkeeping's are scenarios whose draws compute the key.
  const seo = catalogTest('seo')!
  const bookkeeping = catalogTest('bookkeeping')!
  const families = [...itemFamilies(seo, itemModel)]
  const scenarios = [...itemFamilies(bookkeeping, itemModel)]
  const sourceOf = (id: string) => REVIEWED_FAMILY_SOURCES.get(id)!
  const frameFamily = families.find((id) => sourceOf(id).draw === undefined)!
  const scenarioFamily = scenarios.find((id) => sourceOf(id).draw !== undefined)!

  it('offers it when every family has an ok review of the text it has now', () => {
    expect(reviewStanding()(seo)).toEqual({ awaiting: 0, of: families.length, faulted: 0 })
    expect(offerTests(CATALOG, noAuthoredPools, STANDING).get('seo')).toEqual({
      offered: true,
      reason: null,
    })
  })

  it('withdraws it once a family is edited after its review, saying how many wait', () => {
    const frame = sourceOf(frameFamily)
    const scenario = sourceOf(scenarioFamily)
    const draw = scenario.draw!
    const edited = new Map<string, FamilySource>(REVIEWED_FAMILY_SOURCES)
      .set(frameFamily, { ...frame, stem: 'A stem reworded after the review' } as FamilySource)
      .set(scenarioFamily, {
        id: scenario.id,
        draw: (rng) => ({ ...(draw(rng) as object), key: 'a key changed after the review' }),
      })
    const offers = offerTests(CATALOG, noAuthoredPools, reviewStanding(FAMILY_REVIEWS, edited))
    const offer = offers.get('seo')!
    expect(offer).toEqual({
      offered: false,
      reason: expect.stringMatching(
        new RegExp(`^Not offered: awaiting independent review of 1 of ${families.length} item`),
      ),
      awaitingReview: { awaiting: 1, of: families.length, faulted: 0 },
    })
    expect(offers.get('bookkeeping')).toMatchObject({
      offered: false,
      awaitingReview: { awaiting: 1, of: scenarios.length, faulted: 0 },
    })
    // Withdrawn, not merely unlisted: a candidate cannot start it either.
    expect(startability(seo, noAuthoredPools, offer)).toEqual({
      startable: false,
      reason: offer.reason,
    })
  })

  it('withdraws it while it has no review record at all, or a family judged faulty', () => {
    const withoutSeo = new Map([...FAMILY_REVIEWS].filter(([id]) => id !== 'seo'))
    const unrecorded = reviewStanding(withoutSeo)
    expect(offerTests(CATALOG, noAuthoredPools, unrecorded).get('seo')).toMatchObject({
      offered: false,
      awaitingReview: { awaiting: families.length, of: families.length, faulted: 0 },
    })
    const record = FAMILY_REVIEWS.get('seo')!
    const faulty = new Map(FAMILY_REVIEWS).set('seo', {
      ...record,
      families: {
        ...record.families,
        [frameFamily]: { ...record.families[frameFamily]!, verdict: 'ambiguous' },
      },
    })
    const standing = reviewStanding(faulty)
    expect(offerTests(CATALOG, noAuthoredPools, standing).get('seo')?.reason).toMatch(
      `a review found faults (a wrong key, an ambiguity or a cue that gives the key away) in 1 of ${families.length} item families`,
    )
  })

  it('offers Git version control once its cued families were rewritten and reviewed again', () => {
    const git = catalogTest('git-version-control')!
    // Its review once judged 54 of its 95 families cued (the key the longest option, or the one
    // most like the others, in every draw); their wrong commands were rewritten and reviewed.
    expect(reviewStanding()(git)).toEqual({ awaiting: 0, of: 95, faulted: 0 })
    const verdicts = Object.values(FAMILY_REVIEWS.get('git-version-control')!.families)
    expect(verdicts.filter((f) => f.verdict !== 'ok')).toEqual([])
    expect(offerTests(CATALOG, noAuthoredPools, STANDING).get('git-version-control')).toEqual({
      offered: true,
      reason: null,
    })
  })

  it('leaves tests whose items are computed, not written, to the other rules', () => {
    const computed = CATALOG.filter((t) => !NAMED_SKILL_TEST_IDS.includes(t.id))
    const nothingReviewed = reviewStanding(new Map())
    expect(computed.map((t) => nothingReviewed(t)).filter((s) => s !== undefined)).toEqual([])
    const platform = offerTests(CATALOG, noAuthoredPools, STANDING)
    const withoutReviews = offerTests(CATALOG, noAuthoredPools, nothingReviewed)
    const offeredComputed = (offers: typeof platform) =>
      computed.filter((t) => offers.get(t.id)?.offered).map((t) => t.id)
    expect(offeredComputed(withoutReviews)).toEqual(offeredComputed(platform))
    expect(offeredComputed(platform).length).toBeGreaterThan(10)
  })
})
