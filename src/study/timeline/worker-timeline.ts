import type { HistoryBatch } from './history-batch.js'

/**
 * One worker's records in the orders the panels need, as typed arrays:
 * - awards by award_id (the order of events in the panels), and their times sorted for counting;
 * - projects by started_at then project_id (the project panel's order);
 * - completed projects by completed_at, with running counts and rating sums;
 * - payments by paid_at (ties by amount, so any input order gives the same sums bit for bit),
 *   with running totals.
 * Prefix arrays have one more entry than their events: entry i sums the first i.
 */
export interface WorkerTimeline {
  readonly workerId: string
  readonly awardIds: readonly string[]
  readonly testIds: readonly string[]
  readonly awardTimes: Float64Array
  /** Score of each award, NaN when it has none. */
  readonly awardScores: Float64Array
  readonly sortedAwardTimes: Float64Array
  readonly projectIds: readonly string[]
  readonly projectStarts: Float64Array
  readonly projectValues: Float64Array
  readonly completionTimes: Float64Array
  readonly ratedBefore: Int32Array
  readonly ratingSumBefore: Float64Array
  readonly paymentTimes: Float64Array
  readonly paymentAmounts: Float64Array
  readonly paidBefore: Float64Array
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Sorts worker w of a batch into its timeline. Ties in every order are between rows equal in all
 * that is summed, so any input order gives the same timeline bit for bit.
 */
export function timelineOf(batch: HistoryBatch, w: number): WorkerTimeline {
  const { awardId, startedAt, projectId, completedAt, rating, paidAt, amountUsd } = batch
  const awards = range(batch.awardStart, w)
  if (awards.length > 1) awards.sort((i, j) => byString(awardId[i]!, awardId[j]!))
  const projects = range(batch.projectStart, w)
  if (projects.length > 1) {
    projects.sort((i, j) => startedAt[i]! - startedAt[j]! || byString(projectId[i]!, projectId[j]!))
  }
  const completed = projects.filter((i) => !Number.isNaN(completedAt[i]!))
  const ratingOf = (i: number) => (Number.isNaN(rating[i]!) ? 0 : rating[i]!)
  completed.sort((i, j) => completedAt[i]! - completedAt[j]! || ratingOf(i) - ratingOf(j))
  const payments = range(batch.paymentStart, w)
  if (payments.length > 1) {
    payments.sort((i, j) => paidAt[i]! - paidAt[j]! || amountUsd[i]! - amountUsd[j]!)
  }

  const awardTimes = new Float64Array(awards.length)
  const awardScores = new Float64Array(awards.length)
  awards.forEach((i, k) => {
    awardTimes[k] = batch.awardedAt[i]!
    awardScores[k] = batch.score[i]!
  })
  const projectStarts = new Float64Array(projects.length)
  const projectValues = new Float64Array(projects.length)
  projects.forEach((i, k) => {
    projectStarts[k] = startedAt[i]!
    projectValues[k] = batch.valueUsd[i]!
  })
  const completionTimes = new Float64Array(completed.length)
  const ratedBefore = new Int32Array(completed.length + 1)
  const ratingSumBefore = new Float64Array(completed.length + 1)
  completed.forEach((i, k) => {
    completionTimes[k] = completedAt[i]!
    ratedBefore[k + 1] = ratedBefore[k]! + (Number.isNaN(rating[i]!) ? 0 : 1)
    ratingSumBefore[k + 1] = ratingSumBefore[k]! + ratingOf(i)
  })
  const paymentTimes = new Float64Array(payments.length)
  const paymentAmounts = new Float64Array(payments.length)
  const paidBefore = new Float64Array(payments.length + 1)
  payments.forEach((i, k) => {
    paymentTimes[k] = paidAt[i]!
    paymentAmounts[k] = amountUsd[i]!
    paidBefore[k + 1] = paidBefore[k]! + amountUsd[i]!
  })
  return {
    workerId: batch.workerIds[w]!,
    awardIds: awards.map((i) => awardId[i]!),
    testIds: awards.map((i) => batch.testId[i]!),
    awardTimes,
    awardScores,
    sortedAwardTimes: awardTimes.slice().sort(),
    projectIds: projects.map((i) => projectId[i]!),
    projectStarts,
    projectValues,
    completionTimes,
    ratedBefore,
    ratingSumBefore,
    paymentTimes,
    paymentAmounts,
    paidBefore,
  }
}

/** The row positions of worker w. */
function range(start: Int32Array, w: number): number[] {
  const out: number[] = []
  for (let i = start[w]!; i < start[w + 1]!; i++) out.push(i)
  return out
}

/** Number of entries of ascending `sorted` that are < value. */
export function countBelow(sorted: Float64Array, value: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Number of entries of ascending `sorted` that are ≤ value. */
export function countAtOrBelow(sorted: Float64Array, value: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! <= value) lo = mid + 1
    else hi = mid
  }
  return lo
}
