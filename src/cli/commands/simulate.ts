import { SingleBar } from 'cli-progress'
import type { Command } from 'commander'
import { credentialsRuntimeFrom } from '../../credentials/index.js'
import {
  createServices,
  issueDeferredCredentials,
  loadSimulatedMarket,
  openPlatform,
} from '../../platform/index.js'
import {
  calibrateMarket,
  DEFAULT_PARAMETERS,
  DEFAULT_SEED,
  DEFAULT_WORKERS,
  effectsBesideTruth,
  measureMarket,
  type RecordFormat,
  type SimulationParameters,
  simulationParameters,
  summariseFigures,
  writeMarket,
} from '../../simulation/index.js'
import { databaseConfigOf, withDataDirOption } from '../database-options.js'
import { UsageError } from '../usage-error.js'

interface SimulateOptions {
  readonly workers: string
  readonly seed: string
  readonly out?: string
  readonly format: string
  readonly placebo?: boolean
  readonly calibrate?: boolean
  readonly measure?: boolean
  readonly set: readonly string[]
  readonly load?: boolean
  readonly dataDir?: string
}

export function registerSimulateCommand(program: Command): void {
  const command = program
    .command('simulate')
    .description('simulate a freelancing market and write the study records it produces')
    .option('--workers <n>', 'number of workers', String(DEFAULT_WORKERS))
    .option(
      '--seed <s>',
      'random seed (the same seed gives byte-identical files)',
      String(DEFAULT_SEED),
    )
    .option('--out <dir>', 'directory for the four record tables and manifest.json')
    .option('--format <format>', 'csv or parquet', 'csv')
    .option(
      '--set <name=value...>',
      'override parameters, e.g. --set activitySd=0.9 testSelection=0.5',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--placebo', 'credentials carry no information (employers ignore them)')
    .option(
      '--load',
      "write the market into the platform's database as real accounts, certifications, contracts and payments",
    )
    .option('--calibrate', 'search the key parameters against the paper and print them')
    .option(
      '--measure',
      'run the study on the market in memory and print its figures, each estimate beside the ' +
        "true effect (the market replayed with placebo credentials, each worker's same random numbers)",
    )
  withDataDirOption(command).action(async (options: SimulateOptions) => {
    const params = parametersOf(options)
    if (options.load) {
      await loadIntoPlatform(options, params)
      return
    }
    if (options.calibrate) {
      const found = await calibrateMarket(params, {
        log: (line: string) => process.stderr.write(`${line}\n`),
      })
      process.stdout.write(`${JSON.stringify(found, null, 2)}\n`)
      return
    }
    if (options.measure) {
      const figures = await measureMarket(params, { truth: true })
      const printed = {
        ...summariseFigures(params, figures),
        effects: effectsBesideTruth(figures),
        preTrend: figures.preTrend,
        truthEvents: figures.truth?.events ?? 0,
      }
      process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`)
      return
    }
    if (!options.out)
      throw new UsageError('--out <dir> is required (or use --calibrate or --measure)')
    const bar = new SingleBar({
      format: 'simulate [{bar}] {percentage}% {value}/{total} workers',
      stream: process.stderr,
      hideCursor: true,
    })
    bar.start(params.workers, 0)
    const manifest = await writeMarket(params, options.out, {
      format: formatOf(options.format),
      onProgress: (done) => {
        if (done % 1000 === 0 || done === params.workers) bar.update(done)
      },
    })
    bar.stop()
    const { rows } = manifest
    process.stdout.write(
      `wrote ${rows.workers} workers, ${rows.credential_awards} credential awards, ` +
        `${rows.projects} projects, ${rows.payments} payments to ${options.out}\n`,
    )
  })
}

/** `--load`: the market as rows of the platform, in batched transactions, with a progress bar. */
async function loadIntoPlatform(
  options: SimulateOptions,
  params: SimulationParameters,
): Promise<void> {
  const credentials = credentialsRuntimeFrom(
    options.dataDir ? { ...process.env, SKILLSIGNAL_DATA_DIR: options.dataDir } : process.env,
  )
  const platform = await openPlatform(databaseConfigOf(options))
  const services = await createServices(platform.db, { publicUrl: null, credentials })
  const bar = new SingleBar({
    format: 'load [{bar}] {percentage}% {value}/{total} workers',
    stream: process.stderr,
    hideCursor: true,
    // A load takes minutes: show progress in a log or a pipe too, not only on a terminal.
    noTTYOutput: true,
    notTTYSchedule: 5000,
  })
  const started = performance.now()
  try {
    bar.start(params.workers, 0)
    const loaded = await loadSimulatedMarket(platform.db, services.attempts, {
      params,
      onProgress: (done) => bar.update(done),
    })
    bar.stop()
    const seconds = (performance.now() - started) / 1000
    process.stdout.write(
      `loaded ${loaded.workers} workers, ${loaded.employers} clients, ${loaded.awards} certifications, ` +
        `${loaded.projects} contracts, ${loaded.payments} payments in ${seconds.toFixed(1)} s\n`,
    )
    const signing = new SingleBar({
      format: 'sign [{bar}] {percentage}% {value}/{total} credentials',
      stream: process.stderr,
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 5000,
    })
    signing.start(loaded.awards, 0)
    const signed = await issueDeferredCredentials(platform.db, services, {
      perTransaction: 50,
      pauseMs: 0,
      onProgress: (done, total) => {
        signing.setTotal(total)
        signing.update(done)
      },
    })
    signing.stop()
    process.stdout.write(
      `signed the credentials of ${signed} certifications in ${((performance.now() - started) / 1000 - seconds).toFixed(1)} s\n`,
    )
  } finally {
    bar.stop()
    await services.close()
    await platform.close()
  }
}

function parametersOf(options: SimulateOptions): SimulationParameters {
  try {
    return simulationParameters({
      ...overridesOf(options.set),
      workers: wholeNumber(options.workers, '--workers'),
      seed: wholeNumber(options.seed, '--seed'),
      credentials: options.placebo ? 'placebo' : 'informative',
    })
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message)
    throw error
  }
}

function overridesOf(pairs: readonly string[]): Partial<SimulationParameters> {
  const overrides: Record<string, number> = {}
  for (const pair of pairs) {
    const [name, text, ...rest] = pair.split('=')
    if (!name || text === undefined || rest.length > 0 || text.trim() === '') {
      throw new UsageError(`--set expects name=value, got "${pair}"`)
    }
    const known = DEFAULT_PARAMETERS[name as keyof SimulationParameters]
    if (typeof known !== 'number' || ['workers', 'seed'].includes(name)) {
      throw new UsageError(`--set: ${name} is not a numeric simulation parameter`)
    }
    const value = Number(text)
    if (!Number.isFinite(value))
      throw new UsageError(`--set ${name} must be a number, got "${text}"`)
    overrides[name] = value
  }
  return overrides
}

function wholeNumber(text: string, flag: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} must be a whole number, got "${text}"`)
  return Number(text)
}

function formatOf(text: string): RecordFormat {
  if (text === 'csv' || text === 'parquet') return text
  throw new UsageError(`--format must be csv or parquet, got "${text}"`)
}
