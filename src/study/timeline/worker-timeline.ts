import type { WorkerHistory } from '../records.js'

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

/** Sorts one worker's history into its timeline. */
export function buildTimeline(history: WorkerHistory): WorkerTimeline {
  const awards = [...history.awards].sort((a, b) => byString(a.awardId, b.awardId))
  const projects = [...history.projects].sort(
    (a, b) => a.startedAt - b.startedAt || byString(a.projectId, b.projectId),
  )
  const completed = history.projects
    .filter((p) => p.completedAt !== null)
    .sort((a, b) => a.completedAt! - b.completedAt! || (a.rating ?? 0) - (b.rating ?? 0))
  const payments = [...history.payments].sort(
    (a, b) => a.paidAt - b.paidAt || a.amountUsd - b.amountUsd,
  )
  const ratedBefore = new Int32Array(completed.length + 1)
  const ratingSumBefore = new Float64Array(completed.length + 1)
  completed.forEach((p, i) => {
    ratedBefore[i + 1] = ratedBefore[i]! + (p.rating === null ? 0 : 1)
    ratingSumBefore[i + 1] = ratingSumBefore[i]! + (p.rating ?? 0)
  })
  const paidBefore = new Float64Array(payments.length + 1)
  payments.forEach((p, i) => {
    paidBefore[i + 1] = paidBefore[i]! + p.amountUsd
  })
  const awardTimes = Float64Array.from(awards, (a) => a.awardedAt)
  return {
    workerId: history.worker.workerId,
    awardIds: awards.map((a) => a.awardId),
    testIds: awards.map((a) => a.testId),
    awardTimes,
    sortedAwardTimes: awardTimes.slice().sort(),
    projectIds: projects.map((p) => p.projectId),
    projectStarts: Float64Array.from(projects, (p) => p.startedAt),
    projectValues: Float64Array.from(projects, (p) => p.valueUsd),
    completionTimes: Float64Array.from(completed, (p) => p.completedAt!),
    ratedBefore,
    ratingSumBefore,
    paymentTimes: Float64Array.from(payments, (p) => p.paidAt),
    paymentAmounts: Float64Array.from(payments, (p) => p.amountUsd),
    paidBefore,
  }
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
