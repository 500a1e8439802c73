export { buildPanels, type StudyPanels, StudyPanelsBuilder } from './panel/build-panels.js'
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
  DYNAMIC_PERIODS,
  type EventPeriods,
  MAIN_PERIODS,
  SECONDS_PER_DAY,
  type StudySettings,
  type StudySettingsInput,
  studySettings,
  studyYears,
} from './settings.js'
