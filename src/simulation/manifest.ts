import type { SimulationParameters } from './parameters.js'
import { isoSeconds } from './time.js'

/** `manifest.json`: what was simulated and how, enough to regenerate the same files. */
export interface MarketManifest {
  readonly generator: 'skillsignal simulate'
  readonly obs_start: string
  readonly obs_end: string
  readonly seed: number
  readonly size: { readonly workers: number }
  readonly format: 'csv' | 'parquet'
  readonly rows: Readonly<Record<'workers' | 'credential_awards' | 'projects' | 'payments', number>>
  readonly parameters: SimulationParameters
}

export function marketManifest(
  params: SimulationParameters,
  format: 'csv' | 'parquet',
  rows: MarketManifest['rows'],
): MarketManifest {
  return {
    generator: 'skillsignal simulate',
    obs_start: isoSeconds(params.obsStart),
    obs_end: isoSeconds(params.obsEnd),
    seed: params.seed,
    size: { workers: params.workers },
    format,
    rows,
    parameters: params,
  }
}
