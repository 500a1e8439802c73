import { cmp, halfUpOf, mul, type R, r, sub } from './bigint-rationals.js'
import type { SecondWorking } from './scenario-key-checks.js'

export {
  add,
  at0,
  at2,
  C,
  div,
  type F,
  mul,
  ONE,
  P,
  pct1,
  type R,
  type Route,
  r,
  sub,
} from './business-mathematics-second-working.js'

/*
 * Management accounting answers written again for the key test: dollars, units and ratios come
 * from the business mathematics working (half up, thousands commas); a variance is written as its
 * whole-dollar amount and the word the stem asks for, favourable when actual beats standard.
 */

const whole = (x: R): string => halfUpOf(x).toLocaleString('en-US')

/** A signed variance as `1,234 favourable` or `1,234 adverse`. */
export function signed(x: R): string {
  return cmp(x, r(0)) < 0 ? `${whole(mul(x, r(-1)))} adverse` : `${whole(x)} favourable`
}

/**
 * A variance working: the key, its declared slips, and then the second and third slips read the
 * other way round, in the order the stem's options declare them.
 */
export function variances(key: R, ...wrong: readonly R[]): SecondWorking {
  const backwards = wrong.slice(1, 3).map((x) => sub(r(0), x))
  return { key: signed(key), wrong: [...wrong, ...backwards].map(signed) }
}

/** The number an option shows, with its direction when it is a variance. */
export const digest = (text: string): string => {
  const m = text.match(/\d[\d,]*(?:\.\d+)?/)?.[0] ?? text
  const way = text.match(/favourable|adverse/)?.[0]
  return way ? `${m} ${way}` : m
}
