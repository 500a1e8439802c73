import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { ANNUITY_FAMILIES } from './annuity-families.js'
import { LOAN_FAMILIES } from './loan-families.js'
import { LUMP_FAMILIES } from './lump-families.js'
import { NPV_FAMILIES } from './npv-families.js'
import { RATE_FAMILIES } from './rate-families.js'

/** Each domain's families, for the models and the key test. */
export const TVM_LUMP_FAMILIES: readonly ScenarioFamily[] = LUMP_FAMILIES
export const TVM_RATE_FAMILIES: readonly ScenarioFamily[] = RATE_FAMILIES
export const TVM_ANNUITY_FAMILIES: readonly ScenarioFamily[] = ANNUITY_FAMILIES
export const TVM_LOAN_FAMILIES: readonly ScenarioFamily[] = LOAN_FAMILIES
export const TVM_NPV_FAMILIES: readonly ScenarioFamily[] = NPV_FAMILIES

export const tvmLumpModel = scenarioModel({
  id: 'tvm-lump-sums',
  title:
    'Time value of money: present and future values, compounding frequency and continuous compounding',
  families: TVM_LUMP_FAMILIES,
  aimKeyPlaces: true,
})
export const tvmRateModel = scenarioModel({
  id: 'tvm-rates',
  title: 'Time value of money: nominal, periodic, effective and real rates',
  families: TVM_RATE_FAMILIES,
  aimKeyPlaces: true,
})
export const tvmAnnuityModel = scenarioModel({
  id: 'tvm-annuities',
  title: 'Time value of money: annuities (ordinary and due) and perpetuities',
  families: TVM_ANNUITY_FAMILIES,
  aimKeyPlaces: true,
})
export const tvmLoanModel = scenarioModel({
  id: 'tvm-loans',
  title: 'Time value of money: loan payments and amortisation schedules',
  families: TVM_LOAN_FAMILIES,
  aimKeyPlaces: true,
})
export const tvmNpvModel = scenarioModel({
  id: 'tvm-npv-irr',
  title: 'Time value of money: NPV, IRR and payback of cash flows',
  families: TVM_NPV_FAMILIES,
  aimKeyPlaces: true,
})

/** The time-value-of-money test's item models, one per blueprint domain. */
export const TVM_MODELS = [
  tvmLumpModel,
  tvmRateModel,
  tvmAnnuityModel,
  tvmLoanModel,
  tvmNpvModel,
] as const
