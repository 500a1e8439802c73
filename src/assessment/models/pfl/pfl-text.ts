import type { Rng } from '../../rng.js'
import { rest } from '../dju/dju-text.js'
import { fixed } from '../egu/egu-text.js'
import { type Fraction, frac } from '../exact.js'
import { worked as positive, type Worked } from '../rmm/rmm-text.js'

export type { JournalismScenario as PersonalFinanceScenario } from '../dju/dju-text.js'
export {
  add,
  CENT,
  DP1,
  div,
  type Fraction,
  frac,
  mul,
  n,
  num,
  plain,
  power,
  rest,
  sub,
  usd,
} from '../dju/dju-text.js'

/*
 * Personal finance scenarios for a freelancer running their own money: uneven income, no employer
 * to withhold tax, and everyday choices about spending, credit, saving and cover. Every drawn
 * figure is a whole number (dollars, whole or tenth percents, months, days), every working an
 * exact fraction, so each key is rounded once, half up, the way its stem says. `figures` keeps the
 * draw so the key test can work every option again its own way.
 */

/** The rounding sentence of a rate answer. */
export const PCT2 = 'as a percentage to two decimal places (a half rounded up)'
/** A fraction of one as a percentage to two places: 0.12345 → `12.35%`. */
export const pct2 = (x: Fraction): string => `${fixed(frac(x.n * 100n, x.d), 2)}%`
/** Dollars to the cent. */
export const money = (x: Fraction): string => `$${fixed(x, 2)}`
/** A whole dollar amount as a stem writes it: 1234 → `$1,234`. */
export const dol = (d: number): string => `$${d.toLocaleString('en-US')}`
/** A drawn whole percent as a rate. */
export const pc = (p: number): Fraction => frac(p, 100)
/** A drawn tenth of a percent as a rate, and as a stem writes it. */
export const tp = (t: number): Fraction => frac(t, 1000)
export const tpText = (t: number): string => `${fixed(frac(t, 10), 1)}%`

/**
 * A numeric family whose named mistakes must all differ from the key: a draw where one shows the
 * key's figure leaves no contrast, and is refused.
 */
export const worked = (id: string, draw: (rng: Rng) => Worked) =>
  positive(id, (rng) => {
    const w = draw(rng)
    const key = w.show(w.key)
    if (w.wrong.some(([x]) => w.show(x) === key)) rest()
    return w
  })

/**
 * A worked family whose named slips also differ from one another as printed: a draw where two
 * coincide shows one mistake under two names, and is refused.
 */
export const apart = (id: string, draw: (rng: Rng) => Worked) =>
  worked(id, (rng) => {
    const w = draw(rng)
    if (new Set(w.wrong.map(([x]) => w.show(x))).size < w.wrong.length) rest()
    return w
  })

const below = (a: Fraction, b: Fraction): boolean => a.n * b.d < b.n * a.d
/**
 * A draw whose key has at least three named slips on each side, so the model can aim the key's
 * rank among the values; any other draw is refused.
 */
export function balanced(w: Worked): Worked {
  const under = w.wrong.filter(([x]) => below(x, w.key)).length
  const over = w.wrong.filter(([x]) => below(w.key, x)).length
  if (under < 3 || over < 3) rest()
  return w
}
