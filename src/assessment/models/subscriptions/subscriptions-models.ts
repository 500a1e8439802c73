import { scenarioModel } from '../scenario/scenario-model.js'
import { BILLING_FAMILIES } from './billing-families.js'
import { CHURN_FAMILIES } from './churn-families.js'
import { FORECAST_FAMILIES } from './forecast-families.js'
import { MRR_FAMILIES } from './mrr-families.js'
import { UNIT_FAMILIES } from './unit-families.js'

/** Each domain's families, for the models, the review sources and the key test. */
export const SAAS_MRR_FAMILIES = MRR_FAMILIES
export const SAAS_CHURN_FAMILIES = CHURN_FAMILIES
export const SAAS_UNIT_FAMILIES = UNIT_FAMILIES
export const SAAS_BILLING_FAMILIES = BILLING_FAMILIES
export const SAAS_FORECAST_FAMILIES = FORECAST_FAMILIES

// Every answer is a figure whose named mistakes fall on both sides of the key, so each model
// aims the key's numeric rank (see `aimNumericRank`) rather than leaving it the middle value.
export const saasMrrModel = scenarioModel({
  id: 'saas-recurring-revenue',
  title: 'Subscription metrics: MRR, ARR, MRR movements and proration',
  families: SAAS_MRR_FAMILIES,
  aimNumericRank: true,
})
export const saasChurnModel = scenarioModel({
  id: 'saas-churn-retention',
  title: 'Subscription metrics: logo and revenue churn, GRR, NRR and cohort retention',
  families: SAAS_CHURN_FAMILIES,
  aimNumericRank: true,
})
export const saasUnitModel = scenarioModel({
  id: 'saas-unit-economics',
  title: 'Subscription metrics: ARPA, LTV, CAC, payback and LTV:CAC',
  families: SAAS_UNIT_FAMILIES,
  aimNumericRank: true,
})
export const saasBillingModel = scenarioModel({
  id: 'saas-billing',
  title: 'Subscription metrics: trials, tiers, discounts, refunds and deferred revenue',
  families: SAAS_BILLING_FAMILIES,
  aimNumericRank: true,
})
export const saasForecastModel = scenarioModel({
  id: 'saas-forecasting',
  title: 'Subscription metrics: MRR bridge, quick ratio, growth rates and forecasts',
  families: SAAS_FORECAST_FAMILIES,
  aimNumericRank: true,
})

/** The subscription-metrics test's item models, one per blueprint domain. */
export const SAAS_MODELS = [
  saasMrrModel,
  saasChurnModel,
  saasUnitModel,
  saasBillingModel,
  saasForecastModel,
] as const
