import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { amount } from '../bookkeeping/ledger-text.js'

export { type ApScenario as IvaScenario, bp, family } from '../payables/ap-text.js'
export { cap } from '../scenario/scenario-text.js'

/*
 * Capital-project scenarios for a freelance financial analyst. Every family's draw returns
 * `figures` (money in whole cents, rates in basis points, years as whole numbers) so the key test
 * can work the key and each named mistake again in exact rationals. Here the families discount in
 * floating point, as a spreadsheet does, and the key test checks every rounded answer exactly.
 */

/** A money formatter for one draw, one symbol for the case; a negative amount shows a minus. */
export function money(rng: Rng): (cents: number) => string {
  const symbol = rng.pick(['$', '€', '£'])
  return (c) => `${c < 0 ? '-' : ''}${symbol}${amount(Math.abs(c))}`
}

/**
 * `x` rounded half away from zero. A value within a hair of a half is taken as an exact half (the
 * rates and amounts drawn make exact halves common, and floating point can land either side of
 * one), which the key test's exact rationals confirm.
 */
export function round(x: number): number {
  if (!Number.isFinite(x)) throw new VariantError('no finite answer')
  const a = Math.abs(x)
  const f = a % 1
  const whole = Math.abs(f - 0.5) < 1e-7 ? Math.floor(a) + 1 : Math.round(a)
  // `|| 0` keeps a rounded zero from showing as `-0.00`.
  return Math.sign(x) * whole || 0
}

/** The growth factor `(1 + r)^t` for a rate in basis points. */
export const grow = (rbp: number, t: number): number => (1 + rbp / 10000) ** t

/** The present value in cents of `c` cents `t` years away at `rbp`, unrounded. */
export const disc = (c: number, rbp: number, t: number): number => c / grow(rbp, t)

/** The present-value factor of `n` end-of-year payments of 1 at `rbp`. */
export const annuity = (rbp: number, n: number): number => {
  const r = rbp / 10000
  return (1 - grow(rbp, -n)) / r
}

/** The unrounded NPV in cents of flows at years 0, 1, 2, … at `rbp`. */
export const npvAt = (rbp: number, flows: readonly number[]): number =>
  flows.reduce((s, c, t) => s + disc(c, rbp, t), 0)

/** A fraction shown as a percentage to two places, in basis points: 0.08125 → 813. */
export const pct = (fraction: number): number => round(fraction * 10000)

/**
 * The internal rate of return of flows at years 0, 1, 2, … (an outlay first, then inflows) as a
 * fraction, by halving a bracket of rates where NPV changes sign; refused without a sign change.
 */
export function irr(flows: readonly number[], low = -0.99, high = 5): number {
  const f = (r: number) => flows.reduce((s, c, t) => s + c / (1 + r) ** t, 0)
  let [a, b] = [low, high]
  if (Math.sign(f(a)) === Math.sign(f(b))) throw new VariantError('no IRR in the bracket')
  for (let k = 0; k < 200; k++) {
    const m = (a + b) / 2
    if (Math.sign(f(m)) === Math.sign(f(a))) a = m
    else b = m
  }
  return (a + b) / 2
}

/** Years to two places, `3.42 years`, from hundredths. */
export const years = (hundredths: number): string => `${amount(hundredths)} years`

/** A ratio to two places, `1.27`, from hundredths. */
export const ratio = (hundredths: number): string => amount(hundredths)

/** The small and mid-sized companies a freelance analyst appraises projects for; invented. */
const CLIENTS = [
  'a family-owned bakery chain',
  'a regional haulage firm',
  'a precision-engineering workshop',
  'a boutique hotel group',
  'a dental-practice group',
  'a craft brewery',
  'a commercial laundry',
  'a software consultancy',
  'a garden-centre business',
  'a print and packaging firm',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)

/** A whole-unit amount in cents between `low` and `high` thousands: 40 → 4,000,000 cents. */
export const thousands = (rng: Rng, low: number, high: number): number =>
  rng.int(low, high) * 100_000

/** A rate in basis points from quarter-percent steps between `low` and `high` percent. */
export const rate = (rng: Rng, low: number, high: number): number => rng.int(low * 4, high * 4) * 25
