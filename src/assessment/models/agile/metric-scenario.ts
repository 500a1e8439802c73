import type { Rng } from '../../rng.js'
import type { Scenario, ScenarioFamily } from '../scenario/scenario-model.js'

/**
 * A drawn forecasting or flow case with the figures it was drawn from, so the tests can work the
 * key and each named mistake out again from the figures alone, by formulas of their own.
 */
export interface MetricScenario extends Scenario {
  readonly figures: Readonly<Record<string, number>>
}

export interface MetricFamily extends ScenarioFamily {
  draw(rng: Rng): MetricScenario
}

/** `a / b` rounded up, for whole Sprints or days still needed; integer arithmetic is exact. */
export const ceilDiv = (a: number, b: number): number => Math.ceil(a / b)

/** `a / b` rounded down: the answer of someone who drops the part Sprint or day. */
export const floorDiv = (a: number, b: number): number => Math.floor(a / b)

/** A figure as a report shows it: whole numbers plain, others to at most two decimals. */
export function figure(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toFixed(2)))
}

/** A count with its unit, singular for one: `1 Sprint`, `4 Sprints`. */
export function count(n: number, unit: string): string {
  return `${figure(n)} ${n === 1 ? unit : `${unit}s`}`
}

/** Distinct whole numbers in `[min, max]`, as a team's recent Sprint velocities. */
export function velocities(rng: Rng, n: number, min: number, max: number): number[] {
  const out: number[] = []
  while (out.length < n) {
    const v = rng.int(min, max)
    if (!out.includes(v)) out.push(v)
  }
  return out
}
