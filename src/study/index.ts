export { type ClusterScores, clusterScores, mergeClusterScores } from './estimate/cluster-scores.js'
export { COLLINEARITY_TOLERANCE, choleskyDropCollinear } from './estimate/collinear-cholesky.js'
export {
  addCompensated,
  type CompensatedSums,
  compensatedSums,
  mergeCompensated,
  resolveCompensated,
} from './estimate/compensated-sums.js'
export { type CrossProducts, crossProducts, mergeCrossProducts } from './estimate/cross-products.js'
export { type DemeanedPartition, demeanPartition } from './estimate/demean.js'
export { buildDesign, type Design, isYearDummy, regressorNames } from './estimate/design.js'
export { estimate, estimateGroup, yearsOf } from './estimate/estimate-model.js'
export { finishEstimate } from './estimate/finish-estimate.js'
export { formulaOf } from './estimate/formula.js'
export { type Headline, headlineFigures } from './estimate/headline.js'
export type { ModelEstimate } from './estimate/model-estimate.js'
export { groupColumns, groupModels, type ModelGroup } from './estimate/model-groups.js'
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
export { type Solution, solveModel } from './estimate/solve.js'
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
export { buildPanels, StudyPanelsBuilder } from './panel/build-panels.js'
export {
  type NumericColumn,
  type Panel,
  type PanelColumnsBase,
  PERIOD_PANEL_HEADER,
  type PeriodPanel,
  PROJECT_PANEL_HEADER,
  type ProjectPanel,
} from './panel/panel-columns.js'
export { CSV_SIGNIFICANT_DIGITS, formatCsvNumber, writePanelCsv } from './panel/panel-csv.js'
export { eventOrder } from './panel/panel-order.js'
export { decodeTables, type RawTables, type RecordTables } from './records/decode-tables.js'
export { formatIsoSeconds, parseIsoSeconds } from './records/iso-time.js'
export { loadRecordTables } from './records/load-records.js'
export type { Cell, RawTable } from './records/raw-table.js'
export {
  describeProblem,
  MAX_REPORTED_PROBLEMS,
  type RecordProblem,
  RecordsError,
} from './records/record-problem.js'
export {
  groupHistories,
  memoryRecordSource,
  openFileRecordSource,
  type RecordSource,
  tablesRecordSource,
} from './records/record-source.js'
export type {
  CredentialAwardRecord,
  PaymentRecord,
  ProjectRecord,
  WorkerHistory,
  WorkerRecord,
} from './records.js'
export {
  DEFAULT_WINDOW_DAYS,
  DYNAMIC_EVENT_PERIODS,
  type EventPeriods,
  MAIN_EVENT_PERIODS,
  SECONDS_PER_DAY,
  type StudySettings,
  type StudySettingsInput,
  studySettings,
  studyYears,
} from './settings.js'
