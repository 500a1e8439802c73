export {
  type ClusterScores,
  clusterScores,
  clusterScoresOfModels,
  mergeClusterScores,
} from './estimate/cluster-scores.js'
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
export { concatPanels, concatStudyPanels } from './panel/concat-panels.js'
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
export {
  localPartition,
  type PartitionHandle,
  threadPartition,
} from './pipeline/partition-handle.js'
export {
  BATCHES_IN_FLIGHT,
  DEFAULT_PARTITIONS,
  type RunStudyOptions,
  runStudy,
  type StudyProgress,
  type StudyRun,
  WORKERS_PER_BATCH,
} from './pipeline/run-study.js'
export { type PartitionPass1, STUDY_GROUPS, StudyPartition } from './pipeline/study-partition.js'
export { columnsRecordSource } from './records/columns-source.js'
export {
  decodeColumns,
  decodeTables,
  type IndexedRecordTables,
  type RawTables,
  type RecordTables,
  recordTablesOf,
  type WorkerPositions,
} from './records/decode-tables.js'
export { formatIsoSeconds, parseIsoSeconds } from './records/iso-time.js'
export { loadRecordTexts, type RecordTexts } from './records/load-record-texts.js'
export { loadRecordColumns, loadRecordTables } from './records/load-records.js'
export { platformRecordSource, RECORD_VIEWS } from './records/platform-source.js'
export type { Cell, RawTable } from './records/raw-table.js'
export type { RecordColumns } from './records/record-columns.js'
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
export { escapeHtml } from './report/escape-html.js'
export { escapeMarkdown } from './report/escape-markdown.js'
export { eventStudySpec, eventStudySvg, PNG_WIDTH, svgToPng } from './report/event-study-chart.js'
export {
  CONFIDENCE_LEVEL,
  type EventStudyPoint,
  eventStudyPoints,
} from './report/event-study-points.js'
export {
  formatEstimate,
  R2_DECIMALS,
  SMALL_SIGNIFICANT_DIGITS,
  TABLE_DECIMALS,
} from './report/format-numbers.js'
export {
  DOLLAR_DECIMALS,
  HEADLINE_DECIMALS,
  headlineSentences,
  RATIO_DECIMALS,
} from './report/headline-text.js'
export { type RegressionTable, regressionTable } from './report/regression-table.js'
export { STAR_LEVELS, STARS_NOTE, significanceStars } from './report/significance-stars.js'
export { studyTables } from './report/study-tables.js'
export { tableHtml } from './report/table-html.js'
export { tableMarkdown } from './report/table-markdown.js'
export { REPORT_FILES, writeReport } from './report/write-report.js'
export {
  checkRunAgainstRecords,
  checkRunBounds,
  RunBoundsError,
  STUDY_RUN_BOUNDS,
  spanPeriods,
} from './runs/run-bounds.js'
export type { StoredStudyRun, StudyRunSource, StudyRunStatus } from './runs/study-run.js'
export {
  createStudyRunner,
  PROGRESS_INTERVAL_MS,
  STUDY_RUN_LIMITS,
  STUDY_RUN_PARTITIONS,
  type StudyRunner,
} from './runs/study-runner.js'
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
