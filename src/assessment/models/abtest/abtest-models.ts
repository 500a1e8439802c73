import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { BAYES_FAMILIES } from './bayes-families.js'
import { DESIGN_FAMILIES } from './design-families.js'
import { METRIC_FAMILIES } from './metric-families.js'
import { PITFALL_FAMILIES } from './pitfall-families.js'
import { SIGNIFICANCE_FAMILIES } from './significance-families.js'

/** Each domain's families, for the models and the key test. */
export const ABTEST_DESIGN_FAMILIES: readonly ScenarioFamily[] = DESIGN_FAMILIES
export const ABTEST_SIGNIFICANCE_FAMILIES: readonly ScenarioFamily[] = SIGNIFICANCE_FAMILIES
export const ABTEST_PITFALL_FAMILIES: readonly ScenarioFamily[] = PITFALL_FAMILIES
export const ABTEST_METRIC_FAMILIES: readonly ScenarioFamily[] = METRIC_FAMILIES
export const ABTEST_BAYES_FAMILIES: readonly ScenarioFamily[] = BAYES_FAMILIES

// Every answer is a number (a count, a rate, a z, a p-value or money), and each family's named
// mistakes fall on both sides of its key in most draws, so the key's rank is aimed.
export const abtestDesignModel = scenarioModel({
  id: 'abt-design',
  title: 'A/B testing: sample size, minimum detectable effect and test duration',
  families: ABTEST_DESIGN_FAMILIES,
  aimNumericRank: true,
})
export const abtestSignificanceModel = scenarioModel({
  id: 'abt-significance',
  title: 'A/B testing: z-statistics, p-values and confidence intervals',
  families: ABTEST_SIGNIFICANCE_FAMILIES,
  aimNumericRank: true,
})
export const abtestPitfallModel = scenarioModel({
  id: 'abt-pitfalls',
  title: 'A/B testing: sample ratio mismatch, multiple comparisons and other validity threats',
  families: ABTEST_PITFALL_FAMILIES,
  aimNumericRank: true,
})
export const abtestMetricModel = scenarioModel({
  id: 'abt-metrics',
  title: 'A/B testing: lift, revenue and ratio metrics, CUPED and the value of a rollout',
  families: ABTEST_METRIC_FAMILIES,
  aimNumericRank: true,
})
export const abtestBayesModel = scenarioModel({
  id: 'abt-bayes',
  title: 'A/B testing: Bayesian posteriors, expected loss and sequential boundaries',
  families: ABTEST_BAYES_FAMILIES,
  aimNumericRank: true,
})

/** The A/B testing test's item models, one per blueprint domain. */
export const ABTEST_MODELS = [
  abtestDesignModel,
  abtestSignificanceModel,
  abtestPitfallModel,
  abtestMetricModel,
  abtestBayesModel,
] as const
