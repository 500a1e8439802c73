export { type ClusterScores, clusterScores, mergeClusterScores } from './estimate/cluster-scores.js'
export { COLLINEARITY_TOLERANCE, choleskyDropCollinear } from './estimate/collinear-cholesky.js'
export { type CrossProducts, crossProducts, mergeCrossProducts } from './estimate/cross-products.js'
export { type DemeanedPartition, demeanPartition } from './estimate/demean.js'
export { buildDesign, type Design, isYearDummy, regressorNames } from './estimate/design.js'
export { estimate, yearsOf } from './estimate/estimate-model.js'
export { finishEstimate } from './estimate/finish-estimate.js'
export { formulaOf } from './estimate/formula.js'
export { type Headline, headlineFigures } from './estimate/headline.js'
export type { ModelEstimate } from './estimate/model-estimate.js'
export {
  CONTROLS,
  DYNAMIC_PERIODS,
  type FixedEffect,
  type ModelSpec,
  modelSpec,
  type Outcome,
  type PanelKind,
  type SpecKind,
} from './estimate/model-spec.js'
export {
  mergePanelSummaries,
  type PanelSummary,
  summarisePanels,
} from './estimate/panel-summary.js'
export { smallSampleConstant } from './estimate/small-sample.js'
export { type Solution, solveCoefficients } from './estimate/solve.js'
export { twoSidedP } from './estimate/student-t.js'
export {
  assembleEstimates,
  estimateStudy,
  type RecordCounts,
  type StudyEstimates,
  type StudyPanels,
  type StudySample,
} from './estimate/study-estimates.js'
export { STUDY_MODELS } from './estimate/study-models.js'
