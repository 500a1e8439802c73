import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import {
  DEFAULT_PARAMETERS,
  simulateMarket,
  simulationParameters,
  writeMarket,
} from '../src/simulation/index.js'

/** The market the R reference ran on: 46,791 workers, 1.11 M projects, 1.42 M payments. */
const WORKERS = 46_791
const PROJECTS = 1_110_000
/** Thread counts to time (`--threads`). */
const THREADS = [1, 2] as const
/** Each configuration runs this often and the fastest run is printed: the machine is shared. */
const RUNS = 2
/**
 * R with data.table and fixest doing the same work (load, panels, estimates, files written) on
 * such a market, measured on this machine (issue 11): 57 s.
 */
const R_SECONDS = 57
/**
 * Fixed-price projects only, and few of them paid in instalments: hourly ones are paid weekly,
 * and instalments make two to four payments, which would give this market several times the
 * R market's 1.3 payments a project.
 */
const HOURLY_SHARE = 0
const INSTALMENT_SHARE = 0.15
/** Workers simulated to find the project rate that gives the market its size. */
const CALIBRATION_WORKERS = 2_000
const SEED = 1

const CLI = fileURLToPath(new URL('../bin/skillsignal.js', import.meta.url))
const PEAK_USAGE = fileURLToPath(new URL('./peak-usage.js', import.meta.url))

/** Simulator parameters for a market of about PROJECTS projects among WORKERS workers. */
function marketParameters() {
  const shape = { seed: SEED, hourlyShare: HOURLY_SHARE, instalmentShare: INSTALMENT_SHARE }
  const probe = simulationParameters({ workers: CALIBRATION_WORKERS, ...shape })
  let simulated = 0
  for (const history of simulateMarket(probe)) simulated += history.projects.length
  const perWorker = simulated / CALIBRATION_WORKERS
  const rate = (DEFAULT_PARAMETERS.baseProjectsPerDay * PROJECTS) / (perWorker * WORKERS)
  return simulationParameters({ workers: WORKERS, ...shape, baseProjectsPerDay: rate })
}

/**
 * The simulator writes each worker's rows together; a platform's export lists projects and
 * payments in no such order (by time, by id, by employer), so every worker, project and
 * employer id a row names is a new place in memory. Shuffles the data rows of a table, the
 * same way for the same seed.
 */
async function shuffleRows(path: string, seed: number): Promise<void> {
  const lines = (await readFile(path, 'latin1')).split('\n')
  const header = lines.shift()!
  if (lines.at(-1) === '') lines.pop()
  let state = seed >>> 0
  const next = () => {
    // xorshift32: a fixed, dependency-free sequence; statistical quality is not needed here.
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 2 ** 32
  }
  for (let i = lines.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    const line = lines[i]!
    lines[i] = lines[j]!
    lines[j] = line
  }
  await writeFile(path, `${header}\n${lines.join('\n')}\n`, 'latin1')
}

interface Stages<T> {
  readonly load: T
  readonly panels: T
  readonly estimates: T
}

interface CliRun {
  readonly wall: number
  readonly cpu: number
  /** CPU seconds of each stage, and of writing the files (panels, estimates.json, report). */
  readonly stageCpu: Stages<number> & { readonly files: number }
  readonly peakRssMb: number
  readonly stages: Stages<number>
  /** The machine's 1-minute load average as the run started (the machine may be shared). */
  readonly loadAverage: number
}

/** `skillsignal study` as a user runs it, in a process of its own, from start to exit. */
async function runCli(records: string, threads: number): Promise<CliRun> {
  const out = await mkdtemp(join(tmpdir(), 'skillsignal-study-bench-out-'))
  const usageFile = join(out, 'usage.json')
  try {
    const loadAverage = loadavg()[0]!
    const started = performance.now()
    await promisify(execFile)(
      process.execPath,
      [
        '--import',
        PEAK_USAGE,
        CLI,
        'study',
        '--records',
        records,
        '--out',
        out,
        '--threads',
        String(threads),
      ],
      { env: { ...process.env, SKILLSIGNAL_BENCH_USAGE: usageFile }, maxBuffer: 1 << 20 },
    )
    const wall = (performance.now() - started) / 1000
    const usage = JSON.parse(await readFile(usageFile, 'utf8'))
    const estimates = JSON.parse(await readFile(join(out, 'estimates.json'), 'utf8'))
    return {
      wall,
      cpu: usage.cpu,
      stageCpu: usage.stageCpu,
      peakRssMb: usage.peakRssMb,
      stages: estimates.timing_s,
      loadAverage,
    }
  } finally {
    await rm(out, { recursive: true, force: true })
  }
}

/**
 * Times `skillsignal study --records DIR --out DIR` on a market of the R reference's size with
 * its rows in no order: wall time of the whole command (start, load, panels, estimates, files
 * written) beside its stages, CPU seconds (all threads) and peak resident memory. The market is
 * written once into the system's temporary directory and reused by later runs. Runs the CLI as
 * `npm ci` leaves it (compiled when build/ is current). The machine's load average is printed
 * beside each figure: on a shared machine wall time follows it, CPU seconds much less.
 */
export const studyBenchmark = {
  name: 'study',
  async run(): Promise<void> {
    const dir = join(tmpdir(), `skillsignal-study-bench-unordered-${WORKERS}-${PROJECTS}-${SEED}`)
    if (!existsSync(join(dir, 'manifest.json'))) {
      await writeMarket(marketParameters(), dir)
      await shuffleRows(join(dir, 'projects.csv'), SEED)
      await shuffleRows(join(dir, 'payments.csv'), SEED + 1)
    }
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'))
    process.stdout.write(
      `market in no order: ${Object.entries(manifest.rows)
        .map(([table, rows]) => `${rows} ${table}`)
        .join(', ')} (${dir})\n`,
    )
    for (const threads of THREADS) {
      const runs: CliRun[] = []
      for (let r = 0; r < RUNS; r++) runs.push(await runCli(dir, threads))
      const best = runs.reduce((a, b) => (b.wall < a.wall ? b : a))
      const { load, panels, estimates } = best.stages
      const rest = best.wall - load - panels - estimates
      const c = best.stageCpu
      const startCpu = best.cpu - c.load - c.panels - c.estimates - c.files
      process.stdout.write(
        `--threads ${threads}: wall ${best.wall.toFixed(2)} s (fastest of ${RUNS}: ` +
          `${runs.map((r) => r.wall.toFixed(1)).join(', ')}) = load ${load.toFixed(2)} + ` +
          `panels ${panels.toFixed(2)} + estimates ${estimates.toFixed(2)} + start and files ` +
          `${rest.toFixed(2)}; ${(R_SECONDS / best.wall).toFixed(1)}× R (${R_SECONDS} s); ` +
          `load average ${best.loadAverage.toFixed(1)} on ${availableParallelism()} cores\n` +
          `  CPU ${best.cpu.toFixed(2)} s = load ${c.load.toFixed(2)} + panels ` +
          `${c.panels.toFixed(2)} + estimates ${c.estimates.toFixed(2)} + files ` +
          `${c.files.toFixed(2)} + start ${startCpu.toFixed(2)}; peak RSS ` +
          `${Math.round(best.peakRssMb)} MB\n`,
      )
    }
  },
}
