import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { fixed } from '../egu/egu-text.js'
import type { Fraction } from '../exact.js'
import { family } from '../payables/ap-text.js'

export type { JournalismScenario as ManagementAccountingScenario } from '../dju/dju-text.js'
export {
  add,
  CENT,
  DOLLAR,
  DP2,
  div,
  type Fraction,
  frac,
  HALF,
  mul,
  n,
  pc,
  pct,
  plain,
  rest,
  sub,
  usd,
  WHOLE,
  worked,
} from '../dju/dju-text.js'

/*
 * Management accounting scenarios for a freelance management accountant. Every drawn figure is a
 * whole number (dollars, cents, units, hours or whole percents), every working an exact fraction,
 * so each key is rounded once, half up, the way its stem says. `figures` keeps the draw so the key
 * test can work every option again its own way.
 */

/** Whole dollars as a stem writes them: `$12,400`. */
export const dl = (x: number): string => `$${x.toLocaleString('en-US')}`
/** Cents as a stem writes them: `$12.40`. */
export const ct = (c: number): string =>
  `$${Math.floor(c / 100).toLocaleString('en-US')}.${String(c % 100).padStart(2, '0')}`

/** A variance's draw: the key and each named mistake as signed amounts, favourable above zero. */
export interface Signed {
  readonly stem: string
  readonly key: Fraction
  readonly wrong: readonly (readonly [Fraction, string])[]
  readonly figures: Readonly<Record<string, number>>
}

/** A signed amount as a variance is reported: `$1,234 favourable` or `$1,234 adverse`. */
export const fa = (x: Fraction): string =>
  `$${fixed(x.n < 0n ? { n: -x.n, d: x.d } : x, 0)} ${x.n < 0n ? 'adverse' : 'favourable'}`

/**
 * A variance family: each answer names its amount to the dollar and whether it is favourable or
 * adverse, so a slip of direction is a distractor of its own; a variance that rounds to nothing
 * has no direction to report and refuses the draw.
 */
export const variance = (id: string, draw: (rng: Rng) => Signed) =>
  family(id, (rng) => {
    const w = draw(rng)
    for (const x of [w.key, ...w.wrong.map(([v]) => v)])
      if (fixed(x.n < 0n ? { n: -x.n, d: x.d } : x, 0) === '0')
        throw new VariantError(`${id}: a variance rounds to nothing`)
    // The key's direction slip has the key's amount; the next two slips appear in both directions
    // too, so sharing an amount with another option never marks the key.
    const twins = w.wrong
      .slice(1, 3)
      .map(([x, why]) => [{ n: -x.n, d: x.d }, `${why} and reads the direction backwards`] as const)
    return {
      stem: w.stem,
      key: fa(w.key),
      wrong: [...w.wrong, ...twins].map(([x, why]) => [fa(x), why] as const),
      figures: w.figures,
    }
  })
