/** Stop once the posterior SD of ability is this small (reliability ≈ 0.91 on a unit-SD scale). */
export const ADAPTIVE_TARGET_SE = 0.3
/**
 * Length cap: Rasch information per item is at most 0.25, so SE 0.30 needs ≳ 40 well-targeted
 * items; 50 leaves room for targeting error and Sympson–Hetter set-asides.
 */
export const ADAPTIVE_MAX_ITEMS = 50
/** No decision before this many items, so a lucky start cannot end a test early. */
export const ADAPTIVE_MIN_ITEMS = 10

export interface AdaptiveStopRule {
  readonly targetSe: number
  readonly minItems: number
  readonly maxItems: number
}

export const DEFAULT_ADAPTIVE_STOP_RULE: AdaptiveStopRule = {
  targetSe: ADAPTIVE_TARGET_SE,
  minItems: ADAPTIVE_MIN_ITEMS,
  maxItems: ADAPTIVE_MAX_ITEMS,
}

/**
 * Whether an adaptive test ends after `administered` items with standard error `se`.
 *
 * @example shouldStopAdaptive(42, 0.29) // true
 */
export function shouldStopAdaptive(
  administered: number,
  se: number,
  rule: AdaptiveStopRule = DEFAULT_ADAPTIVE_STOP_RULE,
): boolean {
  if (administered >= rule.maxItems) return true
  return administered >= rule.minItems && se <= rule.targetSe
}
