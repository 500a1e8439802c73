import { REFERENCE_PERIOD } from '../estimate/model-spec.js'
import { CONFIDENCE_LEVEL, type EventStudyPoint } from './event-study-points.js'
import { formatFixed } from './format-numbers.js'

export interface PreTrendReading {
  /** Periods before the reference whose interval excludes zero, by outcome and k. */
  readonly awayFromZero: readonly { readonly outcome: string; readonly k: number }[]
  readonly checked: number
  readonly sentence: string
}

/**
 * The event study's own test of the design: before the credential (k < −1) the coefficients
 * should sit at zero. Each one whose interval excludes zero is a sign outcomes were already
 * moving before the credential, and the after-periods then measure that trend too.
 *
 * @example
 * preTrend(eventStudyPoints(estimates)).sentence
 */
export function preTrend(points: readonly EventStudyPoint[]): PreTrendReading {
  const before = points.filter((p) => !p.reference && p.k < REFERENCE_PERIOD)
  const away = before.filter((p) => p.lower > 0 || p.upper < 0)
  const level = `${CONFIDENCE_LEVEL * 100} %`
  const sentence =
    away.length === 0
      ? `No pre-trend: before the credential every period's ${level} interval (${before.length} ` +
        'of them) includes zero.'
      : `Possible pre-trend: ${away.length} of ${before.length} periods before the credential ` +
        `have a ${level} interval that excludes zero (${away
          .map((p) => `${p.outcome}, k = ${formatFixed(p.k, 0)}`)
          .join('; ')}). Outcomes were already moving before the credential; read the ` +
        'after-periods with care.'
  return {
    awayFromZero: away.map((p) => ({ outcome: p.outcome, k: p.k })),
    checked: before.length,
    sentence,
  }
}
