import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { DEVELOPMENT_FAMILIES } from './development-families.js'
import { INCOME_FAMILIES } from './income-families.js'
import { LEASE_FAMILIES } from './lease-families.js'
import { MORTGAGE_FAMILIES } from './mortgages-families.js'
import { RETURN_FAMILIES } from './returns-families.js'

/** Each domain's families, for the models and the key test. */
export const REF_MORTGAGE_FAMILIES: readonly ScenarioFamily[] = MORTGAGE_FAMILIES
export const REF_INCOME_FAMILIES: readonly ScenarioFamily[] = INCOME_FAMILIES
export const REF_RETURN_FAMILIES: readonly ScenarioFamily[] = RETURN_FAMILIES
export const REF_DEVELOPMENT_FAMILIES: readonly ScenarioFamily[] = DEVELOPMENT_FAMILIES
export const REF_LEASE_FAMILIES: readonly ScenarioFamily[] = LEASE_FAMILIES

// Every answer is one figure (money, a rate, a ratio or a count of months), and each family's
// named slips (an annual working divided by twelve, interest-only sizing, a cap rate on gross
// income, profit on cost for profit on value, a pro rata share of the wrong area) fall on both
// sides of its key in most draws, so the key's rank among the values is aimed rather than left
// to the draw.
export const refMortgagesModel = scenarioModel({
  id: 'ref-mortgages',
  title: 'Real estate finance: mortgages and loans',
  families: REF_MORTGAGE_FAMILIES,
  aimNumericRank: true,
})
export const refIncomeModel = scenarioModel({
  id: 'ref-income',
  title: 'Real estate finance: income property analysis',
  families: REF_INCOME_FAMILIES,
  aimNumericRank: true,
})
export const refReturnsModel = scenarioModel({
  id: 'ref-returns',
  title: 'Real estate finance: investment returns and valuation',
  families: REF_RETURN_FAMILIES,
  aimNumericRank: true,
})
export const refDevelopmentModel = scenarioModel({
  id: 'ref-development',
  title: 'Real estate finance: development and refurbishment feasibility',
  families: REF_DEVELOPMENT_FAMILIES,
  aimNumericRank: true,
})
export const refLeasesModel = scenarioModel({
  id: 'ref-leases',
  title: 'Real estate finance: leases and property operations',
  families: REF_LEASE_FAMILIES,
  aimNumericRank: true,
})

/** The real estate finance test's item models, one per blueprint domain. */
export const REF_MODELS = [
  refMortgagesModel,
  refIncomeModel,
  refReturnsModel,
  refDevelopmentModel,
  refLeasesModel,
] as const
