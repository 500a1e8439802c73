import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { CONVERT_FAMILIES } from './convert-families.js'
import { FUND_FAMILIES } from './fund-families.js'
import { PROTECT_FAMILIES } from './protect-families.js'
import { ROUND_FAMILIES } from './round-families.js'
import { WATERFALL_FAMILIES } from './waterfall-families.js'

/** Each domain's families, for the models and the key test. */
export const VCP_ROUND_FAMILIES: readonly ScenarioFamily[] = ROUND_FAMILIES
export const VCP_CONVERT_FAMILIES: readonly ScenarioFamily[] = CONVERT_FAMILIES
export const VCP_WATERFALL_FAMILIES: readonly ScenarioFamily[] = WATERFALL_FAMILIES
export const VCP_PROTECT_FAMILIES: readonly ScenarioFamily[] = PROTECT_FAMILIES
export const VCP_FUND_FAMILIES: readonly ScenarioFamily[] = FUND_FAMILIES

// Every answer is an amount, a price, a share count or a percentage, and each family's named slips
// (the pre-money for the post-money, a pool or SAFE left out of the fully diluted base, the discount
// taken off the cap, participation and conversion both taken, a narrow base for a broad one, carry on
// the whole profit before the hurdle, a fee on the wrong base) fall on both sides of its key, so the
// key's rank among the values is aimed rather than left to the draw.

export const vcpRoundModel = scenarioModel({
  id: 'vcp-round',
  title: 'Venture capital: priced rounds and the cap table',
  families: VCP_ROUND_FAMILIES,
  aimNumericRank: true,
})

export const vcpConvertModel = scenarioModel({
  id: 'vcp-convert',
  title: 'Venture capital: safes and convertible notes',
  families: VCP_CONVERT_FAMILIES,
  aimNumericRank: true,
})

export const vcpWaterfallModel = scenarioModel({
  id: 'vcp-waterfall',
  title: 'Venture capital: liquidation preferences and exit waterfalls',
  families: VCP_WATERFALL_FAMILIES,
  aimNumericRank: true,
})

export const vcpProtectModel = scenarioModel({
  id: 'vcp-protect',
  title: 'Venture capital: anti-dilution and vesting',
  families: VCP_PROTECT_FAMILIES,
  aimNumericRank: true,
})

export const vcpFundModel = scenarioModel({
  id: 'vcp-fund',
  title: 'Venture capital: fund economics and returns',
  families: VCP_FUND_FAMILIES,
  aimNumericRank: true,
})

/** The venture capital test's item models, one per blueprint domain. */
export const VCP_MODELS = [
  vcpRoundModel,
  vcpConvertModel,
  vcpWaterfallModel,
  vcpProtectModel,
  vcpFundModel,
] as const
