import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Presets, SingleBar } from 'cli-progress'
import type { Command } from 'commander'
import {
  columnsRecordSource,
  DEFAULT_PARTITIONS,
  DEFAULT_WINDOW_DAYS,
  loadRecordColumns,
  parseStudySettings,
  platformRecordSource,
  platformSpan,
  type RecordSource,
  RecordsError,
  runStudy,
  type StudySettings,
  StudySettingsError,
  type StudySettingsField,
  writePanelCsv,
  writeReport,
} from '../../study/index.js'
import { usingPlatform, withDataDirOption } from '../database-options.js'
import { UsageError } from '../usage-error.js'

interface StudyOptions {
  readonly records?: string
  readonly platform?: boolean
  readonly dataDir?: string
  readonly out: string
  readonly obsStart?: string
  readonly obsEnd?: string
  readonly windowDays: string
  readonly threads: string
}

/** CPU seconds the process has used so far, all threads. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e6
}

/** Performance mark whose detail is the CPU seconds of each stage of the last study written. */
export const STAGE_CPU_MARK = 'skillsignal:study:stage-cpu'

/** `skillsignal study`: records in, panels, estimates and the report out. */
export function registerStudyCommand(program: Command): void {
  withDataDirOption(
    program
      .command('study')
      .description(
        "run the impact study on a directory of records (CSV or Parquet) or on the platform's own",
      )
      .option('--records <dir>', 'workers, credential_awards, projects, payments (.csv/.parquet)')
      .option('--platform', "read the platform's own records through its study views")
      .requiredOption('--out <dir>', 'where to write the panels, estimates.json and the report')
      .option(
        '--obs-start <iso>',
        'start of the observed span (else manifest.json obs_start; on the platform the day of the first registration)',
      )
      .option(
        '--obs-end <iso>',
        'end of the observed span (else manifest.json obs_end; on the platform now)',
      )
      .option('--window-days <days>', 'length of a period in days', String(DEFAULT_WINDOW_DAYS))
      .option(
        '--threads <n>',
        'partitions of workers, one worker thread each',
        String(DEFAULT_PARTITIONS),
      ),
  ).action(async (options: StudyOptions) => {
    await study(options)
  })
}

async function study(options: StudyOptions): Promise<void> {
  if ((options.records === undefined) === (options.platform !== true)) {
    throw new UsageError('give either --records DIR or --platform')
  }
  const partitions = positiveInteger(options.threads, '--threads')
  if (options.platform) {
    await usingPlatform(options, async ({ db }) => {
      const source = await platformRecordSource(db)
      const span = await platformSpan(source, Date.now() / 1000)
      const settings = await settingsOf(options, { obs_start: span.obsStart, obs_end: span.obsEnd })
      await studyAndWrite(options, settings, source, await source.countWorkers(), partitions, 0)
    })
    return
  }
  const records = options.records!
  const settings = await settingsOf(options, await readManifest(records))
  const loadStart = performance.now()
  const cpuStart = cpuSeconds()
  const tables = await loadRecordColumns(records).catch((error: unknown) => {
    throw error instanceof RecordsError ? new UsageError(error.message) : error
  })
  const load = (performance.now() - loadStart) / 1000
  const loadCpu = cpuSeconds() - cpuStart
  const source = columnsRecordSource(tables)
  await studyAndWrite(options, settings, source, tables.workers.length, partitions, load, loadCpu)
}

async function studyAndWrite(
  options: StudyOptions,
  settings: StudySettings,
  source: RecordSource,
  workers: number,
  partitions: number,
  load: number,
  loadCpu = 0,
): Promise<void> {
  const bar = new SingleBar(
    { stream: process.stderr, clearOnComplete: true },
    Presets.shades_classic,
  )
  bar.start(workers, 0)
  const run = await runStudy(source, settings, {
    partitions,
    onProgress: (progress) => bar.update(progress.workers),
  }).finally(() => bar.stop())
  const out = options.out
  const filesCpuStart = cpuSeconds()
  await mkdir(out, { recursive: true })
  const panels = run.panels!
  await writePanelCsv(panels.period, join(out, 'periods.csv'))
  await writePanelCsv(panels.periodDynamic, join(out, 'periods_dynamic.csv'))
  await writePanelCsv(panels.project, join(out, 'project_panel.csv'))
  const timing_s = { load, ...run.timings }
  await writeWhole(
    join(out, 'estimates.json'),
    `${JSON.stringify({ ...run.estimates, timing_s }, null, 2)}\n`,
  )
  await writeReport(out, run.estimates, settings)
  // CPU seconds of each stage, for the benchmark to read in-process (see bench/peak-usage.js).
  performance.mark(STAGE_CPU_MARK, {
    detail: { load: loadCpu, ...run.cpu, files: cpuSeconds() - filesCpuStart },
  })
  const { sample } = run.estimates
  process.stdout.write(
    `${sample.events_main} events, ${sample.period_rows} period rows, ${sample.project_rows} project rows; ` +
      `wrote ${out} in ${(load + run.timings.panels + run.timings.estimates).toFixed(2)} s\n`,
  )
}

/** Where each setting comes from on the command line, to name it in an error. */
const SETTING_SOURCES: Readonly<Record<StudySettingsField, string>> = {
  obsStart: '--obs-start (or manifest obs_start)',
  obsEnd: '--obs-end (or manifest obs_end)',
  windowDays: '--window-days',
}

async function settingsOf(
  options: StudyOptions,
  defaults: { obs_start?: unknown; obs_end?: unknown },
): Promise<StudySettings> {
  const manifest = defaults
  try {
    return parseStudySettings({
      obsStart: options.obsStart ?? manifest.obs_start,
      obsEnd: options.obsEnd ?? manifest.obs_end,
      windowDays: options.windowDays,
    })
  } catch (error) {
    if (!(error instanceof StudySettingsError)) throw error
    const where = error.field ? `${SETTING_SOURCES[error.field]} ` : ''
    throw new UsageError(`${where}${error.reason}`)
  }
}

/** `manifest.json` of a records directory, when there is one. */
async function readManifest(dir: string): Promise<{ obs_start?: unknown; obs_end?: unknown }> {
  let text: string
  try {
    text = await readFile(join(dir, 'manifest.json'), 'utf8')
  } catch {
    return {}
  }
  try {
    const parsed: unknown = JSON.parse(text)
    if (parsed !== null && typeof parsed === 'object') return parsed
  } catch {}
  throw new UsageError(`${join(dir, 'manifest.json')} is not a JSON object`)
}

function positiveInteger(text: string, what: string): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1)
    throw new UsageError(`${what} must be a whole number ≥ 1`)
  return value
}

async function writeWhole(path: string, text: string): Promise<void> {
  await writeFile(`${path}.partial`, text)
  await rename(`${path}.partial`, path)
}
