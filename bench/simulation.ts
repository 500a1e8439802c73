import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  type RecordFormat,
  simulateMarket,
  simulationParameters,
  writeMarket,
} from '../src/simulation/index.js'

/**
 * Time and peak memory to generate the default market (46,791 workers, seed 1): in memory as
 * the study consumes it, then written as CSV and as Parquet. Peak memory is the largest resident
 * set seen while running (sampled every 1,000 workers) and the process's maximum resident set.
 */
export const simulationBenchmark = {
  name: 'simulation',
  async run(): Promise<void> {
    const params = simulationParameters()
    await measure('in memory', async (sample) => {
      let projects = 0
      let payments = 0
      let workers = 0
      for (const history of simulateMarket(params)) {
        projects += history.projects.length
        payments += history.payments.length
        if (++workers % 1000 === 0) sample()
      }
      return `${workers} workers, ${projects} projects, ${payments} payments`
    })
    for (const format of ['csv', 'parquet'] as const satisfies readonly RecordFormat[]) {
      const dir = mkdtempSync(join(tmpdir(), 'simulation-bench-'))
      try {
        await measure(`written as ${format}`, async (sample) => {
          const manifest = await writeMarket(params, dir, {
            format,
            onProgress: (done) => {
              if (done % 1000 === 0) sample()
            },
          })
          const bytes = readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0)
          const mb = (bytes / 1e6).toFixed(0)
          return `${manifest.rows.projects} projects, ${manifest.rows.payments} payments, ${mb} MB`
        })
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
  },
}

async function measure(label: string, run: (sample: () => void) => Promise<string>) {
  let peak = process.memoryUsage().rss
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  const what = await run(sample)
  const seconds = (performance.now() - start) / 1000
  const cpu = process.cpuUsage(cpuStart)
  // CPU time next to wall time: on a shared machine the wall clock also counts others' work.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  sample()
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0)
  const maxRss = process.resourceUsage().maxRSS * 1024
  process.stdout.write(
    `${label}: ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU, peak RSS ${mib(peak)} MiB ` +
      `(process max ${mib(maxRss)} MiB); ${what}\n`,
  )
}
