import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { credentialsRuntimeFrom } from '../src/credentials/index.js'
import {
  createServices,
  issueDeferredCredentials,
  loadSimulatedMarket,
  openPlatform,
} from '../src/platform/index.js'
import { simulationParameters } from '../src/simulation/index.js'
import { measureFirstStart } from './first-start.js'

/**
 * Workers of the calibrated market loaded by `simulate --load` (hourly projects paid weekly, eight
 * times the demo's ledger rows per worker). `LOAD_BENCH_WORKERS` sets it.
 */
const WORKERS = Number(process.env.LOAD_BENCH_WORKERS ?? 500)

export const loadBenchmark = {
  name: 'load',
  async run(): Promise<void> {
    const first = await measureFirstStart()
    process.stdout.write(
      `first start (npm start's command, fresh data directory, 2,000-freelancer demo market): ` +
        `answering with ${first.jobs} open jobs after ${first.answeredSeconds.toFixed(1)} s; ` +
        `load average ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}\n`,
    )
    const dataDir = mkdtempSync(join(tmpdir(), 'skillsignal-load-bench-'))
    const platform = await openPlatform({ kind: 'pglite', dataDir })
    const services = await createServices(platform.db, {
      publicUrl: null,
      credentials: credentialsRuntimeFrom({ SKILLSIGNAL_DATA_DIR: dataDir }),
    })
    try {
      const params = simulationParameters({ workers: WORKERS, seed: 1 })
      const started = performance.now()
      const loaded = await loadSimulatedMarket(platform.db, services.attempts, { params })
      const seconds = (performance.now() - started) / 1000
      const signed = await issueDeferredCredentials(platform.db, services, {
        perTransaction: 50,
        pauseMs: 0,
      })
      const signing = (performance.now() - started) / 1000 - seconds
      const ledger = await services.marketplace.checkLedger()
      process.stdout.write(
        `embedded database, ${loaded.workers} workers (${loaded.employers} clients, ` +
          `${loaded.awards} certifications, ${loaded.projects} contracts, ` +
          `${loaded.payments} payments, ${ledger.transactions} ledger transactions) in ` +
          `${seconds.toFixed(1)} s: ${(loaded.workers / seconds).toFixed(2)} workers/s, ` +
          `${(loaded.projects / seconds).toFixed(1)} contracts/s; ${signed} credentials signed in ` +
          `${signing.toFixed(1)} s; ledger imbalanced ${ledger.imbalanced}\n`,
      )
    } finally {
      await services.close()
      await platform.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  },
}
