import type { WorkerHistory } from '../records.js'

/**
 * Worker histories as columns: what the panels need of a batch of workers, and nothing else (no
 * employer or payment ids), in typed arrays that cross to a worker thread without copying. Rows of
 * worker w are `awardStart[w] … awardStart[w + 1] − 1` (likewise for projects and payments).
 * NaN stands for an empty score, completion time or rating.
 */
export interface HistoryBatch {
  readonly workerIds: readonly string[]
  readonly awardStart: Int32Array
  readonly awardId: readonly string[]
  readonly testId: readonly string[]
  readonly awardedAt: Float64Array
  /** 0–100, NaN when the award has no score. */
  readonly score: Float64Array
  readonly projectStart: Int32Array
  readonly projectId: readonly string[]
  readonly startedAt: Float64Array
  readonly completedAt: Float64Array
  readonly valueUsd: Float64Array
  readonly rating: Float64Array
  readonly paymentStart: Int32Array
  readonly paidAt: Float64Array
  readonly amountUsd: Float64Array
}

/** The batch of some histories, in their order. */
export function batchOfHistories(histories: readonly WorkerHistory[]): HistoryBatch {
  const n = histories.length
  const awardStart = new Int32Array(n + 1)
  const projectStart = new Int32Array(n + 1)
  const paymentStart = new Int32Array(n + 1)
  histories.forEach((h, w) => {
    awardStart[w + 1] = awardStart[w]! + h.awards.length
    projectStart[w + 1] = projectStart[w]! + h.projects.length
    paymentStart[w + 1] = paymentStart[w]! + h.payments.length
  })
  const awardId: string[] = []
  const testId: string[] = []
  const awardedAt = new Float64Array(awardStart[n]!)
  const score = new Float64Array(awardStart[n]!)
  const projectId: string[] = []
  const startedAt = new Float64Array(projectStart[n]!)
  const completedAt = new Float64Array(projectStart[n]!)
  const valueUsd = new Float64Array(projectStart[n]!)
  const rating = new Float64Array(projectStart[n]!)
  const paidAt = new Float64Array(paymentStart[n]!)
  const amountUsd = new Float64Array(paymentStart[n]!)
  histories.forEach((h, w) => {
    h.awards.forEach((a, k) => {
      awardId.push(a.awardId)
      testId.push(a.testId)
      awardedAt[awardStart[w]! + k] = a.awardedAt
      score[awardStart[w]! + k] = a.score ?? Number.NaN
    })
    h.projects.forEach((p, k) => {
      const i = projectStart[w]! + k
      projectId.push(p.projectId)
      startedAt[i] = p.startedAt
      completedAt[i] = p.completedAt ?? Number.NaN
      valueUsd[i] = p.valueUsd
      rating[i] = p.rating ?? Number.NaN
    })
    h.payments.forEach((p, k) => {
      paidAt[paymentStart[w]! + k] = p.paidAt
      amountUsd[paymentStart[w]! + k] = p.amountUsd
    })
  })
  const workerIds = histories.map((h) => h.worker.workerId)
  return {
    workerIds,
    awardStart,
    awardId,
    testId,
    awardedAt,
    score,
    projectStart,
    projectId,
    startedAt,
    completedAt,
    valueUsd,
    rating,
    paymentStart,
    paidAt,
    amountUsd,
  }
}

/** The typed arrays of a batch, to transfer rather than copy them to a worker thread. */
export function batchBuffers(batch: HistoryBatch): ArrayBuffer[] {
  return Object.values(batch)
    .filter(
      (v): v is Int32Array | Float64Array => v instanceof Int32Array || v instanceof Float64Array,
    )
    .map((v) => v.buffer as ArrayBuffer)
}
