import { categoryAt } from './categories.js'
import type { SimulationParameters } from './parameters.js'
import type { Random } from './random.js'
import { drawTest, type TestCatalog } from './test-catalog.js'
import { SECONDS_PER_DAY } from './time.js'
import type { WorkerTraits } from './worker-traits.js'

/** A passed test: what the platform awards and employers see. */
export interface Pass {
  readonly at: number
  readonly test: number
  readonly score: number
}

/**
 * The worker's passes, in time order. Attempts arrive as a Poisson process whose rate falls with
 * activity (negative selection: workers in a weaker position try more) and is highest just after
 * registration (new entrants try more); it does not depend on how the worker's projects go, so
 * the timing of a credential carries no news about the worker's other prospects. A passed test is
 * not retaken; failures are invisible.
 */
export function drawPasses(
  traits: WorkerTraits,
  catalog: TestCatalog,
  params: SimulationParameters,
  random: Random,
): Pass[] {
  const base = params.testAttemptsPerDay * Math.exp(-params.testSelection * traits.activity)
  const peak = (base * (1 + params.newEntrantTestBoost)) / SECONDS_PER_DAY
  const firstAttempt = traits.registeredAt + params.testDelayDays * SECONDS_PER_DAY
  const decay = params.newEntrantTestDecayDays * SECONDS_PER_DAY
  const passed = new Set<number>()
  const passes: Pass[] = []
  // Thinning (Lewis & Shedler): candidates at the peak rate, kept with probability rate/peak.
  for (let t = firstAttempt + random.exponential(peak); t < params.obsEnd; ) {
    const boost = 1 + params.newEntrantTestBoost * Math.exp(-(t - firstAttempt) / decay)
    if (random.uniform() * (1 + params.newEntrantTestBoost) < boost) {
      const own = random.chance(params.ownCategoryTestShare)
      const category = own ? traits.category : categoryAt(random.uniform())
      const test = drawTest(catalog, category, random)
      const noise = params.scoreNoiseSd * random.normal()
      if (!passed.has(test)) {
        const difficulty = catalog.tests[test]!.difficulty
        const raw = params.scoreCentre + params.scoreScale * (traits.skill - difficulty + noise)
        const score = Math.min(100, Math.max(0, Math.round(raw)))
        if (score >= params.passMark) {
          passed.add(test)
          passes.push({ at: Math.floor(t), test, score })
        }
      }
    }
    t += random.exponential(peak)
  }
  return passes
}
