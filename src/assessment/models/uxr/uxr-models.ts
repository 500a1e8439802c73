import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { ETHICS_FAMILIES } from './ethics-families.js'
import { METRICS_FAMILIES } from './metrics-families.js'
import { PLANNING_FAMILIES } from './planning-families.js'
import { SURVEY_FAMILIES } from './survey-families.js'
import { SYNTHESIS_FAMILIES } from './synthesis-families.js'

/** Each domain's families, for the models and the key test. */
export const UXR_PLANNING_FAMILIES: readonly ScenarioFamily[] = PLANNING_FAMILIES
export const UXR_METRICS_FAMILIES: readonly ScenarioFamily[] = METRICS_FAMILIES
export const UXR_SURVEY_FAMILIES: readonly ScenarioFamily[] = SURVEY_FAMILIES
export const UXR_SYNTHESIS_FAMILIES: readonly ScenarioFamily[] = SYNTHESIS_FAMILIES
export const UXR_ETHICS_FAMILIES: readonly ScenarioFamily[] = ETHICS_FAMILIES

export const uxrPlanningModel = scenarioModel({
  id: 'uxr-planning',
  title: 'UX research: study planning, sampling, recruiting and method choice',
  families: UXR_PLANNING_FAMILIES,
  aimNumericRank: true,
})
export const uxrMetricsModel = scenarioModel({
  id: 'uxr-metrics',
  title: 'UX research: usability metrics (SUS, completion rates, task time, ratings)',
  families: UXR_METRICS_FAMILIES,
  aimNumericRank: true,
})
export const uxrSurveyModel = scenarioModel({
  id: 'uxr-surveys',
  title: 'UX research: survey and questionnaire design, routing and data quality',
  families: UXR_SURVEY_FAMILIES,
  aimNumericRank: true,
})
export const uxrSynthesisModel = scenarioModel({
  id: 'uxr-synthesis',
  title: 'UX research: synthesis, severity, card sorts, tree tests and coder agreement',
  families: UXR_SYNTHESIS_FAMILIES,
  aimNumericRank: true,
})
export const uxrEthicsModel = scenarioModel({
  id: 'uxr-ethics',
  title: 'UX research: consent, data minimisation, retention and participant care',
  families: UXR_ETHICS_FAMILIES,
  aimKeyPlaces: true,
})

/** The UX research test's item models, one per blueprint domain. */
export const UXR_MODELS = [
  uxrPlanningModel,
  uxrMetricsModel,
  uxrSurveyModel,
  uxrSynthesisModel,
  uxrEthicsModel,
] as const
