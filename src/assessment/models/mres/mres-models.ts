import { scenarioModel } from '../scenario/scenario-model.js'
import { AAPOR_FAMILIES } from './aapor-families.js'
import { ANALYSIS_FAMILIES } from './analysis-families.js'
import { DESIGN_FAMILIES } from './design-families.js'
import { ETHICS_FAMILIES } from './ethics-families.js'
import { QUESTIONNAIRE_FAMILIES } from './questionnaire-families.js'
import { SAMPLING_FAMILIES } from './sampling-families.js'
import { SIZING_FAMILIES } from './sizing-families.js'

export const mresDesignModel = scenarioModel({
  id: 'mres-design',
  title: 'Market research: research design and method choice',
  families: DESIGN_FAMILIES,
  aimKeyPlaces: true,
})

export const mresQuestionnaireModel = scenarioModel({
  id: 'mres-questionnaire',
  title: 'Market research: questionnaire wording and question formats',
  families: QUESTIONNAIRE_FAMILIES,
  aimKeyPlaces: true,
})

/** Sampling and fieldwork: sample sizes, allocation, incidence and the AAPOR outcome rates. */
export const MRES_SAMPLING_FAMILIES = [...SAMPLING_FAMILIES, ...AAPOR_FAMILIES]
export const mresSamplingModel = scenarioModel({
  id: 'mres-sampling',
  title: 'Market research: sampling, fieldwork and response rates',
  families: MRES_SAMPLING_FAMILIES,
})

export const mresAnalysisModel = scenarioModel({
  id: 'mres-analysis',
  title: 'Market research: margins of error, weighting and cross-tabs',
  families: ANALYSIS_FAMILIES,
})

export const mresSizingModel = scenarioModel({
  id: 'mres-sizing',
  title: 'Market research: market sizing and growth',
  families: SIZING_FAMILIES,
})

export const mresEthicsModel = scenarioModel({
  id: 'mres-ethics',
  title: 'Market research: codes of conduct, data protection and reporting',
  families: ETHICS_FAMILIES,
  aimKeyPlaces: true,
})

/** The market-research test's item models, one per blueprint domain. */
export const MRES_MODELS = [
  mresDesignModel,
  mresQuestionnaireModel,
  mresSamplingModel,
  mresAnalysisModel,
  mresSizingModel,
  mresEthicsModel,
] as const
