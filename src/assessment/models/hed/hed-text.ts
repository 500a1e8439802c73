import { HALF } from '../dju/dju-text.js'

export type { JournalismScenario as HtmlEmailScenario } from '../dju/dju-text.js'
export {
  add,
  DP1,
  DP2,
  div,
  type Fraction,
  frac,
  HALF,
  mul,
  n,
  PCT1,
  PTS1,
  pct,
  plain,
  points,
  rest,
  sub,
  WHOLE,
  worked,
} from '../dju/dju-text.js'

/*
 * HTML email build scenarios for a freelancer who codes and checks campaign emails. Every drawn
 * figure is a whole number (pixels, bytes, counts, thousandths of a luminance), every working an
 * exact fraction, so each key is rounded once, the way its stem says. `figures` keeps the draw so
 * the key test can work every option again its own way.
 */

/** Three places, for luminances. */
export const DP3 = `to three decimal places ${HALF}`

/** Whole pixels, as an option shows them. */
export const PX = 'px'
/** A stem's statement of the kibibyte, which the clipping and weight rules count in. */
export const KIB = '1 KB = 1,024 bytes'

/** A drawn thousandth as a stem writes it: 53 → `0.053`. */
export const th = (t: number): string => (t / 1000).toFixed(3)
