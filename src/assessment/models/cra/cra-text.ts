import type { Rng } from '../../rng.js'
import { amount } from '../bookkeeping/ledger-text.js'
import { frac, pow, roundFraction } from '../exact.js'

export { type ApScenario as CreditScenario, bp, family, share } from '../payables/ap-text.js'
export { cap } from '../scenario/scenario-text.js'

/*
 * Credit-analysis scenarios for a freelance credit analyst. Every family's draw returns `figures`
 * (money in integer cents, rates in basis points, counts as whole numbers) so the key test can
 * work the key and every named mistake again with its own arithmetic. Each stem states the
 * lender's definition it uses and the rounding: money half away from zero to the cent, ratios,
 * multiples and day counts to two decimal places, percentages to two decimal places.
 */

/** A money formatter for one draw, one symbol for the case. */
export function money(rng: Rng): (cents: number) => string {
  const symbol = rng.pick(['$', '€', '£'])
  return (c) => `${c < 0 ? '-' : ''}${symbol}${amount(Math.abs(c))}`
}

/**
 * The named mistakes of a draw less any that come out below zero, for answers that cannot be
 * negative (a capex, a balance still owed, more debt a borrower could take on): a negative option
 * there is impossible and would cue, so it is not offered.
 */
export const possible = <T extends readonly [string, string]>(wrong: readonly T[]): T[] =>
  wrong.filter(([text]) => !text.startsWith('-'))

/** A drawn balance in whole thousands of currency units, in cents. */
export const thousands = (rng: Rng, low: number, high: number): number =>
  rng.int(low, high) * 100_000

/** A ratio or multiple in hundredths, shown to two places with a times sign: 143 → `1.43×`. */
export const times = (hundredths: number): string => `${amount(hundredths)}×`

/** A score or plain number in hundredths, shown to two places: 345 → `3.45`. */
export const hundredths = (h: number): string => amount(h)

/** A day count in hundredths of a day: 4563 → `45.63 days`. */
export const days = (hundredths: number): string => `${amount(hundredths)} days`

/** `a ÷ b` as hundredths, rounded half away from zero, worked exactly. */
export const ratio = (a: number, b: number): number =>
  Math.round(roundFraction(frac(BigInt(a) * 100n, BigInt(b)), 0))

/** `a ÷ b × d` days as hundredths of a day, rounded half away from zero, worked exactly. */
export const dayCount = (a: number, b: number, d: number): number =>
  Math.round(roundFraction(frac(BigInt(a) * BigInt(d) * 100n, BigInt(b)), 0))

/**
 * The level instalment that repays `principal` cents over `n` periods at `rateBp` basis points a
 * period (annual ÷ periods a year, as the stem states), rounded half away from zero to the cent.
 */
export function annuity(principal: number, rateBp: number, perYear: number, n: number): number {
  const r = frac(rateBp, 10000 * perYear)
  const g = pow(frac(10000n * BigInt(perYear) + BigInt(rateBp), 10000n * BigInt(perYear)), n)
  // P·r·g ÷ (g − 1), kept as one fraction so only the final cent is rounded.
  const num = BigInt(principal) * r.n * g.n
  const den = r.d * (g.n - g.d)
  return Math.round(roundFraction(frac(num, den), 0))
}

/**
 * The level instalment paid at the start of each period instead of the end (an annuity due, as a
 * spreadsheet's payment function with type 1 gives): the ordinary instalment ÷ (1 + period rate),
 * worked exactly and rounded once to the cent.
 */
export function annuityDue(principal: number, rateBp: number, perYear: number, n: number): number {
  const R = 10000n * BigInt(perYear)
  const up = (R + BigInt(rateBp)) ** BigInt(n)
  const num = BigInt(principal) * BigInt(rateBp) * up
  const den = (up - R ** BigInt(n)) * (R + BigInt(rateBp))
  return Math.round(roundFraction(frac(num, den), 0))
}

/**
 * The balance after `k` level instalments of `pay` cents on `principal` at the period rate,
 * interest worked exactly and only the result rounded to the cent.
 */
export function balanceAfter(
  principal: number,
  rateBp: number,
  perYear: number,
  pay: number,
  k: number,
): number {
  const g = pow(frac(10000n * BigInt(perYear) + BigInt(rateBp), 10000n * BigInt(perYear)), k)
  // P·g − A·(g − 1)/r, with r = rateBp / (10000·perYear).
  const num =
    BigInt(principal) * g.n * BigInt(rateBp) - BigInt(pay) * (g.n - g.d) * 10000n * BigInt(perYear)
  return Math.round(roundFraction(frac(num, g.d * BigInt(rateBp)), 0))
}

/** The small-business and commercial borrowers a freelance credit analyst assesses; invented. */
const BORROWERS = [
  'a regional haulier',
  'a food wholesaler',
  'a precision-engineering firm',
  'a building contractor',
  'a garden-furniture importer',
  'a dental laboratory',
  'a printing company',
  'a craft brewery',
  'an electrical distributor',
  'a packaging manufacturer',
] as const
export const borrower = (rng: Rng): string => rng.pick(BORROWERS)
