export type { JournalismScenario as BusinessMathScenario } from '../dju/dju-text.js'
export {
  add,
  CENT,
  cents,
  change,
  DP1,
  DP2,
  div,
  dollars,
  type Fraction,
  frac,
  HALF,
  mul,
  n,
  num,
  onePlus,
  PCT1,
  PTS1,
  pc,
  pct,
  plain,
  points,
  power,
  rest,
  sub,
  tenthPct,
  tenths,
  total,
  usd,
  WHOLE,
  worked,
} from '../dju/dju-text.js'

/*
 * Business mathematics scenarios for a freelancer who does a small business's everyday
 * arithmetic. Every drawn figure is a whole number (cents, whole or tenth percents, days, units),
 * every working an exact fraction, so each key is rounded once, half up, the way its stem says.
 * `figures` keeps the draw so the key test can work every option again its own way.
 */

/** A drawn whole percent as a stem writes it: `12%`. */
export const wp = (p: number): string => `${p}%`
