import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { DESIGN_FAMILIES } from './design-families.js'
import { MASK_FAMILIES } from './masks-families.js'
import { ROUTE_FAMILIES } from './routes-families.js'
import { SPECIAL_FAMILIES } from './special-families.js'
import { TROUBLE_FAMILIES } from './trouble-families.js'

/** Each domain's families, for the models and the key test. */
export const IP4_MASK_FAMILIES: readonly ScenarioFamily[] = MASK_FAMILIES
export const IP4_DESIGN_FAMILIES: readonly ScenarioFamily[] = DESIGN_FAMILIES
export const IP4_ROUTE_FAMILIES: readonly ScenarioFamily[] = ROUTE_FAMILIES
export const IP4_SPECIAL_FAMILIES: readonly ScenarioFamily[] = SPECIAL_FAMILIES
export const IP4_TROUBLE_FAMILIES: readonly ScenarioFamily[] = TROUBLE_FAMILIES

// Answers are dotted addresses, prefixes, counts or a stated diagnosis. Counts and prefixes are
// numbers whose named mistakes fall on both sides of the key, so their rank is aimed; address and
// text option sets are aimed by length and likeness, as a family's answers keep their shape.
export const ip4MaskModel = scenarioModel({
  id: 'ip4-masks',
  title: 'IPv4 subnetting: masks, wildcards, network, broadcast and host ranges',
  families: IP4_MASK_FAMILIES,
  aimNumericRank: true,
})
export const ip4DesignModel = scenarioModel({
  id: 'ip4-design',
  title: 'IPv4 subnetting: fixed-size and VLSM subnet plans from a block',
  families: IP4_DESIGN_FAMILIES,
  aimNumericRank: true,
})
export const ip4RouteModel = scenarioModel({
  id: 'ip4-routes',
  title: 'IPv4 subnetting: summary routes, longest-prefix match and overlaps',
  families: IP4_ROUTE_FAMILIES,
  aimNumericRank: true,
})
export const ip4SpecialModel = scenarioModel({
  id: 'ip4-special',
  title: 'IPv4 subnetting: private, shared, special-use ranges and cloud reserved addresses',
  families: IP4_SPECIAL_FAMILIES,
  aimNumericRank: true,
})
export const ip4TroubleModel = scenarioModel({
  id: 'ip4-trouble',
  title: 'IPv4 subnetting: wrong masks and gateways, reachability and DHCP pools',
  families: IP4_TROUBLE_FAMILIES,
  aimNumericRank: true,
})

/** The IPv4 addressing and subnetting test's item models, one per blueprint domain. */
export const IP4_MODELS = [
  ip4MaskModel,
  ip4DesignModel,
  ip4RouteModel,
  ip4SpecialModel,
  ip4TroubleModel,
] as const
