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
