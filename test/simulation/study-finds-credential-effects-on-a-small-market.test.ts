import { beforeAll, describe, expect, it } from 'vitest'
import {
  type MarketFigures,
  measureMarket,
  simulationParameters,
} from '../../src/simulation/index.js'

/** Large enough for the value effect to stand out of the noise, small enough for seconds. */
const WORKERS = 20_000

describe(`the impact study on a simulated market of ${WORKERS} workers`, () => {
  let informative: MarketFigures
  let placebo: MarketFigures
  beforeAll(async () => {
    informative = await measureMarket(simulationParameters({ workers: WORKERS, seed: 1 }))
    placebo = await measureMarket(
      simulationParameters({ workers: WORKERS, seed: 1, credentials: 'placebo' }),
    )
  })

  it('finds that a credential raises project value, with an interval above zero', () => {
    expect(informative.projectValuePct.low).toBeGreaterThan(0)
  })

  it('finds more projects after a credential and concave returns on value', () => {
    expect(informative.projectsPct.estimate).toBeGreaterThan(0)
    expect(informative.quadraticTerm.estimate).toBeLessThan(0)
  })

  it('finds no effect on value when credentials carry no information', () => {
    expect(placebo.projectValuePct.low).toBeLessThan(0)
    expect(placebo.projectValuePct.high).toBeGreaterThan(0)
  })

  it('finds larger effects with informative credentials than with the placebo', () => {
    expect(informative.projectValuePct.estimate).toBeGreaterThan(placebo.projectValuePct.high)
    expect(informative.projectsPct.estimate).toBeGreaterThan(placebo.projectsPct.estimate)
    expect(informative.earningsPct.estimate).toBeGreaterThan(0)
  })
})
