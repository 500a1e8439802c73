/**
 * `npm run bench [name…]`: runs every benchmark (or the named ones) one after another and prints
 * their figures. Benchmarks live beside this file, one module each, and are listed here.
 */
import { apiBenchmark } from './api.js'
import { apiWorkBenchmark } from './api-work.js'
import { coldCatalogBenchmark } from './cold-catalog.js'
import { credentialsBenchmark } from './credentials.js'
import { hostileHealthBenchmark } from './hostile-health.js'
import { itemModelsBenchmark } from './item-models.js'
import { loadBenchmark } from './load.js'
import { loadedStudyBenchmark } from './loaded-study.js'
import { marketplaceBenchmark } from './marketplace.js'
import { psychometricsBenchmark } from './psychometrics.js'
import { serveStartBenchmark } from './serve-start.js'
import { simulationBenchmark } from './simulation.js'
import { studyBenchmark } from './study.js'

interface Benchmark {
  readonly name: string
  run(): Promise<void>
}

const benchmarks: readonly Benchmark[] = [
  credentialsBenchmark,
  studyBenchmark,
  simulationBenchmark,
  itemModelsBenchmark,
  psychometricsBenchmark,
  marketplaceBenchmark,
  loadBenchmark,
  loadedStudyBenchmark,
  apiBenchmark,
  apiWorkBenchmark,
  hostileHealthBenchmark,
  coldCatalogBenchmark,
  serveStartBenchmark,
]

const wanted = process.argv.slice(2)
for (const benchmark of benchmarks) {
  if (wanted.length > 0 && !wanted.includes(benchmark.name)) continue
  process.stdout.write(`\n## ${benchmark.name}\n`)
  await benchmark.run()
}
