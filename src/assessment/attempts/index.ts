export { addMonthsUtc } from '../../shared/index.js'
export { answerItem, type RecordedAnswer } from './answer-item.js'
export {
  type AttemptReport,
  type DomainFeedback,
  type DomainStanding,
  readAttemptReport,
  STRENGTH_PERCENT,
} from './attempt-report.js'
export {
  type AttemptServices,
  attemptServices,
  configureAttempts,
  registerPassHook,
  registerRevocationHook,
} from './attempt-services.js'
export type { AttemptResult, AttemptState, CandidateItem } from './attempt-state.js'
export {
  CALIBRATION_MIN_RESPONSES,
  calibrateTest,
  loadCalibration,
  type TestCalibration,
} from './calibrate-test.js'
export { type Certification, listCertifications } from './certifications.js'
export { domainQuotas } from './domain-quotas.js'
export { expireOverdueAttempts } from './finish-attempt.js'
export { EMPTY_ITEM_BANK, type ItemBank } from './item-bank.js'
export {
  type ItemStatistics,
  pullLeakedItems,
  type TestStatistics,
  testStatistics,
} from './item-statistics.js'
export type { PassEvent, PassedCertification, PassHook } from './pass-hooks.js'
export { PERCENTILE_WINDOW_DAYS, percentileRank } from './percentile.js'
export { placeOnScale, type ScalePlacement } from './place-on-scale.js'
export { type FormPlanInput, type PlannedSlot, planForm } from './plan-form.js'
export {
  decideRetake,
  type HeldCertification,
  type PastAttempt,
  type RetakeDecision,
} from './retake-rules.js'
export {
  MAX_REVOCATION_REASON,
  type RevocationHook,
  type RevokedCertification,
  revokeCertification,
} from './revoke-certification.js'
export { isCorrect, scoreAttempt } from './score-attempt.js'
export { startAttempt } from './start-attempt.js'
export { submitAttempt } from './submit-attempt.js'
export { type CertificationStatus, certificationStatus } from './validity.js'
export { viewAttempt } from './view-attempt.js'
