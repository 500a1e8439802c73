import { rootRounded } from '../dju/dju-text.js'
import type { Fraction } from '../exact.js'
import { frac } from '../exact.js'

export {
  add,
  type BusinessMathScenario as MarketingStatsScenario,
  DP1,
  DP2,
  div,
  dollars,
  type Fraction,
  frac,
  mul,
  n,
  num,
  PCT1,
  PTS1,
  pc,
  pct,
  plain,
  points,
  rest,
  sub,
  tenthPct,
  tenths,
  total,
  usd,
  WHOLE,
  worked,
} from '../bma/bma-text.js'
export { rootRounded } from '../dju/dju-text.js'

/*
 * Statistics a freelance marketing analyst works for a client: campaign summaries, split tests,
 * surveys, fitted lines and forecasts. Every drawn figure is a whole number (counts, cents,
 * tenths of a percent, hundredths of a z-value or slope), every working an exact fraction, and a
 * square root is rounded once, exactly, at the place the stem states, so no key rests on a float.
 */

/** A drawn hundredth as a fraction: 196 → 1.96. */
export const hund = (h: number): Fraction => frac(h, 100)
/** A drawn hundredth as a stem writes it: 196 → `1.96`. */
export const hundText = (h: number): string =>
  `${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')}`
/** √x to two places, half up: a z statistic from its exact square. */
export const root2 = (x: Fraction): Fraction => rootRounded(x, 2)
/** √x as a percentage to one place, half up: a margin of error from its exact square. */
export const rootPct1 = (x: Fraction): Fraction => {
  const m = rootRounded(frac(x.n * 10000n, x.d), 1)
  return frac(m.n, m.d * 100n)
}
