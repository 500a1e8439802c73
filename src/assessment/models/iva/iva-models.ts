import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { CAPITAL_FAMILIES } from './capital-families.js'
import { IRR_FAMILIES } from './irr-families.js'
import { NPV_FAMILIES } from './npv-families.js'
import { RISK_FAMILIES } from './risk-families.js'
import { TVM_FAMILIES } from './tvm-families.js'

/** Each domain's families, for the models and the key test. */
export const IVA_TVM_FAMILIES: readonly ScenarioFamily[] = TVM_FAMILIES
export const IVA_NPV_FAMILIES: readonly ScenarioFamily[] = NPV_FAMILIES
export const IVA_IRR_FAMILIES: readonly ScenarioFamily[] = IRR_FAMILIES
export const IVA_CAPITAL_FAMILIES: readonly ScenarioFamily[] = CAPITAL_FAMILIES
export const IVA_RISK_FAMILIES: readonly ScenarioFamily[] = RISK_FAMILIES

// Every answer is a number (money, a rate, a ratio, years or units), and each family's named
// mistakes fall on both sides of its key in most draws, so the key's rank is aimed.
export const ivaTvmModel = scenarioModel({
  id: 'iva-tvm',
  title: 'Investment appraisal: present and future values, annuities, perpetuities and rates',
  families: IVA_TVM_FAMILIES,
  aimNumericRank: true,
})
export const ivaNpvModel = scenarioModel({
  id: 'iva-npv',
  title: 'Investment appraisal: NPV from after-tax cash flows and the profitability index',
  families: IVA_NPV_FAMILIES,
  aimNumericRank: true,
})
export const ivaIrrModel = scenarioModel({
  id: 'iva-irr',
  title: 'Investment appraisal: IRR, MIRR, payback and their decision rules',
  families: IVA_IRR_FAMILIES,
  aimNumericRank: true,
})
export const ivaCapitalModel = scenarioModel({
  id: 'iva-capital',
  title: 'Investment appraisal: cost of equity, cost of debt, WACC and project rates',
  families: IVA_CAPITAL_FAMILIES,
  aimNumericRank: true,
})
export const ivaRiskModel = scenarioModel({
  id: 'iva-risk',
  title: 'Investment appraisal: sensitivity, break-even, scenarios, unequal lives and rationing',
  families: IVA_RISK_FAMILIES,
  aimNumericRank: true,
})

/** The investment appraisal test's item models, one per blueprint domain. */
export const IVA_MODELS = [
  ivaTvmModel,
  ivaNpvModel,
  ivaIrrModel,
  ivaCapitalModel,
  ivaRiskModel,
] as const
