import { openApiBench } from './api-setup.js'
import { loadAverage, openLoop, reportOpenLoop } from './open-loop.js'

/** The offered load and how long each scenario holds it (`API_BENCH_RATE`, `API_BENCH_SECONDS`). */
const RATE_PER_SECOND = Number(process.env.API_BENCH_RATE ?? 300)
const SECONDS = Number(process.env.API_BENCH_SECONDS ?? 30)
const REQUESTS = RATE_PER_SECOND * SECONDS

/**
 * The two hottest API paths under an open-loop load (300 requests a second for 30 s by default),
 * over HTTP, on the PostgreSQL server named by DATABASE_URL (PGlite when unset): many candidates
 * answering items of live attempts, and catalog search. Latency counts from when a request was due.
 */
export const apiBenchmark = {
  name: 'api',
  async run(): Promise<void> {
    const bench = await openApiBench('api')
    try {
      process.stdout.write(
        `engine: ${bench.kind}; ${bench.offeredTests} offered tests; ${bench.candidates} live attempts; ` +
          `load average before: ${await loadAverage()}\n`,
      )
      const answers = await openLoop(RATE_PER_SECOND, REQUESTS, bench.answer)
      reportOpenLoop('attempt answers (PUT /attempts/…/items/…/answer)', RATE_PER_SECOND, answers)
      process.stdout.write(`load average: ${await loadAverage()}\n`)
      const search = await openLoop(RATE_PER_SECOND, REQUESTS, bench.search)
      reportOpenLoop('catalog search (GET /catalog/tests?q=…)', RATE_PER_SECOND, search)
      process.stdout.write(`load average: ${await loadAverage()}\n`)
    } finally {
      await bench.close()
    }
  },
}
