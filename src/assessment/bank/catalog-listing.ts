import type { Kysely } from 'kysely'
import { loadFamilyCalibrations } from '../attempts/calibrate-families.js'
import { CATALOG } from '../catalog/catalog.js'
import { type DomainPool, domainPools } from '../catalog/domain-pools.js'
import { offerTests } from '../catalog/offer-rule.js'
import type { ReviewStandingOf } from '../review/review-standing.js'
import {
  type CutScoreRecord,
  cutScoreRecord,
  roundsInPrecedence,
} from '../standards/cut-score-record.js'
import { liveCuts, withLiveCut } from '../standards/live-cuts.js'
import { listRatingRounds } from '../standards/rating-round-repo.js'
import { STANDARD_ROUNDS } from '../standards/standard-rounds.js'
import type { AssessmentDatabase } from '../tables.js'
import type { TestDefinition } from '../test-definition.js'
import { operationalPoolCounts } from './item-bank-repo.js'

/** A catalog entry with whether it can be taken now and why. */
export interface CatalogEntry {
  readonly test: TestDefinition
  readonly offered: boolean
  /** Why the test is not offered, in plain words; `null` when it is. */
  readonly offerReason: string | null
  readonly pools: readonly DomainPool[]
  /**
   * The test's cut-score record from every round held so far, recorded ones included; a recorded
   * round that changes it was adopted as the test's live cut (a new test version) when recorded.
   */
  readonly cutScore: CutScoreRecord
}

/**
 * The catalog with each test's pools counted from the operational items in the bank, whether
 * the offering rule offers it (decided over the whole catalog) or why not, and its cut-score
 * record.
 *
 * @example (await listCatalog(db, { offeredOnly: true })).length
 */
export async function listCatalog(
  db: Kysely<AssessmentDatabase>,
  options: {
    readonly offeredOnly?: boolean
    /** Default: a reader of the platform's own review records, built for this listing. */
    readonly reviewStanding?: ReviewStandingOf
  } = {},
): Promise<CatalogEntry[]> {
  const counts = await operationalPoolCounts(db)
  const offers = offerTests(CATALOG, counts, options.reviewStanding)
  const rounds = [...STANDARD_ROUNDS, ...(await listRatingRounds(db))]
  const calibrations = await loadFamilyCalibrations(db)
  const cuts = await liveCuts(db)
  const entries = CATALOG.map((catalogTest) => {
    const test = withLiveCut(catalogTest, cuts.get(catalogTest.id))
    const offer = offers.get(test.id)!
    const cutScore = cutScoreRecord(
      test,
      roundsInPrecedence(test.id, rounds),
      calibrations.get(test.id),
    )
    return {
      test,
      pools: domainPools(test, counts),
      offered: offer.offered,
      offerReason: offer.reason,
      cutScore,
    }
  })
  return options.offeredOnly ? entries.filter((e) => e.offered) : entries
}
