import { fixed } from '../egu/egu-text.js'
import { type Fraction, frac } from '../exact.js'

export type { JournalismScenario as CorporateFinanceScenario } from '../dju/dju-text.js'
export {
  add,
  CENT,
  DOLLAR,
  DP1,
  DP2,
  div,
  type Fraction,
  frac,
  HALF,
  mul,
  n,
  num,
  plain,
  power,
  rest,
  rootRounded,
  sub,
  tenthPct,
  tenths,
  usd,
  worked,
} from '../dju/dju-text.js'

/*
 * Corporate finance scenarios for a freelance analyst who prices capital, appraises projects,
 * values businesses and advises on structure, payout and short-term funding. Every drawn figure
 * is a whole number (dollars, thousands, tenths of a percent, hundredths of a beta, days), every
 * working an exact fraction, so each key is rounded once, half up, the way its stem says.
 * `figures` keeps the draw so the key test can work every option again its own way.
 */

/** The rounding sentences the stems state, so no key depends on an unstated rule. */
export const PCT2 = 'as a percentage to two decimal places (a half rounded up)'
export const THOUSAND = 'in $ thousands to one decimal place (a half rounded up)'

/** A fraction of one as a percentage to two places: 0.12345 → `12.35%`. */
export const pct2 = (x: Fraction): string => `${fixed(frac(x.n * 100n, x.d), 2)}%`
/** A beta drawn in hundredths as a stem writes it: 115 → `1.15`. */
export const betaText = (b: number): string => fixed(frac(b, 100), 2)
/** A beta drawn in hundredths as a number. */
export const beta = (b: number): Fraction => frac(b, 100)
/** Thousands of dollars as a stem writes them: 1234 → `$1,234k`. */
export const kd = (k: number): string => `$${k.toLocaleString('en-US')}k`
/** An amount in $ thousands to one place: `$1,234.5k`. */
export const inK = (x: Fraction): string => `$${fixed(x, 1)}k`

/** Whole cents as dollars: 123456 → `$1234.56`. */
export const money = (c: number): string => `$${(c / 100).toFixed(2)}`
/** The discount factor `(1 + x)^-k`. */
export const back = (x: Fraction, k: number): Fraction =>
  frac(x.d ** BigInt(k), (x.d + x.n) ** BigInt(k))
