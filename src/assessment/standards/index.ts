export { abilityCutRule, formRawCut, passesAbilityCut } from './ability-cut.js'
export {
  type CutScoreRecord,
  cutScoreRecord,
  type DomainStandard,
  type FamilyCalibrationInput,
  roundsInPrecedence,
} from './cut-score-record.js'
export { type AdoptedCut, cutHistory, liveCuts, withLiveCut } from './live-cuts.js'
export { PLATFORM_ROUND } from './platform-round.js'
export {
  type AngoffRating,
  type PanelKind,
  type RatingRound,
  ratingRoundProblem,
} from './rating-round.js'
export { listRatingRounds, parseRatingRound, recordRatingRound } from './rating-round-repo.js'
export { STANDARD_ROUNDS } from './standard-rounds.js'
