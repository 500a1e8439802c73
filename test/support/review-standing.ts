import {
  FAMILY_REVIEWS,
  type FamilySource,
  familyFingerprint,
  familyReviewStanding,
  REVIEWED_FAMILY_SOURCES,
  type ReviewStandingOf,
  storedFamilyReviewStanding,
  type TestFamilyReview,
  warmedFamilyReviewStanding,
} from '../../src/assessment/index.js'

/**
 * Every named-skill family's fingerprint, computed at most once per test process. Fingerprinting
 * them all costs seconds of CPU, and each file that started an attempt, listed the catalog or
 * asked which tests are offered paid it again (about sixty files, twice in CI). A fingerprint
 * follows only its family's source object, which is code fixed while the process runs, and a
 * test that edits a family builds a new object, which is fingerprinted afresh: sharing them
 * changes no answer. Test files that share a worker share this map (the shared project does not
 * reload modules between files).
 */
const FINGERPRINTS = new Map<FamilySource, string>()

/**
 * A review-standing reader over the platform's sources and `reviews` (default: the platform's own
 * records) that reuses the process's fingerprints.
 *
 * @example offerTests(CATALOG, new Map(), reviewStanding())
 */
export function reviewStanding(
  reviews: ReadonlyMap<string, TestFamilyReview> = FAMILY_REVIEWS,
  sources: ReadonlyMap<string, FamilySource> = REVIEWED_FAMILY_SOURCES,
): ReviewStandingOf {
  return familyReviewStanding(sources, reviews, FINGERPRINTS)
}

/** A family's fingerprint, computed once per process. */
export function fingerprintOf(family: FamilySource): string {
  const known = FINGERPRINTS.get(family)
  if (known !== undefined) return known
  const fingerprint = familyFingerprint(family)
  FINGERPRINTS.set(family, fingerprint)
  return fingerprint
}

/**
 * The platform's own standing, warmed once per process (yielding between families as a server's
 * is) and kept in the run's fingerprint store, as a server keeps it, when the run names one:
 * what `testServices` hands every platform a test builds.
 */
export const sharedReviewStanding = (): Promise<ReviewStandingOf> => {
  const store = process.env.SKILLSIGNAL_CACHE_DIR
  return store
    ? storedFamilyReviewStanding(store, { fingerprints: FINGERPRINTS })
    : warmedFamilyReviewStanding(REVIEWED_FAMILY_SOURCES, FAMILY_REVIEWS, FINGERPRINTS)
}
