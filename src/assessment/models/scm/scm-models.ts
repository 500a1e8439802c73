import { scenarioModel } from '../scenario/scenario-model.js'
import { FORECAST_FAMILIES } from './forecast-families.js'
import { FREIGHT_FAMILIES } from './freight-families.js'
import { INCOTERM_FAMILIES } from './incoterm-families.js'
import { METRIC_FAMILIES } from './metric-families.js'
import { OPERATION_FAMILIES, PRACTICE_FAMILIES } from './operation-families.js'
import { POLICY_FAMILIES } from './policy-families.js'

export const scmPolicyModel = scenarioModel({
  id: 'scm-policy',
  title: 'Supply chain: order quantities, reorder points and safety stock',
  families: POLICY_FAMILIES,
})

export const scmMetricsModel = scenarioModel({
  id: 'scm-metrics',
  title: 'Supply chain: inventory and service metrics, ABC/XYZ',
  families: METRIC_FAMILIES,
})

export const scmForecastModel = scenarioModel({
  id: 'scm-forecast',
  title: 'Supply chain: demand forecasting and forecast error',
  families: FORECAST_FAMILIES,
})

export const scmIncotermsModel = scenarioModel({
  id: 'scm-incoterms',
  title: 'Supply chain: Incoterms 2020',
  families: INCOTERM_FAMILIES,
})

export const scmFreightModel = scenarioModel({
  id: 'scm-freight',
  title: 'Supply chain: freight, chargeable weight and landed cost',
  families: FREIGHT_FAMILIES,
})

/** Purchasing and warehouse operations: numeric procedures and the practices clients name. */
export const SCM_OPERATION_FAMILIES = [...OPERATION_FAMILIES, ...PRACTICE_FAMILIES]
export const scmOperationsModel = scenarioModel({
  id: 'scm-operations',
  title: 'Supply chain: purchase orders, picking and warehouse practices',
  families: SCM_OPERATION_FAMILIES,
})

/** The supply-chain test's item models, one per blueprint domain. */
export const SCM_MODELS = [
  scmPolicyModel,
  scmMetricsModel,
  scmForecastModel,
  scmIncotermsModel,
  scmFreightModel,
  scmOperationsModel,
] as const
