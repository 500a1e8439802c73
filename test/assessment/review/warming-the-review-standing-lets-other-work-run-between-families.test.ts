import { expect, it } from 'vitest'
import {
  catalogTest,
  FAMILY_REVIEWS,
  type FamilySource,
  familyReviewStanding,
  itemFamilies,
  itemModel,
  REVIEWED_FAMILY_SOURCES,
  warmedFamilyReviewStanding,
} from '../../../src/assessment/index.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

describeEngineIndependent(
  'the review standing a server warms before its first catalog answer',
  () => {
    // bookkeeping's families are scenarios: fingerprinting one runs its 24 draws.
    const bookkeeping = catalogTest('bookkeeping')!
    const sources = new Map<string, FamilySource>(
      [...itemFamilies(bookkeeping, itemModel)].map((id) => [id, REVIEWED_FAMILY_SOURCES.get(id)!]),
    )

    it('lets other callbacks run between families, so requests are not held for the whole read', async () => {
      let turnsTaken = 0
      let stop = false
      const otherWork = () => {
        if (stop) return
        turnsTaken += 1
        setImmediate(otherWork)
      }
      setImmediate(otherWork)
      await warmedFamilyReviewStanding(sources, FAMILY_REVIEWS)
      stop = true
      // Other work got a turn at least once for every family after the first.
      expect(sources.size).toBeGreaterThan(50)
      expect(turnsTaken).toBeGreaterThanOrEqual(sources.size - 1)
    })

    it('reads the same standing as the reader that fingerprints on demand', async () => {
      const warmed = await warmedFamilyReviewStanding(sources, FAMILY_REVIEWS)
      const onDemand = familyReviewStanding(sources, FAMILY_REVIEWS)
      expect(warmed(bookkeeping)).toEqual(onDemand(bookkeeping))
      expect(warmed(bookkeeping)).toEqual({ awaiting: 0, of: sources.size, faulted: 0 })
    })

    it('counts a family edited after its review as awaiting, like the on-demand reader', async () => {
      const [firstId, first] = [...sources][0]!
      const edited = new Map(sources)
      edited.set(firstId, { id: first.id, draw: () => ({ stem: 'edited after review' }) })
      const warmed = await warmedFamilyReviewStanding(edited, FAMILY_REVIEWS)
      expect(warmed(bookkeeping)).toEqual({ awaiting: 1, of: sources.size, faulted: 0 })
      expect(familyReviewStanding(edited, FAMILY_REVIEWS)(bookkeeping)).toEqual(warmed(bookkeeping))
    })
  },
)
