export { addMonthsUtc } from '../../shared/index.js'
export type { RecordedAnswer } from './answer-item.js'
export { attemptItemAsset } from './attempt-item-asset.js'
export {
  type AttemptReport,
  type DomainFeedback,
  type DomainStanding,
  STRENGTH_PERCENT,
} from './attempt-report.js'
export type { AttemptServices } from './attempt-services.js'
export type { AttemptResult, AttemptState, CandidateItem } from './attempt-state.js'
export { type Attempts, createAttempts } from './attempts.js'
export {
  calibrateTestFamilies,
  FAMILY_CALIBRATION_MIN_RESPONSES,
  loadFamilyCalibrations,
  type StoredFamilyCalibration,
  type TestFamilyCalibration,
} from './calibrate-families.js'
export {
  CALIBRATION_MIN_RESPONSES,
  loadCalibration,
  type TestCalibration,
} from './calibrate-test.js'
export { type Certification, listCertifications } from './certifications.js'
export {
  type DeliveredItem,
  deliverSlot,
  type GenerateVariant,
} from './deliver-slot.js'
export { domainQuotas } from './domain-quotas.js'
export { placeOnFamilyScale } from './family-placement.js'
export {
  FAMILY_PRETEST_FACILITY,
  FAMILY_PRETEST_MIN_POINT_BISERIAL,
  FAMILY_PRETEST_MIN_RESPONSES,
  type FamilyPretestVerdict,
  pretestFamilies,
  promotePretestFamilies,
} from './family-pretest.js'
export { expireOverdueAttempts } from './finish-attempt.js'
export {
  CUE_SHARE_PER_FORM,
  type FormBalance,
  formBalance,
  MAX_CUE_REDRAWS,
} from './form-balance.js'
export { type FormSlot, formCutPercent } from './form-cut.js'
export { type StratifiedSlot, spreadEvenly, stratifySlots } from './form-strata.js'
export {
  type IntegrityHold,
  type IntegrityHoldStatus,
  MAX_HOLDS_PAGE,
} from './integrity-holds.js'
export {
  type IntegrityFinding,
  type IntegrityFindingKind,
  METRONOME_MAX_VARIATION,
  METRONOME_MIN_ANSWERS,
  type ReviewedItem,
  reviewIntegrity,
} from './integrity-review.js'
export { EMPTY_ITEM_BANK, type ItemBank } from './item-bank.js'
export type { ItemStatistics, TestStatistics } from './item-statistics.js'
export type { PassEvent, PassedCertification, PassHook } from './pass-hooks.js'
export { PERCENTILE_WINDOW_DAYS, percentileRank } from './percentile.js'
export { placeOnScale, type ScalePlacement } from './place-on-scale.js'
export { type FormPlanInput, type PlannedSlot, type PretestFamily, planForm } from './plan-form.js'
export { importedPassRows, type RecordedPass } from './record-imported-pass.js'
export {
  decideRetake,
  type HeldCertification,
  type PastAttempt,
  type RetakeDecision,
} from './retake-rules.js'
export type { RevocationHook, RevokedCertification } from './revocation-hooks.js'
export { MAX_REVOCATION_REASON } from './revoke-certification.js'
export { isCorrect, scoreAttempt } from './score-attempt.js'
export { type CertificationStatus, certificationStatus } from './validity.js'
