import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { DESCRIBE_FAMILIES } from './describe-families.js'
import { FORECAST_FAMILIES } from './forecast-families.js'
import { REGRESSION_FAMILIES } from './regression-families.js'
import { SURVEYS_FAMILIES } from './surveys-families.js'
import { TESTS_FAMILIES } from './tests-families.js'

/** Each domain's families, for the models and the key test. */
export const MKS_DESCRIBE_FAMILIES: readonly ScenarioFamily[] = DESCRIBE_FAMILIES
export const MKS_TESTS_FAMILIES: readonly ScenarioFamily[] = TESTS_FAMILIES
export const MKS_SURVEYS_FAMILIES: readonly ScenarioFamily[] = SURVEYS_FAMILIES
export const MKS_REGRESSION_FAMILIES: readonly ScenarioFamily[] = REGRESSION_FAMILIES
export const MKS_FORECAST_FAMILIES: readonly ScenarioFamily[] = FORECAST_FAMILIES

// Every answer is one figure, and each family's named slips (an unweighted mean, the unpooled
// error, a one-sided z, churn taken linearly) fall on both sides of its key in most draws, so
// the key's rank among the values is aimed rather than left to the draw.
export const mksDescribeModel = scenarioModel({
  id: 'mks-describe',
  title: 'Statistics for marketers: describing campaign and customer data',
  families: MKS_DESCRIBE_FAMILIES,
  aimNumericRank: true,
})
export const mksTestsModel = scenarioModel({
  id: 'mks-tests',
  title: 'Statistics for marketers: A/B and split tests',
  families: MKS_TESTS_FAMILIES,
  aimNumericRank: true,
})
export const mksSurveysModel = scenarioModel({
  id: 'mks-surveys',
  title: 'Statistics for marketers: surveys and sampling',
  families: MKS_SURVEYS_FAMILIES,
  aimNumericRank: true,
})
export const mksRegressionModel = scenarioModel({
  id: 'mks-regression',
  title: 'Statistics for marketers: correlation and regression',
  families: MKS_REGRESSION_FAMILIES,
  aimNumericRank: true,
})
export const mksForecastModel = scenarioModel({
  id: 'mks-forecast',
  title: 'Statistics for marketers: forecasts, funnels and cohorts',
  families: MKS_FORECAST_FAMILIES,
  aimNumericRank: true,
})

/** The statistics-for-marketers test's item models, one per blueprint domain. */
export const MKS_MODELS = [
  mksDescribeModel,
  mksTestsModel,
  mksSurveysModel,
  mksRegressionModel,
  mksForecastModel,
] as const
