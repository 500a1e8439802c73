import { utcYear } from '../records/iso-time.js'
import { countAtOrBelow, countBelow, type WorkerTimeline } from './worker-timeline.js'

/** A worker's state at an instant s, as the spec defines it (see `impact-study.md`). */
export interface WorkerState {
  /** Awards with awarded_at ≤ s. */
  nCreds: number
  /** Projects with completed_at < s. */
  cumCompleted: number
  avgRating: number
  noRating: number
  /** asinh of the payments with paid_at < s. */
  cumEarningsAsinh: number
  year: number
}

/** Fills `into` with the state of the worker at `s` (reused to spare allocations per row). */
export function stateAt(timeline: WorkerTimeline, s: number, into: WorkerState): WorkerState {
  const completed = countBelow(timeline.completionTimes, s)
  const rated = timeline.ratedBefore[completed]!
  into.nCreds = countAtOrBelow(timeline.sortedAwardTimes, s)
  into.cumCompleted = completed
  into.avgRating = rated > 0 ? timeline.ratingSumBefore[completed]! / rated : 0
  into.noRating = rated > 0 ? 0 : 1
  into.cumEarningsAsinh = Math.asinh(timeline.paidBefore[countBelow(timeline.paymentTimes, s)]!)
  into.year = utcYear(s)
  return into
}

export function emptyState(): WorkerState {
  return { nCreds: 0, cumCompleted: 0, avgRating: 0, noRating: 1, cumEarningsAsinh: 0, year: 0 }
}
