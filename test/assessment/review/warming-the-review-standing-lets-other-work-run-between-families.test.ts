import { expect, it } from 'vitest'
import {
  catalogTest,
  FAMILY_REVIEWS,
  type FamilySource,
  familyFingerprint,
  familyReviewStanding,
  itemFamilies,
  itemModel,
  REVIEWED_FAMILY_SOURCES,
  WARM_SLICE_MS,
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

    it('lets other callbacks run between the draws of a family whose draws are slow', async () => {
      // Each draw holds the thread longer than a slice, as a few date families do on a busy machine.
      const slowFamily: FamilySource = {
        id: 'slow',
        draw: (rng) => {
          const until = performance.now() + WARM_SLICE_MS + 1
          while (performance.now() < until) {}
          return { figure: rng.int(1, 9) }
        },
      }
      let turnsTaken = 0
      let stop = false
      const otherWork = () => {
        if (stop) return
        turnsTaken += 1
        setImmediate(otherWork)
      }
      setImmediate(otherWork)
      const fingerprints = new Map<FamilySource, string>()
      await warmedFamilyReviewStanding(
        new Map([['slow', slowFamily]]),
        FAMILY_REVIEWS,
        fingerprints,
      )
      stop = true
      // A turn after every one of its 24 draws, not one after the whole family.
      expect(turnsTaken).toBeGreaterThanOrEqual(24)
      // Drawn in turns or at once, a family has one fingerprint.
      expect(fingerprints.get(slowFamily)).toBe(familyFingerprint(slowFamily))
    })

    it('stops at its next turn when its signal is aborted', async () => {
      const stopping = new AbortController()
      const warming = warmedFamilyReviewStanding(new Map(sources), FAMILY_REVIEWS, new Map(), {
        signal: stopping.signal,
      })
      stopping.abort(new Error('the server is stopping'))
      await expect(warming).rejects.toThrow('the server is stopping')
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
