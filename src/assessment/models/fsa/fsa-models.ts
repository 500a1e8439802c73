import { scenarioModel } from '../scenario/scenario-model.js'
import { ADJUSTED_FAMILIES } from './adjusted-families.js'
import { CASH_FLOW_FAMILIES } from './cash-flow-families.js'
import { EFFICIENCY_FAMILIES } from './efficiency-families.js'
import { LIQUIDITY_FAMILIES } from './liquidity-families.js'
import { PROFITABILITY_FAMILIES } from './profitability-families.js'
import { REPORTING_FAMILIES } from './reporting-families.js'
import { TREND_FAMILIES } from './trend-families.js'

export const fsaLiquidityModel = scenarioModel({
  id: 'fsa-liquidity',
  title: 'Statement analysis: liquidity, solvency and coverage',
  families: LIQUIDITY_FAMILIES,
})

export const fsaProfitabilityModel = scenarioModel({
  id: 'fsa-profitability',
  title: 'Statement analysis: profitability and DuPont',
  families: PROFITABILITY_FAMILIES,
})

export const fsaEfficiencyModel = scenarioModel({
  id: 'fsa-efficiency',
  title: 'Statement analysis: working-capital days and asset turnover',
  families: EFFICIENCY_FAMILIES,
})

export const fsaTrendModel = scenarioModel({
  id: 'fsa-trend',
  title: 'Statement analysis: common-size and horizontal analysis',
  families: TREND_FAMILIES,
})

export const fsaCashFlowModel = scenarioModel({
  id: 'fsa-cash-flow',
  title: 'Statement analysis: cash flows and earnings quality',
  families: CASH_FLOW_FAMILIES,
})

/** Adjusted figures and the reading of red flags and framework differences share one domain. */
export const FSA_QUALITY_FAMILIES = [...ADJUSTED_FAMILIES, ...REPORTING_FAMILIES]
export const fsaQualityModel = scenarioModel({
  id: 'fsa-quality',
  title: 'Statement analysis: adjusted figures, red flags and IFRS–US GAAP differences',
  families: FSA_QUALITY_FAMILIES,
})

/** The statement-analysis test's item models, one per blueprint domain. */
export const FSA_MODELS = [
  fsaLiquidityModel,
  fsaProfitabilityModel,
  fsaEfficiencyModel,
  fsaTrendModel,
  fsaCashFlowModel,
  fsaQualityModel,
] as const
