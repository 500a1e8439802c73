import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { INVENTORY_FAMILIES } from './inventory-families.js'
import { JOB_FAMILIES } from './job-families.js'
import { OVERHEAD_FAMILIES } from './overhead-families.js'
import { PROCESS_FAMILIES } from './process-families.js'
import { VARIANCE_FAMILIES } from './variance-families.js'

/** Each domain's families, for the models and the key test. */
export const CAC_OVERHEAD_FAMILIES: readonly ScenarioFamily[] = OVERHEAD_FAMILIES
export const CAC_JOB_FAMILIES: readonly ScenarioFamily[] = JOB_FAMILIES
export const CAC_PROCESS_FAMILIES: readonly ScenarioFamily[] = PROCESS_FAMILIES
export const CAC_INVENTORY_FAMILIES: readonly ScenarioFamily[] = INVENTORY_FAMILIES
export const CAC_VARIANCE_FAMILIES: readonly ScenarioFamily[] = VARIANCE_FAMILIES

// Every answer is an amount, a rate or a quantity, and each family's named slips (the wrong
// basis, budgeted for actual, a loss left in or out, a reversed variance) fall on both sides of
// its key in most draws, so the key's rank among the values is aimed.
export const cacOverheadsModel = scenarioModel({
  id: 'cac-overheads',
  title: 'Cost accounting: overhead apportionment and absorption',
  families: CAC_OVERHEAD_FAMILIES,
  aimNumericRank: true,
})
export const cacJobsModel = scenarioModel({
  id: 'cac-jobs',
  title: 'Cost accounting: job, batch and contract costing',
  families: CAC_JOB_FAMILIES,
  aimNumericRank: true,
})
export const cacProcessModel = scenarioModel({
  id: 'cac-process',
  title: 'Cost accounting: process costing',
  families: CAC_PROCESS_FAMILIES,
  aimNumericRank: true,
})
export const cacInventoryModel = scenarioModel({
  id: 'cac-inventory',
  title: 'Cost accounting: material and labour costing',
  families: CAC_INVENTORY_FAMILIES,
  aimNumericRank: true,
})
export const cacVariancesModel = scenarioModel({
  id: 'cac-variances',
  title: 'Cost accounting: standard costing and variances',
  families: CAC_VARIANCE_FAMILIES,
  aimNumericRank: true,
})

/** The cost accounting test's item models, one per blueprint domain. */
export const CAC_MODELS = [
  cacOverheadsModel,
  cacJobsModel,
  cacProcessModel,
  cacInventoryModel,
  cacVariancesModel,
] as const
