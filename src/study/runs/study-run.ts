import type { StudyEstimates } from '../estimate/study-estimates.js'

/** Where a run's records come from, as recorded with the run. */
export type StudyRunSource =
  | { readonly kind: 'platform' }
  | { readonly kind: 'upload'; readonly workers: number; readonly projects: number }
  | { readonly kind: 'simulation'; readonly workers: number; readonly seed: number }

export type StudyRunStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled'

export interface StoredStudyRun {
  readonly id: string
  readonly requestedBy: string
  readonly source: StudyRunSource
  readonly settings: {
    readonly obsStart: string
    readonly obsEnd: string
    readonly windowDays: number
  }
  readonly status: StudyRunStatus
  readonly progress: { readonly stage: string; readonly workers: number }
  readonly failure: { readonly message: string } | null
  readonly estimates: StudyEstimates | null
  /** The headline in words, once the run has succeeded. */
  readonly headline: readonly string[]
  readonly createdAt: Date
  readonly startedAt: Date | null
  readonly finishedAt: Date | null
}
