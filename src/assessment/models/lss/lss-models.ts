import { scenarioModel } from '../scenario/scenario-model.js'
import { ANALYZE_FAMILIES } from './analyze-families.js'
import { CONTROL_FAMILIES } from './control-families.js'
import { DEFINE_FAMILIES } from './define-families.js'
import { LEAN_MEASURE_FAMILIES, SMED_FAMILIES } from './lean-families.js'
import { LEAN_TERM_FAMILIES } from './lean-terms.js'
import { MEASURE_FAMILIES } from './measure-families.js'
import { MSA_FAMILIES } from './msa-families.js'
import { RUN_RULE_FAMILIES } from './run-rule-families.js'
import { SPC_CHOICE_FAMILIES, SPC_LIMIT_FAMILIES } from './spc-families.js'

export const lssDefineModel = scenarioModel({
  id: 'lss-define',
  title: 'Lean Six Sigma: DMAIC and project definition',
  families: DEFINE_FAMILIES,
})

/** Measurement: defect metrics, yields, sigma level, capability, gauge studies and data scales. */
export const LSS_MEASURE_FAMILIES = [...MEASURE_FAMILIES, ...MSA_FAMILIES]
export const lssMeasureModel = scenarioModel({
  id: 'lss-measure',
  title: 'Lean Six Sigma: measurement, yield and capability',
  families: LSS_MEASURE_FAMILIES,
})

/** Control charts: the choice by data type, their limits, and run rules on a series. */
export const LSS_SPC_FAMILIES = [
  ...SPC_CHOICE_FAMILIES,
  ...SPC_LIMIT_FAMILIES,
  ...RUN_RULE_FAMILIES,
]
export const lssSpcModel = scenarioModel({
  id: 'lss-spc',
  title: 'Lean Six Sigma: statistical process control',
  families: LSS_SPC_FAMILIES,
})

export const lssAnalyzeModel = scenarioModel({
  id: 'lss-analyze',
  title: 'Lean Six Sigma: root-cause analysis and hypothesis tests',
  families: ANALYZE_FAMILIES,
  aimNumericRank: true,
})

/** Lean: flow measures, set-up reduction, the wastes, 5S and named practices. */
export const LSS_LEAN_FAMILIES = [...LEAN_MEASURE_FAMILIES, ...SMED_FAMILIES, ...LEAN_TERM_FAMILIES]
export const lssLeanModel = scenarioModel({
  id: 'lss-lean',
  title: 'Lean Six Sigma: lean flow, waste and set-up reduction',
  families: LSS_LEAN_FAMILIES,
})

export const lssControlModel = scenarioModel({
  id: 'lss-control',
  title: 'Lean Six Sigma: improve and control',
  families: CONTROL_FAMILIES,
})

/** The Lean Six Sigma test's item models, one per blueprint domain. */
export const LSS_MODELS = [
  lssDefineModel,
  lssMeasureModel,
  lssSpcModel,
  lssAnalyzeModel,
  lssLeanModel,
  lssControlModel,
] as const
