import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { ACCURACY_FAMILIES } from './accuracy-families.js'
import { PIPELINE_FAMILIES } from './pipeline-families.js'
import { QUOTA_FAMILIES } from './quota-families.js'
import { SEASON_FAMILIES } from './season-families.js'
import { SERIES_FAMILIES } from './series-families.js'

/** Each domain's families, for the models and the key test. */
export const SALESFC_PIPELINE_FAMILIES: readonly ScenarioFamily[] = PIPELINE_FAMILIES
export const SALESFC_SERIES_FAMILIES: readonly ScenarioFamily[] = SERIES_FAMILIES
export const SALESFC_SEASON_FAMILIES: readonly ScenarioFamily[] = SEASON_FAMILIES
export const SALESFC_ACCURACY_FAMILIES: readonly ScenarioFamily[] = ACCURACY_FAMILIES
export const SALESFC_QUOTA_FAMILIES: readonly ScenarioFamily[] = QUOTA_FAMILIES

// Every answer is a number (money, a percentage, a ratio or a count), and each family's named
// mistakes fall on both sides of its key in most draws, so the key's rank is aimed.
export const salesfcPipelineModel = scenarioModel({
  id: 'sfc-pipeline',
  title: 'Sales forecasting: weighted pipeline, funnels, coverage, win rates and slippage',
  families: SALESFC_PIPELINE_FAMILIES,
  aimNumericRank: true,
})
export const salesfcSeriesModel = scenarioModel({
  id: 'sfc-series',
  title: 'Sales forecasting: moving averages, exponential smoothing, trend and naive methods',
  families: SALESFC_SERIES_FAMILIES,
  aimNumericRank: true,
})
export const salesfcSeasonModel = scenarioModel({
  id: 'sfc-season',
  title: 'Sales forecasting: seasonal indices, growth rates and run-rate annualisation',
  families: SALESFC_SEASON_FAMILIES,
  aimNumericRank: true,
})
export const salesfcAccuracyModel = scenarioModel({
  id: 'sfc-accuracy',
  title: 'Sales forecasting: MAE, MAPE, WAPE, RMSE, bias and tracking signal',
  families: SALESFC_ACCURACY_FAMILIES,
  aimNumericRank: true,
})
export const salesfcQuotaModel = scenarioModel({
  id: 'sfc-quota',
  title:
    'Sales forecasting: rep capacity, ramp, quota setting, territories and subscription revenue timing',
  families: SALESFC_QUOTA_FAMILIES,
  aimNumericRank: true,
})

/** The sales forecasting test's item models, one per blueprint domain. */
export const SALESFC_MODELS = [
  salesfcPipelineModel,
  salesfcSeriesModel,
  salesfcSeasonModel,
  salesfcAccuracyModel,
  salesfcQuotaModel,
] as const
