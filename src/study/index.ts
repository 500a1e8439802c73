// The study part's public face: what the CLI, the API, the simulator and the benchmarks use, and
// the types of what they pass and get back. The estimator's and the report's inner steps stay
// inside the part (its tests import them from their own modules).

export type { DesignCheckHeadline, Headline } from './estimate/headline.js'
export type { ModelEstimate } from './estimate/model-estimate.js'
export type { ModelKey, Outcome } from './estimate/model-spec.js'
export type {
  RecordCounts,
  StudyEstimates,
  StudyModels,
  StudyPanels,
  StudySample,
} from './estimate/study-estimates.js'
export type { PeriodPanel, ProjectPanel } from './panel/panel-columns.js'
// Writing the results.
export { writePanelCsv } from './panel/panel-csv.js'
// Settings.
export { parseStudySettings, type StudySettingsText } from './parse-settings.js'
// Running the study and what it gives.
export {
  DEFAULT_PARTITIONS,
  type RunStudyOptions,
  runStudy,
  type StudyProgress,
  type StudyRun,
} from './pipeline/run-study.js'
export { columnsRecordSource } from './records/columns-source.js'
export { openFileRecordSource } from './records/file-source.js'
export { formatIsoSeconds, parseIsoSeconds } from './records/iso-time.js'
export { loadRecordTexts, type RecordTexts } from './records/load-record-texts.js'
export { loadRecordColumns } from './records/load-records.js'
export { type PlatformRecordSource, platformRecordSource } from './records/platform-source.js'
export { platformSpan } from './records/platform-span.js'
export type { RecordColumns } from './records/record-columns.js'
export { describeProblem, type RecordProblem, RecordsError } from './records/record-problem.js'
export { memoryRecordSource, type RecordSource } from './records/record-source.js'
// Records: the four tables, where they come from, and why a file is refused.
export type {
  CredentialAwardRecord,
  PaymentRecord,
  ProjectRecord,
  WorkerHistory,
  WorkerRecord,
} from './records.js'
export {
  REPORT_FORMATS,
  type ReportFile,
  type ReportFormat,
  reportFile,
} from './report/report-file.js'
export { SMALL_SAMPLE_RULE } from './report/small-sample-caution.js'
export { type StudyReport, studyReport } from './report/study-report.js'
export { REPORT_FILES, writeReport } from './report/write-report.js'
// Study runs in the background of the server, bounded before they start.
export {
  checkRunAgainstRecords,
  checkRunBounds,
  RunBoundsError,
  STUDY_RUN_BOUNDS,
} from './runs/run-bounds.js'
export type { StoredStudyRun, StudyRunSource, StudyRunStatus } from './runs/study-run.js'
export type { StudyRunSummary } from './runs/study-run-repo.js'
export {
  createStudyRunner,
  PROGRESS_INTERVAL_MS,
  STUDY_RUN_LIMITS,
  STUDY_RUN_LIST_LIMIT,
  STUDY_RUN_PARTITIONS,
  type StudyRunner,
} from './runs/study-runner.js'
export {
  DEFAULT_WINDOW_DAYS,
  type EventPeriods,
  type StudySettings,
  StudySettingsError,
  type StudySettingsField,
  type StudySettingsInput,
  studySettings,
} from './settings.js'
export type { StudyTables } from './tables.js'
