import { categoryAt } from './categories.js'
import type { SimulationParameters } from './parameters.js'
import type { Random } from './random.js'
import { SECONDS_PER_DAY } from './time.js'

/** What a worker is, drawn once at registration; none of it changes when a test is passed. */
export interface WorkerTraits {
  readonly category: number
  readonly registeredAt: number
  /** True skill, N(0, 1); employers never see it. */
  readonly skill: number
  /** Log activity: scales the project arrival rate, N(0, activitySd²). */
  readonly activity: number
  /** Log going rate: scales project values, N(0, rateTraitSd²), visible to employers. */
  readonly rateTrait: number
}

/** Draws the traits in a fixed order, so a worker's traits depend only on its own stream. */
export function drawWorkerTraits(random: Random, params: SimulationParameters): WorkerTraits {
  const category = categoryAt(random.uniform())
  const first = params.obsStart - params.registrationLeadDays * SECONDS_PER_DAY
  const last = params.obsEnd - params.registrationTailDays * SECONDS_PER_DAY
  const registeredAt = first + Math.floor(random.uniform() * (last - first))
  return {
    category,
    registeredAt,
    skill: random.normal(),
    activity: params.activitySd * random.normal(),
    rateTrait: params.rateTraitSd * random.normal(),
  }
}
