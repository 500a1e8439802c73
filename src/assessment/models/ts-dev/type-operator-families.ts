import { CONDITIONAL_TYPE_FAMILIES } from './conditional-type-families.js'
import type { TsFamily } from './probe.js'
import { UTILITY_TYPE_FAMILIES } from './utility-type-families.js'

/** Utility, mapped, conditional and template literal types: what tsc resolves them to. */
export const TYPE_OPERATOR_FAMILIES: readonly TsFamily[] = [
  ...UTILITY_TYPE_FAMILIES,
  ...CONDITIONAL_TYPE_FAMILIES,
]
