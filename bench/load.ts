import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { credentialsRuntimeFrom } from '../src/credentials/index.js'
import { createServices, loadSimulatedMarket, openPlatform } from '../src/platform/index.js'
import { simulationParameters } from '../src/simulation/index.js'

/**
 * Workers loaded per run: the demo's first start wants 2,000; on two shared cores the loader is
 * far from that, so the default is a size that finishes in minutes. `LOAD_BENCH_WORKERS` sets it.
 */
const WORKERS = Number(process.env.LOAD_BENCH_WORKERS ?? 60)

export const loadBenchmark = {
  name: 'load',
  async run(): Promise<void> {
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
      const ledger = await services.marketplace.checkLedger()
      process.stdout.write(
        `embedded database, ${loaded.workers} workers (${loaded.employers} clients, ` +
          `${loaded.awards} certifications with credentials, ${loaded.projects} contracts, ` +
          `${loaded.payments} payments, ${ledger.transactions} ledger transactions) in ` +
          `${seconds.toFixed(1)} s: ${(loaded.workers / seconds).toFixed(2)} workers/s, ` +
          `${(loaded.projects / seconds).toFixed(1)} contracts/s; ledger imbalanced ${ledger.imbalanced}\n`,
      )
    } finally {
      await services.close()
      await platform.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  },
}
