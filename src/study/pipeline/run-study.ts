import type { ResourceLimits } from 'node:worker_threads'
import { type ClusterScores, mergeClusterScores } from '../estimate/cluster-scores.js'
import { mergeCrossProducts } from '../estimate/cross-products.js'
import { finishEstimate } from '../estimate/finish-estimate.js'
import { type LevelTotals, mergeLevelTotals } from '../estimate/level-totals.js'
import type { ModelEstimate } from '../estimate/model-estimate.js'
import type { ModelKey } from '../estimate/model-spec.js'
import { mergePanelSummaries } from '../estimate/panel-summary.js'
import { solveModel } from '../estimate/solve.js'
import {
  assembleEstimates,
  type RecordCounts,
  type StudyEstimates,
  type StudyPanels,
} from '../estimate/study-estimates.js'
import { concatStudyPanels } from '../panel/concat-panels.js'
import { mergeScoreSamples, scoreScale } from '../panel/score-scale.js'
import type { RecordSource } from '../records/record-source.js'
import type { WorkerHistory } from '../records.js'
import type { StudySettings } from '../settings.js'
import { batchOfHistories, type HistoryBatch } from '../timeline/history-batch.js'
import { localPartition, type PartitionHandle, threadPartition } from './partition-handle.js'
import { STUDY_GROUPS } from './study-partition.js'

/** Partitions (and so worker threads) unless told otherwise: one, computed in the calling thread. */
export const DEFAULT_PARTITIONS = 1

/**
 * Workers per batch sent to a partition. Batches go round-robin to partitions, so the partition of
 * a worker, and with it every bit of the result, depends only on the source order and the number
 * of partitions, never on timing.
 */
export const WORKERS_PER_BATCH = 256

/** Batches a partition may have queued before the reader waits for it (bounds memory). */
export const BATCHES_IN_FLIGHT = 4

export interface RunStudyOptions {
  /** Partitions of workers, each on its own worker thread when there are several. */
  readonly partitions?: number
  /** Run partitions on worker threads even when there is one (keeps the caller's thread free). */
  readonly workerThreads?: boolean
  /** Return the panels too (the CLI writes them); default true. */
  readonly keepPanels?: boolean
  /** Called as workers are read and when estimation starts and ends. */
  readonly onProgress?: (progress: StudyProgress) => void
  /** Heap limits of each partition thread (a run that needs more fails instead of the server). */
  readonly threadLimits?: ResourceLimits
  /** Stops the run: threads end at once and the run rejects with the signal's reason. */
  readonly signal?: AbortSignal
}

export interface StudyProgress {
  readonly stage: 'panels' | 'estimates' | 'done'
  /** Workers read so far. */
  readonly workers: number
}

export interface StudyRun {
  readonly estimates: StudyEstimates
  /** The panels in partition order (rows of a worker contiguous), or null when not kept. */
  readonly panels: StudyPanels | null
  readonly counts: RecordCounts
  /** Wall-clock seconds of reading the source and building panels, and of estimating. */
  readonly timings: { readonly panels: number; readonly estimates: number }
  /** CPU seconds of the process (every thread) in the same two stages. */
  readonly cpu: { readonly panels: number; readonly estimates: number }
}

/**
 * Runs the impact study: streams the source's worker histories into partitions that build the
 * panels, estimates every model from the partitions' summed statistics (two passes; only small
 * matrices cross partitions), and assembles `estimates.json`. The same source, settings and number
 * of partitions give the same bits every run; other partition counts agree within 1e-12.
 *
 * @example
 * const run = await runStudy(await openFileRecordSource('records'), settings, { partitions: 2 })
 * run.estimates['main.log_value.event'].coef.n_creds
 */
export async function runStudy(
  source: RecordSource,
  settings: StudySettings,
  options: RunStudyOptions = {},
): Promise<StudyRun> {
  const count = options.partitions ?? DEFAULT_PARTITIONS
  if (!Number.isInteger(count) || count < 1) throw new RangeError('partitions must be ≥ 1')
  const threads = options.workerThreads ?? count > 1
  options.signal?.throwIfAborted()
  const threadOptions = {
    ...(options.threadLimits ? { resourceLimits: options.threadLimits } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  }
  const partitions = Array.from({ length: count }, () =>
    threads ? threadPartition(settings, threadOptions) : localPartition(settings),
  )
  try {
    const started = performance.now()
    const cpuStarted = cpuSeconds()
    const counts = await feed(source, partitions, options.onProgress, options.signal)
    const read = performance.now()
    const cpuRead = cpuSeconds()
    options.onProgress?.({ stage: 'estimates', workers: counts.workers })
    const estimates = await estimate(partitions, counts)
    const panels =
      options.keepPanels === false
        ? null
        : concatStudyPanels(await Promise.all(partitions.map((p) => p.takePanels())))
    options.onProgress?.({ stage: 'done', workers: counts.workers })
    const seconds = (ms: number) => ms / 1000
    const timings = {
      panels: seconds(read - started),
      estimates: seconds(performance.now() - read),
    }
    const cpu = { panels: cpuRead - cpuStarted, estimates: cpuSeconds() - cpuRead }
    return { estimates, panels, counts, timings, cpu }
  } finally {
    await Promise.all(partitions.map((p) => p.close()))
  }
}

/** CPU seconds the process has used so far, all threads. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e6
}

async function feed(
  source: RecordSource,
  partitions: readonly PartitionHandle[],
  onProgress: RunStudyOptions['onProgress'],
  signal: AbortSignal | undefined,
): Promise<RecordCounts> {
  const queues: Promise<void>[][] = partitions.map(() => [])
  const counts = { workers: 0, awards: 0, projects: 0, payments: 0 }
  let batches = 0
  for await (const batch of batchesOf(source)) {
    signal?.throwIfAborted()
    counts.workers += batch.workerIds.length
    counts.awards += batch.awardId.length
    counts.projects += batch.projectId.length
    counts.payments += batch.paidAt.length
    const target = batches++ % partitions.length
    const queue = queues[target]!
    const added = partitions[target]!.add(batch)
    // Awaited below; marked handled now so that a run stopped meanwhile leaves no stray rejection.
    added.catch(() => {})
    queue.push(added)
    if (queue.length >= BATCHES_IN_FLIGHT) await queue.shift()
    onProgress?.({ stage: 'panels', workers: counts.workers })
  }
  await Promise.all(queues.flat())
  return counts
}

/** The source's own batches when it has them, else its histories put into columns. */
async function* batchesOf(source: RecordSource): AsyncIterable<HistoryBatch> {
  if (source.batches) {
    yield* source.batches(WORKERS_PER_BATCH)
    return
  }
  let histories: WorkerHistory[] = []
  for await (const history of source.histories()) {
    histories.push(history)
    if (histories.length === WORKERS_PER_BATCH) {
      yield batchOfHistories(histories)
      histories = []
    }
  }
  if (histories.length > 0) yield batchOfHistories(histories)
}

async function estimate(
  partitions: readonly PartitionHandle[],
  counts: RecordCounts,
): Promise<StudyEstimates> {
  const samples = await Promise.all(partitions.map((p) => p.mainScores()))
  const scale = scoreScale(samples.reduce(mergeScoreSamples, new Map()))
  const levels = await Promise.all(partitions.map((p) => p.levels(scale)))
  const totals = STUDY_GROUPS.map((_, g) => mergedTotals(levels.map((part) => part[g]!)))
  const pass1 = await Promise.all(partitions.map((p) => p.pass1(totals)))
  // Fold partitions in partition order, so the sums' rounding never depends on timing.
  const stats = STUDY_GROUPS.map((_, g) => pass1.map((r) => r.stats[g]!).reduce(mergeCrossProducts))
  const summary = pass1.map((r) => r.summary).reduce(mergePanelSummaries)
  const solutions = STUDY_GROUPS.map((group, g) =>
    group.models.map((m) => solveModel(m, stats[g]!)),
  )
  const pass2 = await Promise.all(partitions.map((p) => p.pass2(solutions)))
  const models: Partial<Record<ModelKey, ModelEstimate>> = {}
  STUDY_GROUPS.forEach((group, g) => {
    group.models.forEach((model, m) => {
      const scores = pass2
        .map((part) => part[g]![m]!)
        .reduce((a: ClusterScores, b: ClusterScores) => mergeClusterScores(a, b))
      models[model.key] = finishEstimate(model, stats[g]!, solutions[g]![m]!, scores)
    })
  })
  return assembleEstimates(models, summary, counts)
}

/** A group's shared-level totals over every partition, in partition order; null when nested. */
function mergedTotals(parts: readonly (LevelTotals | null)[]): LevelTotals | null {
  if (parts.some((part) => part === null)) return null
  return (parts as readonly LevelTotals[]).reduce(mergeLevelTotals)
}
