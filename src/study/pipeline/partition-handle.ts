import { type ResourceLimits, Worker } from 'node:worker_threads'
import type { ClusterScores } from '../estimate/cluster-scores.js'
import type { LevelTotals } from '../estimate/level-totals.js'
import type { Solution } from '../estimate/solve.js'
import type { StudyPanels } from '../estimate/study-estimates.js'
import type { ScoreSamples, ScoreScale } from '../panel/score-scale.js'
import type { StudySettings } from '../settings.js'
import { batchBuffers, type HistoryBatch } from '../timeline/history-batch.js'
import type { PartitionReply, PartitionRequest, PartitionThreadData } from './partition-messages.js'
import { type PartitionPass1, StudyPartition } from './study-partition.js'

/** A partition as the pipeline drives it, in this thread or on a worker thread. */
export interface PartitionHandle {
  /**
   * Resolves once the partition has taken the batch in (lets the caller bound the backlog). The
   * batch's typed arrays move to the partition's thread: the caller must not use them afterwards.
   */
  add(batch: HistoryBatch): Promise<void>
  mainScores(): Promise<ScoreSamples>
  levels(scale: ScoreScale): Promise<(LevelTotals | null)[]>
  pass1(totals: readonly (LevelTotals | null)[]): Promise<PartitionPass1>
  pass2(solutions: readonly (readonly Solution[])[]): Promise<ClusterScores[][]>
  takePanels(): Promise<StudyPanels>
  close(): Promise<void>
}

/** A partition computed in the calling thread. */
export function localPartition(settings: StudySettings): PartitionHandle {
  const partition = new StudyPartition(settings)
  return {
    add: async (batch) => partition.add(batch),
    mainScores: async () => partition.mainScores(),
    levels: async (scale) => partition.levels(scale),
    pass1: async (totals) => partition.pass1(totals),
    pass2: async (solutions) => partition.pass2(solutions),
    takePanels: async () => partition.takePanels(),
    close: async () => undefined,
  }
}

// A worker thread starts without the parent's module hooks. Bundled (build/bundle/), this module is
// JavaScript and the thread imports its JavaScript entry, bundled beside it, directly; run from the TypeScript sources
// (tsx, the test runner's own transform), a tiny bootstrap registers tsx first.
const COMPILED = import.meta.url.endsWith('.js')
const THREAD_ENTRY = new URL(
  COMPILED ? './partition-thread.js' : './partition-thread.ts',
  import.meta.url,
).href
const BOOTSTRAP = COMPILED
  ? `import(${JSON.stringify(THREAD_ENTRY)})`
  : `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(THREAD_ENTRY)}) })`

/** What a partition thread may use, and what stops it. */
export interface ThreadOptions {
  /** Heap limits of the thread: beyond them the thread ends and the run fails, not the server. */
  readonly resourceLimits?: ResourceLimits
  /** Aborting ends the thread at once and fails every request to it with the signal's reason. */
  readonly signal?: AbortSignal
}

/** A partition on its own worker thread; replies come back in request order. */
export function threadPartition(
  settings: StudySettings,
  options: ThreadOptions = {},
): PartitionHandle {
  const workerData: PartitionThreadData = { settings }
  const worker = new Worker(BOOTSTRAP, {
    eval: true,
    workerData,
    ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}),
  })
  const pending: { resolve: (reply: PartitionReply) => void; reject: (error: Error) => void }[] = []
  let failure: Error | null = null
  const fail = (error: Error) => {
    failure ??= error
    for (const waiter of pending.splice(0)) waiter.reject(failure)
  }
  worker.on('message', (reply: PartitionReply) => {
    const waiter = pending.shift()
    if (reply.type === 'error') {
      const error = new Error(reply.message)
      error.stack = reply.stack
      waiter?.reject(error)
    } else {
      waiter?.resolve(reply)
    }
  })
  worker.on('error', fail)
  worker.on('exit', (code) => fail(new Error(`partition thread exited with code ${code}`)))
  const abort = () => {
    fail(abortReason(options.signal))
    void worker.terminate()
  }
  if (options.signal?.aborted) abort()
  else options.signal?.addEventListener('abort', abort, { once: true })
  const request = <T extends PartitionReply['type']>(
    message: PartitionRequest,
    type: T,
    transfer: ArrayBuffer[] = [],
  ) =>
    new Promise<Extract<PartitionReply, { type: T }>>((resolve, reject) => {
      if (failure) return reject(failure)
      pending.push({
        resolve: (reply) => resolve(reply as Extract<PartitionReply, { type: T }>),
        reject,
      })
      worker.postMessage(message, transfer)
    }).then((reply) => {
      if (reply.type !== type) throw new Error(`partition thread answered ${reply.type} to ${type}`)
      return reply
    })
  return {
    add: async (batch) => {
      await request({ type: 'add', batch }, 'add', batchBuffers(batch))
    },
    mainScores: async () => (await request({ type: 'scores' }, 'scores')).samples,
    levels: async (scale) => (await request({ type: 'levels', scale }, 'levels')).totals,
    pass1: async (totals) => (await request({ type: 'pass1', totals }, 'pass1')).result,
    pass2: async (solutions) => (await request({ type: 'pass2', solutions }, 'pass2')).scores,
    takePanels: async () => (await request({ type: 'panels' }, 'panels')).panels,
    close: async () => {
      options.signal?.removeEventListener('abort', abort)
      worker.removeAllListeners('exit')
      await worker.terminate()
    },
  }
}

function abortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason
  return reason instanceof Error ? reason : new Error('the study run was stopped')
}
