import type { ProjectRecord, WorkerHistory } from '../records.js'

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
  const awards = sorted(history.awards, (a, b) => byString(a.awardId, b.awardId))
  const projects = sorted(
    history.projects,
    (a, b) => a.startedAt - b.startedAt || byString(a.projectId, b.projectId),
  )
  const payments = sorted(
    history.payments,
    (a, b) => a.paidAt - b.paidAt || a.amountUsd - b.amountUsd,
  )
  const completed: ProjectRecord[] = []
  for (const p of history.projects) if (p.completedAt !== null) completed.push(p)
  completed.sort((a, b) => a.completedAt! - b.completedAt! || (a.rating ?? 0) - (b.rating ?? 0))

  const awardIds: string[] = new Array(awards.length)
  const testIds: string[] = new Array(awards.length)
  const awardTimes = new Float64Array(awards.length)
  awards.forEach((a, i) => {
    awardIds[i] = a.awardId
    testIds[i] = a.testId
    awardTimes[i] = a.awardedAt
  })
  const projectIds: string[] = new Array(projects.length)
  const projectStarts = new Float64Array(projects.length)
  const projectValues = new Float64Array(projects.length)
  projects.forEach((p, i) => {
    projectIds[i] = p.projectId
    projectStarts[i] = p.startedAt
    projectValues[i] = p.valueUsd
  })
  const completionTimes = new Float64Array(completed.length)
  const ratedBefore = new Int32Array(completed.length + 1)
  const ratingSumBefore = new Float64Array(completed.length + 1)
  completed.forEach((p, i) => {
    completionTimes[i] = p.completedAt!
    ratedBefore[i + 1] = ratedBefore[i]! + (p.rating === null ? 0 : 1)
    ratingSumBefore[i + 1] = ratingSumBefore[i]! + (p.rating ?? 0)
  })
  const paymentTimes = new Float64Array(payments.length)
  const paymentAmounts = new Float64Array(payments.length)
  const paidBefore = new Float64Array(payments.length + 1)
  payments.forEach((p, i) => {
    paymentTimes[i] = p.paidAt
    paymentAmounts[i] = p.amountUsd
    paidBefore[i + 1] = paidBefore[i]! + p.amountUsd
  })
  return {
    workerId: history.worker.workerId,
    awardIds,
    testIds,
    awardTimes,
    sortedAwardTimes: awardTimes.slice().sort(),
    projectIds,
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

/** A sorted copy, or the rows themselves when there is nothing to sort. */
function sorted<T>(rows: readonly T[], order: (a: T, b: T) => number): readonly T[] {
  return rows.length < 2 ? rows : [...rows].sort(order)
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
