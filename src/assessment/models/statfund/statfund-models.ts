import { scenarioModel } from '../scenario/scenario-model.js'
import { DESCRIBE_FAMILIES } from './describe-families.js'
import { DESIGN_FAMILIES } from './design-families.js'
import { INTERVAL_FAMILIES } from './interval-families.js'
import { PROBABILITY_FAMILIES } from './probability-families.js'
import { REGRESSION_FAMILIES } from './regression-families.js'
import { TESTING_FAMILIES } from './testing-families.js'

export const sfDescribeModel = scenarioModel({
  id: 'sf-describe',
  title: 'Statistics fundamentals: descriptive statistics and choosing summaries',
  families: DESCRIBE_FAMILIES,
})

export const sfProbabilityModel = scenarioModel({
  id: 'sf-probability',
  title: 'Statistics fundamentals: normal and binomial probabilities',
  families: PROBABILITY_FAMILIES,
})

export const sfIntervalsModel = scenarioModel({
  id: 'sf-intervals',
  title: 'Statistics fundamentals: confidence intervals and sample sizes',
  families: INTERVAL_FAMILIES,
})

export const sfTestingModel = scenarioModel({
  id: 'sf-testing',
  title: 'Statistics fundamentals: hypothesis tests and p-values',
  families: TESTING_FAMILIES,
  aimKeyPlaces: true,
})

export const sfRegressionModel = scenarioModel({
  id: 'sf-regression',
  title: 'Statistics fundamentals: correlation and regression',
  families: REGRESSION_FAMILIES,
})

export const sfDesignModel = scenarioModel({
  id: 'sf-design',
  title: 'Statistics fundamentals: sampling and study design',
  families: DESIGN_FAMILIES,
})

/** The statistics-fundamentals test's item models, one per blueprint domain. */
export const STATFUND_MODELS = [
  sfDescribeModel,
  sfProbabilityModel,
  sfIntervalsModel,
  sfTestingModel,
  sfRegressionModel,
  sfDesignModel,
] as const
