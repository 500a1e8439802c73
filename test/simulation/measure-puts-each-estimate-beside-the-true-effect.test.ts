import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { main } from '../../src/cli/main.js'
import {
  type MarketFigures,
  measureMarket,
  simulateMarket,
  simulatePairedMarket,
  simulationParameters,
} from '../../src/simulation/index.js'

const WORKERS = 3000

afterEach(() => {
  vi.restoreAllMocks()
  process.exitCode = undefined
})

describe('the true effect of credentials, from a placebo replay of the same market', () => {
  let informative: MarketFigures
  let placebo: MarketFigures
  beforeAll(async () => {
    informative = await measureMarket(simulationParameters({ workers: WORKERS, seed: 5 }), {
      truth: true,
    })
    placebo = await measureMarket(
      simulationParameters({ workers: WORKERS, seed: 5, credentials: 'placebo' }),
      { truth: true },
    )
  })

  it('replays each worker with the same random numbers: same traits, passes and awards', () => {
    const params = simulationParameters({ workers: 200, seed: 5 })
    const plain = [...simulateMarket(params)]
    const paired = [...simulatePairedMarket(params)]
    expect(paired.map((p) => p.market)).toEqual(plain)
    for (const { market, placebo: replay } of paired) {
      expect(replay.worker).toEqual(market.worker)
      expect(replay.awards).toEqual(market.awards)
    }
  })

  it('leaves the study of the market as it is', async () => {
    const without = await measureMarket(simulationParameters({ workers: WORKERS, seed: 5 }))
    expect(informative.estimates).toEqual(without.estimates)
    expect(without.truth).toBeNull()
  })

  it('is zero on a placebo market, where the replay is the market itself', () => {
    expect(placebo.truth).toMatchObject({ projectValuePct: 0, projectsPct: 0, earningsPct: 0 })
    expect(placebo.truth!.events).toBeGreaterThan(0)
  })

  it('is positive for project value and projects when credentials inform employers', () => {
    expect(informative.truth!.events).toBe(placebo.truth!.events)
    expect(informative.truth!.projectValuePct).toBeGreaterThan(0)
    expect(informative.truth!.projectsPct).toBeGreaterThan(0)
  })

  it('is printed by simulate --measure beside both designs’ estimates', async () => {
    let out = ''
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk)
      return true
    })
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    await main([
      'node',
      'skillsignal',
      'simulate',
      '--measure',
      '--workers',
      String(WORKERS),
      '--seed',
      '5',
    ])
    expect(process.exitCode ?? 0).toBe(0)
    const printed = JSON.parse(out)
    for (const outcome of ['projectValuePct', 'projectsPct', 'earningsPct'] as const) {
      expect(printed.effects[outcome]).toEqual({
        paperDesign: informative[outcome],
        designCheck: informative.designCheck[outcome],
        truth: informative.truth![outcome],
      })
    }
    expect(printed.preTrend).toEqual(informative.preTrend)
  })
})
