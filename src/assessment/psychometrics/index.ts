export {
  type AbilityEstimate,
  type AbilityPrior,
  type CalibratedResponse,
  estimateAbility,
  raschInformation,
  STANDARD_PRIOR,
} from './ability-estimate.js'
export {
  type AdaptiveChoice,
  type AdaptivePoolItem,
  chooseNextItem,
  RANDOMESQUE_SIZE,
} from './adaptive-selection.js'
export {
  type AdaptiveStep,
  adaptiveStep,
  type SimulatedAdaptiveTest,
  simulateAdaptiveTest,
} from './adaptive-session.js'
export {
  ADAPTIVE_MAX_ITEMS,
  ADAPTIVE_MIN_ITEMS,
  ADAPTIVE_TARGET_SE,
  type AdaptiveStopRule,
  DEFAULT_ADAPTIVE_STOP_RULE,
  shouldStopAdaptive,
} from './adaptive-stopping.js'
export {
  EXPOSURE_CAP,
  type ExposureCandidate,
  pickLeastExposed,
  poolNeededForCap,
} from './exposure-control.js'
export { exposureRates } from './exposure-rate.js'
export {
  ABILITY_SEARCH_BOUND,
  abilityForExpectedScore,
  estimateFamilyAbility,
  expectedRawScore,
  type FamilyParameters,
  type FamilyResponse,
  type FormFamily,
  familyProbability,
} from './family-ability.js'
export {
  calibrateFamilies,
  type FamilyCalibration,
  type FamilyCalibrationOptions,
  type FamilyObservation,
  MIN_FAMILY_DISPERSION,
} from './family-calibration.js'
export {
  type IntegritySignal,
  MIN_ANSWER_MS,
  MIN_READING_MS_PER_WORD,
  minimumAnswerMs,
  SCORE_JUMP_POINTS,
  scoreJumpSignals,
  TOO_FAST_SHARE,
  tooFastSignal,
} from './integrity-signals.js'
export {
  analyseItems,
  type ItemAnalysis,
  type ItemKeyInfo,
  type OptionStatistics,
} from './item-analysis.js'
export {
  flagItem,
  type ItemFlag,
  MAX_FACILITY,
  MIN_FACILITY,
  MIN_POINT_BISERIAL,
  MIN_RESPONSES_FOR_FLAGS,
} from './item-flags.js'
export {
  detectLeak,
  LEAK_MIN_FACILITY_JUMP,
  LEAK_MIN_HISTORY,
  LEAK_MIN_Z,
  LEAK_RECENT_WINDOW,
  LEAK_TIME_COLLAPSE_RATIO,
  type LeakSignal,
  type TimedResponse,
} from './leak-detection.js'
export {
  DEFAULT_QUADRATURE_POINTS,
  normalQuadrature,
  type Quadrature,
} from './normal-quadrature.js'
export { passProbability } from './pass-probability.js'
export { lzStar, PERSON_MISFIT_LZ_STAR, type RaschResponse } from './person-fit.js'
export {
  calibrateRasch,
  RASCH_DIFFICULTY_BOUND,
  RASCH_MAX_ITERATIONS,
  RASCH_TOLERANCE,
  type RaschCalibration,
  type RaschCalibrationOptions,
  type RaschObservation,
} from './rasch-calibration.js'
export { kr20, kr20OfForms, type Reliability } from './reliability.js'
export {
  type FinishedAttempt,
  type ItemResponse,
  rawScore,
} from './response-records.js'
export {
  MIN_SHARED_GROUP,
  MIN_SHARED_WRONG,
  SHARED_WRONG_MAX_CHANCE,
  sharedWrongAnswerSignals,
} from './shared-wrong-answers.js'
export { correlation, logistic, normalDraw } from './statistics.js'
export {
  calibrateSympsonHetter,
  SYMPSON_HETTER_ROUNDS,
  SYMPSON_HETTER_SIMULEES,
  type SympsonHetterCalibration,
} from './sympson-hetter.js'
