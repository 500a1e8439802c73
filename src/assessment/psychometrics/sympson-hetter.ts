import type { Rng } from '../rng.js'
import type { AdaptivePoolItem } from './adaptive-selection.js'
import { simulateAdaptiveTest } from './adaptive-session.js'
import type { AdaptiveStopRule } from './adaptive-stopping.js'
import { DEFAULT_ADAPTIVE_STOP_RULE } from './adaptive-stopping.js'
import { EXPOSURE_CAP } from './exposure-control.js'
import { normalDraw } from './statistics.js'

/** Simulated candidates per Sympson–Hetter round, and rounds: exposure rates settle within ~10. */
export const SYMPSON_HETTER_SIMULEES = 1000
export const SYMPSON_HETTER_ROUNDS = 10

export interface SympsonHetterCalibration {
  readonly pool: readonly AdaptivePoolItem[]
  /** Administration rate per item in the last round. */
  readonly exposureRates: ReadonlyMap<string, number>
}

/**
 * Sympson & Hetter (1985) exposure parameters: simulate candidates from N(0, 1), measure how often
 * each item is selected, P(S), and lower K to r / P(S) where P(S) > r so P(A) = P(S)·K stays at or
 * under r; repeat, since lowering one K shifts selections to other items. K only ever falls:
 * letting it rise back to 1 when P(S) dips (the original rule) makes the rounds oscillate.
 *
 * @example calibrateSympsonHetter(pool, createRng(7)).pool
 */
export function calibrateSympsonHetter(
  pool: readonly AdaptivePoolItem[],
  rng: Rng,
  options: {
    readonly maxRate?: number
    readonly simulees?: number
    readonly rounds?: number
    readonly rule?: AdaptiveStopRule
  } = {},
): SympsonHetterCalibration {
  const maxRate = options.maxRate ?? EXPOSURE_CAP
  const simulees = options.simulees ?? SYMPSON_HETTER_SIMULEES
  const rounds = options.rounds ?? SYMPSON_HETTER_ROUNDS
  const rule = options.rule ?? DEFAULT_ADAPTIVE_STOP_RULE
  let current = pool.map((item) => ({ ...item, exposureParameter: 1 }))
  let exposureRates = new Map<string, number>()
  for (let round = 0; round < rounds; round++) {
    const selectedCount = new Map<string, number>()
    const administeredCount = new Map<string, number>()
    for (let s = 0; s < simulees; s++) {
      const test = simulateAdaptiveTest(
        current,
        normalDraw(() => rng.next()),
        rng,
        rule,
      )
      for (const id of test.selected) selectedCount.set(id, (selectedCount.get(id) ?? 0) + 1)
      for (const id of test.administered) {
        administeredCount.set(id, (administeredCount.get(id) ?? 0) + 1)
      }
    }
    exposureRates = new Map(
      current.map((item) => [item.id, (administeredCount.get(item.id) ?? 0) / simulees]),
    )
    current = current.map((item) => {
      const selectionRate = (selectedCount.get(item.id) ?? 0) / simulees
      const target = selectionRate > maxRate ? maxRate / selectionRate : 1
      return { ...item, exposureParameter: Math.min(item.exposureParameter, target) }
    })
  }
  return { pool: current, exposureRates }
}
