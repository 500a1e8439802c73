import { median } from './statistics.js'

/** The most recent responses to an item, compared with everything before them. */
export const LEAK_RECENT_WINDOW = 50
/** History needed before a jump means anything. */
export const LEAK_MIN_HISTORY = 100
/** A facility rise of at least this much (0.4 → 0.6 and beyond) is large enough to matter… */
export const LEAK_MIN_FACILITY_JUMP = 0.2
/** …and must be this many standard errors (two-proportion z) so noise is not flagged: one-sided p ≈ 0.0013. */
export const LEAK_MIN_Z = 3
/** Recent median answer time below this share of the historical median: candidates no longer read. */
export const LEAK_TIME_COLLAPSE_RATIO = 0.5

export interface TimedResponse {
  /** Epoch milliseconds; responses are analysed in this order. */
  readonly at: number
  readonly correct: boolean
  readonly timeMs: number | null
}

export type LeakSignal =
  | {
      readonly kind: 'facility-jump'
      readonly historicalFacility: number
      readonly recentFacility: number
      readonly z: number
    }
  | {
      readonly kind: 'time-collapse'
      readonly historicalMedianMs: number
      readonly recentMedianMs: number
    }

/**
 * Compares an item's last `LEAK_RECENT_WINDOW` responses with its own history: a facility that
 * jumps (e.g. 0.4 → 0.9) or an answer time that collapses means the key is circulating; either
 * signal pulls the item from new forms.
 *
 * @example detectLeak(responsesOfItem).length > 0 // pull the item
 */
export function detectLeak(responses: readonly TimedResponse[]): LeakSignal[] {
  const ordered = [...responses].sort((a, b) => a.at - b.at)
  const history = ordered.slice(0, -LEAK_RECENT_WINDOW)
  const recent = ordered.slice(-LEAK_RECENT_WINDOW)
  if (history.length < LEAK_MIN_HISTORY || recent.length < LEAK_RECENT_WINDOW) return []
  const signals: LeakSignal[] = []
  const jump = facilityJump(history, recent)
  if (jump) signals.push(jump)
  const historicalMedianMs = median(times(history))
  const recentMedianMs = median(times(recent))
  if (recentMedianMs < LEAK_TIME_COLLAPSE_RATIO * historicalMedianMs) {
    signals.push({ kind: 'time-collapse', historicalMedianMs, recentMedianMs })
  }
  return signals
}

function facilityJump(
  history: readonly TimedResponse[],
  recent: readonly TimedResponse[],
): LeakSignal | null {
  const h = share(history)
  const r = share(recent)
  const pooled = (h * history.length + r * recent.length) / (history.length + recent.length)
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / history.length + 1 / recent.length))
  const z = se === 0 ? 0 : (r - h) / se
  if (r - h < LEAK_MIN_FACILITY_JUMP || z < LEAK_MIN_Z) return null
  return { kind: 'facility-jump', historicalFacility: h, recentFacility: r, z }
}

function share(responses: readonly TimedResponse[]): number {
  return responses.filter((x) => x.correct).length / responses.length
}

function times(responses: readonly TimedResponse[]): number[] {
  return responses.flatMap((x) => (x.timeMs === null ? [] : [x.timeMs]))
}
