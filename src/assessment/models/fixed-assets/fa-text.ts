import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'

export { type ArScenario as FaScenario, family, money, share } from '../receivables/ar-text.js'

/*
 * Fixed-asset scenarios. Every family's draw returns `figures` (amounts in integer cents, rates in
 * basis points, lives in years or months) so the key test can work the key and every named mistake
 * again with its own arithmetic. Every amount is rounded half away from zero to the cent, and a
 * schedule rounds each year's charge before the next year starts, as a fixed-asset register does.
 */

/**
 * The businesses whose fixed-asset register a freelance accountant keeps; all invented, and all
 * makers or movers of goods, so any of the assets below is one they would own.
 */
const CLIENTS = [
  'A joinery workshop',
  'A haulage firm',
  'A print and packaging firm',
  'A food manufacturer',
  'A wholesale distributor',
  'An engineering subcontractor',
  'A furniture maker',
  'A plastics moulder',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)

/** Plant and equipment such a business buys. */
const ASSETS = [
  'a CNC router',
  'a delivery van',
  'a packaging line',
  'a forklift truck',
  'a refrigeration unit',
  'an air compressor',
  'a loading crane',
  'a dust extraction plant',
] as const
export const asset = (rng: Rng): string => rng.pick(ASSETS)

/** An asset at the start of a sentence: `A forklift truck`, `An air compressor`. */
export const Asset = (rng: Rng): string => {
  const a = asset(rng)
  return a[0]!.toUpperCase() + a.slice(1)
}

/** A drawn whole amount of currency between `low` and `high` units in steps of `step`, in cents. */
export const whole = (rng: Rng, low: number, high: number, step = 1): number =>
  Math.floor(rng.int(Math.ceil(low / step), Math.floor(high / step))) * step * 100

/** `n / d` rounded half away from zero, exactly (numerator and denominator as BigInt). */
export function ratio(n: bigint, d: bigint): number {
  const neg = n < 0n !== d < 0n
  const a = n < 0n ? -n : n
  const b = d < 0n ? -d : d
  const r = (2n * a + b) / (2n * b)
  return Number(neg ? -r : r)
}

/** What `c` due `years` from now is worth today at `bps` a year compounded, to the cent. */
export const presentValue = (c: number, bps: number, years: number): number =>
  ratio(BigInt(c) * 10000n ** BigInt(years), (10000n + BigInt(bps)) ** BigInt(years))

/** A gain or a loss in words, as a register or a disposal working states it. */
export const gainOrLoss =
  (m: (c: number) => string) =>
  (c: number): string => {
    if (c === 0) throw new VariantError('neither a gain nor a loss')
    return c > 0 ? `Gain of ${m(c)}` : `Loss of ${m(-c)}`
  }

/** A rate in basis points as a stem writes it: 2500 → `25%`, 1250 → `12.5%`. */
export const rate = (bps: number): string => `${bps / 100}%`

/** Refuses a draw whose figures would give two declared answers that coincide with the key. */
export function refuseUnless(ok: boolean, why: string): void {
  if (!ok) throw new VariantError(why)
}
