import type { Rng } from '../../rng.js'
import { type ApScenario, family as ledgerFamily } from '../payables/ap-text.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { cents as centsIn, grouped } from '../scenario/scenario-text.js'

export type { ApScenario as EstimateScenario } from '../payables/ap-text.js'

/*
 * Construction estimating scenarios. Every family works in whole numbers: lengths in feet,
 * inches, millimetres or decimetres, percentages as whole numbers, money in integer cents, and a
 * quantity shown to `dp` places is held as an integer scaled by 10^dp. Each draw returns those
 * `figures` so the key test can work the key and every named mistake again in BigInt rationals;
 * every stem states the conversion, waste, rounding and rate its key depends on.
 */

/** A family whose draw declares its named mistakes; the item shows three of the distinct ones. */
export const family = (id: string, draw: (rng: Rng) => ApScenario): ScenarioFamily =>
  ledgerFamily(id, draw)

/** `a ÷ b` rounded up, for non-negative whole numbers. */
export const up = (a: number, b: number): number => Math.floor((a + b - 1) / b)
/** `a ÷ b` rounded down, for non-negative whole numbers. */
export const down = (a: number, b: number): number => Math.floor(a / b)
/** `a ÷ b` rounded to the nearest whole, halves up, for non-negative whole numbers. */
export const near = (a: number, b: number): number => Math.floor((2 * a + b) / (2 * b))

/** A quantity held scaled by 10^dp, shown with its unit: `q('yd³', 2)(825)` → `8.25 yd³`. */
export const q =
  (unit: string, dp = 0) =>
  (scaled: number): string =>
    `${grouped(scaled / 10 ** dp, dp)} ${unit}`

/** Dollars from cents, `$1,234.50`. */
export const usd = centsIn('$')
/** Pounds from pence, `£1,234.50`. */
export const gbp = centsIn('£')
/** A money formatter for a metric job: pounds or euros. */
export const metricMoney = (rng: Rng): ((c: number) => string) => rng.pick([gbp, centsIn('€')])

/** A whole percentage as a stem shows it: `8%`. */
export const pc = (p: number): string => `${p}%`

/** Contractors a freelance estimator prices work for; all invented. */
const CLIENTS = [
  'Harlow Build',
  'Redfern Construction',
  'Oakline Contractors',
  'Mesa Ridge Builders',
  'Brightwater Homes',
  'Kilnworth Masonry',
  'Tidewell Renovations',
  'Summit Framing Co',
] as const
export const contractor = (rng: Rng): string => rng.pick(CLIENTS)

/** Drawn figures as a comma list, for `figures`. */
export const csv = (xs: readonly number[]): string => xs.join(',')
