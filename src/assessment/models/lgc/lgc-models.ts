import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { COST_FAMILIES } from './cost-families.js'
import { LANDED_FAMILIES } from './landed-families.js'
import { LOAD_FAMILIES } from './load-families.js'
import { SERVICE_FAMILIES } from './service-families.js'
import { WEIGHT_FAMILIES } from './weight-families.js'

/** Each domain's families, for the models and the key test. */
export const LGC_WEIGHT_FAMILIES: readonly ScenarioFamily[] = WEIGHT_FAMILIES
export const LGC_LOAD_FAMILIES: readonly ScenarioFamily[] = LOAD_FAMILIES
export const LGC_COST_FAMILIES: readonly ScenarioFamily[] = COST_FAMILIES
export const LGC_LANDED_FAMILIES: readonly ScenarioFamily[] = LANDED_FAMILIES
export const LGC_SERVICE_FAMILIES: readonly ScenarioFamily[] = SERVICE_FAMILIES

// Every answer is a figure with its unit, and each family's named slips (another mode's divisor,
// a limit or a leg left out, a surcharge on the wrong base, a count rounded the wrong way) fall
// on both sides of its key in most draws, so the key's rank among the values is aimed.
export const lgcWeightModel = scenarioModel({
  id: 'lgc-weight',
  title: 'Logistics and shipping calculations: chargeable weight',
  families: LGC_WEIGHT_FAMILIES,
  aimNumericRank: true,
})
export const lgcLoadModel = scenarioModel({
  id: 'lgc-load',
  title: 'Logistics and shipping calculations: load planning',
  families: LGC_LOAD_FAMILIES,
  aimNumericRank: true,
})
export const lgcCostModel = scenarioModel({
  id: 'lgc-cost',
  title: 'Logistics and shipping calculations: freight cost and surcharges',
  families: LGC_COST_FAMILIES,
  aimNumericRank: true,
})
export const lgcLandedModel = scenarioModel({
  id: 'lgc-landed',
  title: 'Logistics and shipping calculations: landed cost and customs value',
  families: LGC_LANDED_FAMILIES,
  aimNumericRank: true,
})
export const lgcServiceModel = scenarioModel({
  id: 'lgc-service',
  title: 'Logistics and shipping calculations: transit and service',
  families: LGC_SERVICE_FAMILIES,
  aimNumericRank: true,
})

/** The logistics and shipping calculations test's item models, one per blueprint domain. */
export const LGC_MODELS = [
  lgcWeightModel,
  lgcLoadModel,
  lgcCostModel,
  lgcLandedModel,
  lgcServiceModel,
] as const
