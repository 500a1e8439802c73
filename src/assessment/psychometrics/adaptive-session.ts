import type { Rng } from '../rng.js'
import {
  type AbilityEstimate,
  AbilityPosterior,
  type AbilityPrior,
  type CalibratedResponse,
  estimateAbility,
  STANDARD_PRIOR,
} from './ability-estimate.js'
import { type AdaptivePoolItem, chooseNextItem } from './adaptive-selection.js'
import {
  type AdaptiveStopRule,
  DEFAULT_ADAPTIVE_STOP_RULE,
  shouldStopAdaptive,
} from './adaptive-stopping.js'
import { logistic } from './statistics.js'

export type AdaptiveStep =
  | { readonly kind: 'finished'; readonly estimate: AbilityEstimate }
  | {
      readonly kind: 'next'
      readonly estimate: AbilityEstimate
      readonly itemId: string
      readonly setAside: readonly string[]
      readonly selected: readonly string[]
    }

/**
 * One step of adaptive delivery: re-estimate ability (EAP) from the answers so far, stop on the
 * rule, otherwise choose the next item. `unavailable` holds items answered or set aside.
 *
 * @example adaptiveStep(pool, answered, new Set(usedIds), rng)
 */
export function adaptiveStep(
  pool: readonly AdaptivePoolItem[],
  responses: readonly CalibratedResponse[],
  unavailable: ReadonlySet<string>,
  rng: Rng,
  rule: AdaptiveStopRule = DEFAULT_ADAPTIVE_STOP_RULE,
  prior: AbilityPrior = STANDARD_PRIOR,
): AdaptiveStep {
  const estimate = estimateAbility(responses, prior)
  if (shouldStopAdaptive(responses.length, estimate.se, rule)) return { kind: 'finished', estimate }
  const choice = chooseNextItem(pool, estimate.theta, unavailable, rng)
  if (choice.itemId === null) return { kind: 'finished', estimate }
  return {
    kind: 'next',
    estimate,
    itemId: choice.itemId,
    setAside: choice.setAside,
    selected: choice.selected,
  }
}

export interface SimulatedAdaptiveTest {
  readonly estimate: AbilityEstimate
  readonly administered: readonly string[]
  readonly selected: readonly string[]
}

/** A whole adaptive test taken by a simulated candidate of true ability `theta`. */
export function simulateAdaptiveTest(
  pool: readonly AdaptivePoolItem[],
  theta: number,
  rng: Rng,
  rule: AdaptiveStopRule = DEFAULT_ADAPTIVE_STOP_RULE,
  prior: AbilityPrior = STANDARD_PRIOR,
): SimulatedAdaptiveTest {
  const byId = new Map(pool.map((item) => [item.id, item]))
  const posterior = new AbilityPosterior(prior)
  const administered: string[] = []
  const selected: string[] = []
  const unavailable = new Set<string>()
  for (;;) {
    const estimate = posterior.estimate()
    if (shouldStopAdaptive(administered.length, estimate.se, rule)) {
      return { estimate, administered, selected }
    }
    const choice = chooseNextItem(pool, estimate.theta, unavailable, rng)
    selected.push(...choice.selected)
    for (const id of choice.setAside) unavailable.add(id)
    if (choice.itemId === null) return { estimate, administered, selected }
    unavailable.add(choice.itemId)
    administered.push(choice.itemId)
    const difficulty = byId.get(choice.itemId)!.difficulty
    posterior.add({ difficulty, correct: rng.next() < logistic(theta - difficulty) })
  }
}
