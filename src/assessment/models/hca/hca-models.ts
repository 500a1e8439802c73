import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { CLAIMS_FAMILIES } from './claims-families.js'
import { COST_FAMILIES } from './cost-families.js'
import { FEES_FAMILIES } from './fees-families.js'
import { OFFICE_FAMILIES } from './office-families.js'
import { REVENUE_FAMILIES } from './revenue-families.js'

/** Each domain's families, for the models and the key test. */
export const HCA_COST_FAMILIES: readonly ScenarioFamily[] = COST_FAMILIES
export const HCA_CLAIMS_FAMILIES: readonly ScenarioFamily[] = CLAIMS_FAMILIES
export const HCA_FEES_FAMILIES: readonly ScenarioFamily[] = FEES_FAMILIES
export const HCA_REVENUE_FAMILIES: readonly ScenarioFamily[] = REVENUE_FAMILIES
export const HCA_OFFICE_FAMILIES: readonly ScenarioFamily[] = OFFICE_FAMILIES

// Every answer is an amount, a rate, a date-count or a ratio, and each family's named slips (billed
// for allowed charges, coinsurance before the deductible, the out-of-pocket maximum ignored or
// applied to the wrong member, the secondary plan paying its full benefit, one index or adjustment
// left out, charges for net charges, calendar days for business days) fall on both sides of its key,
// so the key's rank among the values is aimed rather than left to the draw.

export const hcaCostModel = scenarioModel({
  id: 'hca-cost',
  title: 'Healthcare administration: patient cost sharing and estimates',
  families: HCA_COST_FAMILIES,
  aimNumericRank: true,
})

export const hcaClaimsModel = scenarioModel({
  id: 'hca-claims',
  title: 'Healthcare administration: claims and coordination of benefits',
  families: HCA_CLAIMS_FAMILIES,
  aimNumericRank: true,
})

export const hcaFeesModel = scenarioModel({
  id: 'hca-fees',
  title: 'Healthcare administration: fee schedules and reimbursement',
  families: HCA_FEES_FAMILIES,
  aimNumericRank: true,
})

export const hcaRevenueModel = scenarioModel({
  id: 'hca-revenue',
  title: 'Healthcare administration: revenue cycle metrics',
  families: HCA_REVENUE_FAMILIES,
  aimNumericRank: true,
})

export const hcaOfficeModel = scenarioModel({
  id: 'hca-office',
  title: 'Healthcare administration: scheduling, records and compliance',
  families: HCA_OFFICE_FAMILIES,
  aimNumericRank: true,
})

/** The healthcare administration test's item models, one per blueprint domain. */
export const HCA_MODELS = [
  hcaCostModel,
  hcaClaimsModel,
  hcaFeesModel,
  hcaRevenueModel,
  hcaOfficeModel,
] as const
