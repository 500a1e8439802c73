import type { Kysely } from 'kysely'
import { operationalPoolCounts } from '../bank/item-bank-repo.js'
import { offerTests } from '../catalog/offer-rule.js'
import type { PoolCounts } from '../catalog/offered.js'
import { type CatalogPage, type CatalogQuery, searchCatalog } from '../catalog/search-catalog.js'
import { type Startability, startability } from '../catalog/startable.js'
import { type ReviewStandingOf, warmedFamilyReviewStanding } from '../review/review-standing.js'
import type { AssessmentDatabase } from '../tables.js'
import type { TestDefinition } from '../test-definition.js'
import { answerItem } from './answer-item.js'
import { readAttemptReport } from './attempt-report.js'
import type { AttemptServices } from './attempt-services.js'
import { calibrateTest } from './calibrate-test.js'
import { listCertifications } from './certifications.js'
import { listIntegrityHolds, rejectIntegrityHold, releaseIntegrityHold } from './integrity-holds.js'
import { pullLeakedItems, testStatistics } from './item-statistics.js'
import { recordImportedPass } from './record-imported-pass.js'
import { revokeCertification } from './revoke-certification.js'
import { startAttempt } from './start-attempt.js'
import { submitAttempt } from './submit-attempt.js'
import { viewAttempt } from './view-attempt.js'

type WithoutServices<F> = F extends (services: never, ...rest: infer A) => infer R
  ? (...rest: A) => R
  : never

/** Taking, scoring and reviewing attempts over one set of services (bank, hooks, clock). */
export interface Attempts {
  readonly startAttempt: WithoutServices<typeof startAttempt>
  readonly viewAttempt: WithoutServices<typeof viewAttempt>
  readonly answerItem: WithoutServices<typeof answerItem>
  readonly submitAttempt: WithoutServices<typeof submitAttempt>
  readonly readAttemptReport: WithoutServices<typeof readAttemptReport>
  readonly revokeCertification: WithoutServices<typeof revokeCertification>
  readonly calibrateTest: WithoutServices<typeof calibrateTest>
  readonly pullLeakedItems: WithoutServices<typeof pullLeakedItems>
  readonly testStatistics: WithoutServices<typeof testStatistics>
  readonly releaseIntegrityHold: WithoutServices<typeof releaseIntegrityHold>
  readonly rejectIntegrityHold: WithoutServices<typeof rejectIntegrityHold>
  /** Passes held for integrity review (and decided ones), oldest first. */
  listIntegrityHolds: typeof listIntegrityHolds
  /** Records a pass taken elsewhere, with its certification and credential (in the caller's transaction). */
  readonly recordImportedPass: WithoutServices<typeof recordImportedPass>
  /** A candidate's certifications with their status at the services' clock. */
  listCertifications(
    db: Kysely<AssessmentDatabase>,
    candidateId: string,
  ): ReturnType<typeof listCertifications>
  /** The tests of the bank, and one of them (null when there is none). */
  tests(db: Kysely<AssessmentDatabase>): Promise<readonly TestDefinition[]>
  test(db: Kysely<AssessmentDatabase>, testId: string): Promise<TestDefinition | null>
  /** The bank's tests that match a catalog search, one page of them. */
  searchTests(db: Kysely<AssessmentDatabase>, query: CatalogQuery): Promise<CatalogPage>
  /**
   * What a catalog search is cut from: the bank's tests, its operational pool counts now and the
   * named-skill tests' review standing. `searchCatalog(tests, counts, query, reviewStanding)`
   * gives the same page as `searchTests`.
   */
  catalog(db: Kysely<AssessmentDatabase>): Promise<{
    readonly tests: readonly TestDefinition[]
    readonly counts: PoolCounts
    readonly reviewStanding: ReviewStandingOf
  }>
  /** Whether the bank's pools let a candidate start the test now. */
  startability(db: Kysely<AssessmentDatabase>, test: TestDefinition): Promise<Startability>
  /**
   * The named-skill tests' review standing, computed once for these attempts: the first call
   * starts the computation and every call, during it or after, gets that one result. A server
   * calls it as it starts, so its first catalog visitor does not wait for the drawing. A failed
   * computation is not kept: the next call starts another.
   */
  reviewStanding(): Promise<ReviewStandingOf>
}

/**
 * The attempts part bound to the services the platform built once, so no module reads a wiring of
 * its own.
 *
 * @example const attempts = createAttempts({ bank, passHooks: [], revocationHooks: [], now: () => new Date() })
 */
export function createAttempts(given: AttemptServices): Attempts {
  // Fingerprinting every named-skill family takes seconds, so it runs once (started by the server
  // as it starts, else by the first request that needs it), yields to other requests while it
  // runs, and is shared by all that come during or after it. A failure is dropped, not kept, so
  // the next request tries again rather than every request repeating one old error.
  let warming: Promise<ReviewStandingOf> | undefined
  const standing = (): Promise<ReviewStandingOf> => {
    if (warming === undefined) {
      const computing = (given.reviewStanding ?? (() => warmedFamilyReviewStanding()))()
      warming = computing
      computing.catch(() => {
        if (warming === computing) warming = undefined
      })
    }
    return warming
  }
  const services = { ...given, standing }
  return {
    startAttempt: (...args) => startAttempt(services, ...args),
    viewAttempt: (...args) => viewAttempt(services, ...args),
    answerItem: (...args) => answerItem(services, ...args),
    submitAttempt: (...args) => submitAttempt(services, ...args),
    readAttemptReport: (...args) => readAttemptReport(services, ...args),
    revokeCertification: (...args) => revokeCertification(services, ...args),
    calibrateTest: (...args) => calibrateTest(services, ...args),
    pullLeakedItems: (...args) => pullLeakedItems(services, ...args),
    testStatistics: (...args) => testStatistics(services.bank, ...args),
    releaseIntegrityHold: (...args) => releaseIntegrityHold(services, ...args),
    rejectIntegrityHold: (...args) => rejectIntegrityHold(services, ...args),
    listIntegrityHolds,
    recordImportedPass: (...args) => recordImportedPass(services, ...args),
    listCertifications: (db, candidateId) => listCertifications(db, candidateId, services.now()),
    tests: (db) => services.bank.tests(db),
    test: (db, testId) => services.bank.test(db, testId),
    searchTests: async (db, query) =>
      searchCatalog(
        await services.bank.tests(db),
        await operationalPoolCounts(db),
        query,
        await standing(),
      ),
    catalog: async (db) => ({
      tests: await services.bank.tests(db),
      counts: await operationalPoolCounts(db),
      reviewStanding: await standing(),
    }),
    startability: async (db, test) => {
      const counts = await operationalPoolCounts(db)
      const offers = offerTests(await services.bank.tests(db), counts, await standing())
      return startability(test, counts, offers.get(test.id))
    },
    reviewStanding: standing,
  }
}
