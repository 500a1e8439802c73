export {
  CALIBRATION_DAMPING,
  CALIBRATION_MAX_LOG_STEP,
  CALIBRATION_ROUNDS,
  CALIBRATION_TARGETS,
  type CalibratedParameters,
  type CalibrateOptions,
  type CalibrationResult,
  type CalibrationRound,
  calibrateMarket,
  summariseFigures,
} from './calibrate.js'
export { type CategoryName, MARKET_CATEGORIES, type MarketCategory } from './categories.js'
export { CSV_FLUSH_CHARS } from './csv-sink.js'
export { credentialPrecision, credentialSignal, EmployerBelief } from './employer-belief.js'
export { type MarketManifest, marketManifest } from './manifest.js'
export { type PairedHistory, simulateMarket, simulatePairedMarket } from './market.js'
export {
  type EffectBesideTruth,
  effectsBesideTruth,
  type Interval,
  type MarketFigures,
  type MeasureOptions,
  measureMarket,
  type PeriodCoefficient,
} from './market-figures.js'
export { type MarketTruth, TruthTally } from './market-truth.js'
export {
  type CredentialMode,
  DEFAULT_OBS_END,
  DEFAULT_OBS_START,
  DEFAULT_PARAMETERS,
  DEFAULT_SEED,
  DEFAULT_WORKERS,
  type SimulationParameters,
} from './parameters.js'
export { PARQUET_ROW_GROUP } from './parquet-sink.js'
export { type ContractKind, HOURLY_BILLING_DAYS } from './project-outcome.js'
export { Random } from './random.js'
export { simulationParameters } from './simulation-parameters.js'
export {
  buildTestCatalog,
  type SimulatedTest,
  TEST_DIFFICULTY_SD,
  TEST_POPULARITY_EXPONENT,
  type TestCatalog,
} from './test-catalog.js'
export type { SimulatedHistory } from './worker-history.js'
export { type RecordFormat, type WriteMarketOptions, writeMarket } from './write-market.js'
