import type { Rng } from '../../rng.js'
import { amount } from '../bookkeeping/ledger-text.js'

export { type ApScenario as PricingScenario, bp, family, share } from '../payables/ap-text.js'

/*
 * Pricing scenarios for a freelance pricing consultant. Every family's draw returns `figures`
 * (money in integer cents, rates in basis points, counts as whole numbers) so the key test can
 * work the key and every named mistake again with its own arithmetic. Money is rounded half away
 * from zero to the cent, percentages to two places and unit counts up to the whole unit, as each
 * stem states.
 */

/** A money formatter for one draw, one symbol for the case; a fall shows a leading minus. */
export function money(rng: Rng): (cents: number) => string {
  const symbol = rng.pick(['$', '€', '£'])
  return (c) => `${c < 0 ? '-' : ''}${symbol}${amount(Math.abs(c))}`
}

/** A drawn amount between `low` and `high` whole units, with cents, in cents. */
export const cents = (rng: Rng, low: number, high: number): number =>
  rng.int(low, high) * 100 + rng.int(0, 99)

/** A drawn amount in whole units, in cents. */
export const whole = (rng: Rng, low: number, high: number): number => rng.int(low, high) * 100

/** A ratio in hundredths as shown to two places: 143 → `1.43`. */
export const two = (hundredths: number): string => amount(hundredths)

/** A count of units: `1,250 units`. */
export const units = (n: number): string => `${n.toLocaleString('en-US')} units`

/** `a ÷ b` rounded up to the whole number, exactly; both positive. */
export function ceilDiv(a: number, b: number): number {
  const [x, y] = [BigInt(a), BigInt(b)]
  return Number((x + y - 1n) / y)
}

/** A percentage in basis points from whole percent steps: 25 → 2500. */
export const pctBp = (rng: Rng, low: number, high: number, step = 1): number =>
  rng.int(Math.ceil(low / step), Math.floor(high / step)) * step * 100

/** The small businesses and SaaS or e-commerce clients a pricing consultant advises; invented. */
const CLIENTS = [
  'a craft bakery',
  'an online candle shop',
  'a bike repair workshop',
  'a B2B SaaS start-up',
  'a print shop',
  'an e-commerce skincare brand',
  'a garden centre',
  'a coffee roaster',
  'a yoga studio',
  'a web-design agency',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)

/** Pounds from pence, for the UK families that state VAT. */
export const gbp = (c: number): string => `${c < 0 ? '-' : ''}£${amount(Math.abs(c))}`

export { cap } from '../scenario/scenario-text.js'
