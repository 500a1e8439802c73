import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { csvSink } from './csv-sink.js'
import { type MarketManifest, marketManifest } from './manifest.js'
import { simulateMarket } from './market.js'
import type { SimulationParameters } from './parameters.js'
import { parquetSink } from './parquet-sink.js'
import { RECORD_TABLES, type RecordTable } from './record-tables.js'
import type { TableSink } from './table-sink.js'

export type RecordFormat = 'csv' | 'parquet'

const SINKS: Readonly<Record<RecordFormat, (path: string, table: RecordTable) => TableSink>> = {
  csv: csvSink,
  parquet: parquetSink,
}

export interface WriteMarketOptions {
  readonly format?: RecordFormat
  /** Called after each worker with the number of workers written so far. */
  readonly onProgress?: (workersDone: number) => void
}

/**
 * Simulates the market and writes the study's four tables (`workers`, `credential_awards`,
 * `projects`, `payments`, as `.csv` or `.parquet`) and `manifest.json` into `dir`, streaming
 * worker by worker. The same parameters give byte-identical files.
 *
 * @example
 * await writeMarket(simulationParameters({ workers: 1000, seed: 1 }), 'market')
 */
export async function writeMarket(
  params: SimulationParameters,
  dir: string,
  options: WriteMarketOptions = {},
): Promise<MarketManifest> {
  const format = options.format ?? 'csv'
  mkdirSync(dir, { recursive: true })
  const open = SINKS[format]
  const sinks = RECORD_TABLES.map((table) => open(join(dir, `${table.name}.${format}`), table))
  let done = 0
  for (const history of simulateMarket(params)) {
    for (const sink of sinks) sink.add(history)
    options.onProgress?.(++done)
  }
  const [workers, awards, projects, payments] = await Promise.all(sinks.map((s) => s.close()))
  const manifest = marketManifest(params, format, {
    workers: workers!,
    credential_awards: awards!,
    projects: projects!,
    payments: payments!,
  })
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}
