import { MarketIds } from './market-ids.js'
import type { SimulationParameters } from './parameters.js'
import { Random } from './random.js'
import { buildTestCatalog } from './test-catalog.js'
import { type SimulatedHistory, simulateWorker } from './worker-history.js'

/**
 * The simulated market, worker by worker in worker_id order: each history is built when it is
 * asked for and can be dropped once consumed, so memory stays bounded whatever the size. The same
 * parameters (seed included) always give the same histories.
 *
 * @example
 * for (const history of simulateMarket(simulationParameters({ workers: 100, seed: 7 }))) {
 *   console.log(history.worker.workerId, history.projects.length)
 * }
 */
export function* simulateMarket(params: SimulationParameters): Generator<SimulatedHistory> {
  const catalog = buildTestCatalog()
  const employers = Math.max(1, Math.round(params.workers * params.employersPerWorker))
  const ids = new MarketIds(params.workers, employers)
  const market = { params, catalog, ids, employers }
  for (let index = 0; index < params.workers; index++) {
    yield simulateWorker(index, new Random(params.seed, index), market)
  }
}

/** One worker in the market as simulated and in the same market with placebo credentials. */
export interface PairedHistory {
  readonly market: SimulatedHistory
  readonly placebo: SimulatedHistory
}

/**
 * The market as `simulateMarket` gives it, each worker beside the same worker replayed with
 * placebo credentials: the same random stream per worker (common random numbers), so traits and
 * passes are the same and only what credentials do differs. The placebo world numbers its records
 * on its own, so the market's histories are exactly `simulateMarket`'s.
 *
 * @example
 * for (const { market, placebo } of simulatePairedMarket(params)) compare(market, placebo)
 */
export function* simulatePairedMarket(params: SimulationParameters): Generator<PairedHistory> {
  const catalog = buildTestCatalog()
  const employers = Math.max(1, Math.round(params.workers * params.employersPerWorker))
  const market = { params, catalog, ids: new MarketIds(params.workers, employers), employers }
  const placebo = {
    params: { ...params, credentials: 'placebo' as const },
    catalog,
    ids: new MarketIds(params.workers, employers),
    employers,
  }
  for (let index = 0; index < params.workers; index++) {
    yield {
      market: simulateWorker(index, new Random(params.seed, index), market),
      placebo: simulateWorker(index, new Random(params.seed, index), placebo),
    }
  }
}
