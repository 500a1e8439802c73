import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { exact, fixed, sig } from '../egu/egu-text.js'
import { type Fraction, frac } from '../exact.js'
import { family } from '../payables/ap-text.js'

export type { JournalismScenario as ScientificDataScenario } from '../dju/dju-text.js'
export {
  add,
  DP1,
  DP2,
  div,
  type Fraction,
  fixed,
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
  WHOLE,
  worked,
} from '../dju/dju-text.js'
export { sig } from '../egu/egu-text.js'

/*
 * Scientific data scenarios for a freelance research or lab data assistant who cleans, converts,
 * summarises and reports measurements for scientists. Every drawn figure is a whole number (a
 * reading in hundredths or thousandths, a count, a volume in mL), every working an exact
 * fraction, so each key is rounded once, half up, the way its stem says; roots and logarithms are
 * rounded exactly by comparing powers. `figures` keeps the draw so the key test can work every
 * option again.
 */

/** The rounding sentence for three places. */
export const DP3 = 'to three decimal places (a half rounded up)'

/** A reading drawn in hundredths or thousandths, as the stem writes it and as a number. */
export const h = (x: number): string => fixed(frac(x, 100), 2)
export const hf = (x: number): Fraction => frac(x, 100)
export const th = (x: number): string => fixed(frac(x, 1000), 3)
export const thf = (x: number): Fraction => frac(x, 1000)

/** The sum of fractions. */
export const total = (xs: readonly Fraction[]): Fraction =>
  xs.reduce((s, x) => frac(s.n * x.d + x.n * s.d, s.d * x.d), frac(0))
/** The arithmetic mean of fractions. */
export const mean = (xs: readonly Fraction[]): Fraction => {
  const s = total(xs)
  return frac(s.n, s.d * BigInt(xs.length))
}
/** The sum of squared deviations from the mean. */
export const squares = (xs: readonly Fraction[]): Fraction => {
  const m = mean(xs)
  return total(xs.map((x) => frac((x.n * m.d - m.n * x.d) ** 2n, (x.d * m.d) ** 2n)))
}

/**
 * log₁₀ x rounded half up to `dp` places, exactly: the whole m with
 * 10^(2m − 1) ≤ x^(2·10^dp) < 10^(2m + 1), searched from a floating guess.
 */
export function log10At(x: Fraction, dp: number): Fraction {
  if (x.n <= 0n) throw new VariantError('a logarithm of a figure that is not positive')
  const e = 2n * 10n ** BigInt(dp)
  const [a, b] = [x.n ** e, x.d ** e]
  // 10^(2m − 1) ≤ a/b, with a negative exponent moved to the other side.
  const lowOk = (m: bigint) => {
    const p = 2n * m - 1n
    return p >= 0n ? 10n ** p * b <= a : b <= a * 10n ** -p
  }
  let m = BigInt(Math.round(Math.log10(Number(x.n) / Number(x.d)) * 10 ** dp))
  while (!lowOk(m)) m--
  while (lowOk(m + 1n)) m++
  return frac(m, 10n ** BigInt(dp))
}

/** An option written to a precision of its own: `sf` significant figures, `dp` places, or every digit. */
export type Written = { readonly sf: number } | { readonly dp: number } | 'all'
export const write = (x: Fraction, w: Written): string =>
  w === 'all' ? exact(x) : 'sf' in w ? sig(x, w.sf) : fixed(x, w.dp)

/** A family whose options differ in the precision they are written to, as well as in value. */
export const precise = (
  id: string,
  draw: (rng: Rng) => {
    readonly stem: string
    readonly key: readonly [Fraction, Written]
    readonly wrong: readonly (readonly [Fraction, Written, string])[]
    readonly figures: Readonly<Record<string, number>>
  },
) =>
  family(id, (rng) => {
    const d = draw(rng)
    for (const x of [d.key[0], ...d.wrong.map(([v]) => v)])
      if (x.n * x.d <= 0n) throw new VariantError(`${id}: an answer is not positive`)
    return {
      stem: d.stem,
      key: write(...d.key),
      wrong: d.wrong.map(([x, w, why]) => [write(x, w), why] as const),
      figures: d.figures,
    }
  })

/** `k` distinct whole numbers from `low` to `high`, in draw order. */
export function distinct(rng: Rng, k: number, low: number, high: number): number[] {
  const out = new Set<number>()
  while (out.size < k) out.add(rng.int(low, high))
  return [...out]
}

/** Readings listed in a stem: `12.31, 12.45 and 12.38`. */
export const listed = (xs: readonly string[]): string =>
  xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`

/** Figures `k0`, `k1`, … for a drawn list, so the key test can read it back. */
export const indexed = (k: string, xs: readonly number[]): Record<string, number> =>
  Object.fromEntries(xs.map((x, i) => [`${k}${i}`, x]))
