export {
  advanceItem,
  MAX_REVIEW_NOTE,
  type ReviewStep,
  type ReviewStepRequest,
} from './advance-item.js'
export { type AssignReport, assignDrafts } from './assign-drafts.js'
export {
  type FamilyReviewEntry,
  type FamilySource,
  type FamilyVerdict,
  familyFingerprint,
  type TestFamilyReview,
  type UnreviewedFamily,
  unreviewedFamilies,
} from './family-review.js'
export { FAMILY_REVIEWS } from './family-reviews/index.js'
export {
  MIN_RESPONSES_FOR_OPERATIONAL,
  operationalGate,
  optionsGate,
  REVIEW_STEPS,
  reviewGate,
} from './review-gates.js'
export {
  MAX_REVIEW_PAGE,
  type QueuedItem,
  REVIEW_STAGES,
  type ReviewQueue,
  type ReviewStage,
  reviewQueue,
} from './review-queue.js'
export {
  familyReviewStanding,
  type ReviewStanding,
  type ReviewStandingOf,
  WARM_SLICE_MS,
  type WarmOptions,
  warmedFamilyReviewStanding,
} from './review-standing.js'
export { REVIEWED_FAMILY_SOURCES } from './reviewed-family-sources.js'
export { type StoredStandingOptions, storedFamilyReviewStanding } from './stored-fingerprints.js'
export { unreviewedFamiliesOf } from './test-family-review.js'
