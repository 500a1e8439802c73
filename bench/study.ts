import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { parseIsoSeconds } from '../src/study/index.js'
import { writeMarketCsv } from './study-market.js'

/** The paper's platform: 46,791 workers; markets of 0.5 and 1.1 million projects. */
const WORKERS = 46_791
const MARKETS = [500_000, 1_100_000] as const
/** Partition counts to time: one (in this thread) and two worker threads. */
const PARTITIONS = [1, 2] as const
/** R with data.table and fixest doing the same work on 1.1 million projects (issue 3). */
const R_SECONDS_1_1M = 43

const MEASURE = fileURLToPath(new URL('./study-measure.ts', import.meta.url))

/**
 * Times the whole study (load the CSV tables, build panels, estimate every model) on generated
 * markets, each configuration in a fresh process so that its peak memory is its own. Wall-clock
 * seconds per stage, and the process's CPU seconds (all threads), which stay meaningful when other
 * work shares the machine. Markets are generated once into the system's temporary directory and
 * reused by later runs.
 */
export const studyBenchmark = {
  name: 'study',
  async run(): Promise<void> {
    for (const projects of MARKETS) {
      const dir = join(tmpdir(), `skillsignal-study-bench-${WORKERS}-${projects}`)
      if (!existsSync(join(dir, 'manifest.json'))) {
        await writeMarketCsv(
          {
            workers: WORKERS,
            projects,
            obsStart: parseIsoSeconds('2015-01-01T00:00:00Z'),
            obsEnd: parseIsoSeconds('2018-01-01T00:00:00Z'),
            seed: 1,
          },
          dir,
        )
      }
      for (const partitions of PARTITIONS) {
        const { stdout } = await promisify(execFile)(
          process.execPath,
          ['--import', 'tsx', MEASURE, dir, String(partitions)],
          { maxBuffer: 1 << 20 },
        )
        const m = JSON.parse(stdout)
        const vsR = projects === 1_100_000 ? `, ${(R_SECONDS_1_1M / m.total).toFixed(1)}× R` : ''
        process.stdout.write(
          `${WORKERS} workers, ${m.sample.projects} projects, ${m.sample.payments} payments, ` +
            `${partitions} partition(s): load ${m.load.toFixed(2)} s, panels ${m.panels.toFixed(2)} s, ` +
            `estimates ${m.estimates.toFixed(2)} s, total ${m.total.toFixed(2)} s${vsR} ` +
            `(CPU ${m.cpu.toFixed(2)} s); ` +
            `peak RSS ${Math.round(m.peakRssMb)} MB (${m.sample.period_rows} period rows, ` +
            `${m.sample.project_rows} project rows)\n`,
        )
      }
    }
  },
}
