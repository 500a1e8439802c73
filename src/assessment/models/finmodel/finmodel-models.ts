import { scenarioModel } from '../scenario/scenario-model.js'
import { SCENARIO_FAMILIES } from './scenario-families.js'
import { STATEMENT_FAMILIES } from './statement-families.js'
import { STRUCTURE_FAMILIES } from './structure-families.js'
import { TIME_VALUE_FAMILIES } from './time-value-families.js'
import { VALUATION_FAMILIES } from './valuation-families.js'

export const fmStructureModel = scenarioModel({
  id: 'fm-structure',
  title: 'Financial modelling: structure, conventions, timing and circularity',
  families: STRUCTURE_FAMILIES,
})

export const fmTimeValueModel = scenarioModel({
  id: 'fm-time-value',
  title: 'Financial modelling: discounting, returns and payments',
  families: TIME_VALUE_FAMILIES,
})

export const fmStatementsModel = scenarioModel({
  id: 'fm-statements',
  title: 'Financial modelling: three-statement links',
  families: STATEMENT_FAMILIES,
})

export const fmValuationModel = scenarioModel({
  id: 'fm-valuation',
  title: 'Financial modelling: DCF valuation',
  families: VALUATION_FAMILIES,
})

export const fmScenariosModel = scenarioModel({
  id: 'fm-scenarios',
  title: 'Financial modelling: scenarios, sensitivities and checks',
  families: SCENARIO_FAMILIES,
})

/** The financial modelling test's item models, one per blueprint domain. */
export const FINMODEL_MODELS = [
  fmStructureModel,
  fmTimeValueModel,
  fmStatementsModel,
  fmValuationModel,
  fmScenariosModel,
] as const
