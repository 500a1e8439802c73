import { scenarioModel } from '../scenario/scenario-model.js'
import { ANALYSIS_FAMILIES } from './analysis-families.js'
import { DESIGN_FAMILIES } from './design-families.js'
import { METRICS_FAMILIES } from './metrics-families.js'
import { PRIORITISE_FAMILIES } from './prioritise-families.js'
import { RESEARCH_FAMILIES } from './research-families.js'
import { UX_FAMILIES } from './ux-families.js'

export const croMetricsModel = scenarioModel({
  id: 'cro-metrics',
  title: 'Conversion rate optimisation: funnel and metric definitions',
  families: METRICS_FAMILIES,
})

export const croResearchModel = scenarioModel({
  id: 'cro-research',
  title: 'Conversion rate optimisation: research and evidence',
  families: RESEARCH_FAMILIES,
})

export const croPrioritiseModel = scenarioModel({
  id: 'cro-prioritise',
  title: 'Conversion rate optimisation: hypotheses and prioritisation',
  families: PRIORITISE_FAMILIES,
  aimKeyPlaces: true,
})

export const croDesignModel = scenarioModel({
  id: 'cro-design',
  title: 'Conversion rate optimisation: experiment design',
  families: DESIGN_FAMILIES,
})

export const croAnalysisModel = scenarioModel({
  id: 'cro-analysis',
  title: 'Conversion rate optimisation: analysing test results',
  families: ANALYSIS_FAMILIES,
})

export const croUxModel = scenarioModel({
  id: 'cro-ux',
  title: 'Conversion rate optimisation: landing-page and form practice',
  families: UX_FAMILIES,
})

/** The conversion rate optimisation test's item models, one per blueprint domain. */
export const CRO_MODELS = [
  croMetricsModel,
  croResearchModel,
  croPrioritiseModel,
  croDesignModel,
  croAnalysisModel,
  croUxModel,
] as const
