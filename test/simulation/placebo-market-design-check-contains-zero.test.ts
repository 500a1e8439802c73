import { describe, expect, it } from 'vitest'
import { type Interval, measureMarket, simulationParameters } from '../../src/simulation/index.js'

/** Smaller than the paper's market so three seeds take seconds; the criterion is the issue's. */
const WORKERS = 20_000

const containsZero = (i: Interval) => i.low < 0 && i.high > 0

describe(`on placebo markets of ${WORKERS} workers (credentials carry no information)`, () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: the design check finds nothing, and the paper's design nothing on value or projects`, async () => {
      const figures = await measureMarket(
        simulationParameters({ workers: WORKERS, seed, credentials: 'placebo' }),
      )
      const { designCheck } = figures
      expect(containsZero(designCheck.projectValuePct), 'design check, value').toBe(true)
      expect(containsZero(designCheck.projectsPct), 'design check, projects').toBe(true)
      expect(containsZero(designCheck.earningsPct), 'design check, earnings').toBe(true)
      expect(containsZero(figures.projectValuePct), 'paper design, value').toBe(true)
      expect(containsZero(figures.projectsPct), 'paper design, projects').toBe(true)
    })
  }
})
