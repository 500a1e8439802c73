import type { Rng } from '../../rng.js'
import { type ApScenario, family, type Wrong } from '../payables/ap-text.js'

export { cap } from '../scenario/scenario-text.js'
export { type ApScenario as AbScenario, family }

/*
 * A/B-testing scenarios for a freelance experimentation analyst. Every draw returns `figures`
 * (rates in basis points, z-values in thousandths, counts as whole numbers) so the key test can
 * work the key and every named mistake again by a second route. Each stem states the z-values,
 * critical values and rounding its key depends on; answers are rounded half away from zero.
 */

/** `x` rounded half away from zero to `places` decimals, as text; a hair of slack absorbs float error. */
export function fixed(x: number, places: number): string {
  const f = 10 ** places
  const v = Math.round(Math.abs(x) * f * (1 + 1e-12)) / f
  return `${x < 0 && v !== 0 ? '-' : ''}${v.toFixed(places)}`
}

/** A whole count with thousands separators and its noun: `12,345 visitors`. */
export const count =
  (noun: string) =>
  (n: number): string =>
    `${n.toLocaleString('en-US')} ${noun}`

/** A percentage to `places` decimals: `3.25%`. */
export const pct =
  (places: number) =>
  (x: number): string =>
    `${fixed(x, places)}%`

/** A plain number to `places` decimals. */
export const dec =
  (places: number) =>
  (x: number): string =>
    fixed(x, places)

/** `x` rounded up to a whole number, with slack so an exact whole in floats is not pushed up. */
export const up = (x: number): number => Math.ceil(x - 1e-9)

/** Basis points as a percentage for a stem: 1250 → `12.50%`. */
export const bpText = (b: number): string => `${(b / 100).toFixed(2)}%`

/** A z-value in thousandths for a stem: 1960 → `1.96`, 1645 → `1.645`. */
export const zText = (z: number): string => String(z / 1000)

/** A whole count for a stem: `12,345`. */
export const n = (x: number): string => x.toLocaleString('en-US')

/** A scenario whose key and mistakes are numbers shown by one formatter. */
export function numeric(
  stem: string,
  show: (x: number) => string,
  key: number,
  wrong: readonly (readonly [number, string])[],
  figures: Readonly<Record<string, number | string>>,
): ApScenario {
  return {
    stem,
    key: show(key),
    wrong: wrong.map(([x, m]): Wrong => [show(x), m]),
    figures,
  }
}

/** The clients a freelance experimentation analyst runs tests for; invented. */
const CLIENTS = [
  'an online shoe shop',
  'a meal-kit subscription',
  'a SaaS invoicing tool',
  'a travel booking site',
  'a language-learning app',
  'a charity donation page',
  'a furniture retailer',
  'a news publisher',
  'a fitness app',
  'a B2B lead-generation site',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)

/** Percentage points to `places` decimals: `0.42 pp`. */
export const pp =
  (places: number) =>
  (x: number): string =>
    `${fixed(x, places)} pp`

/**
 * The standard normal CDF by Abramowitz and Stegun 7.1.26 (error below 1.5e-7), for the normal
 * tables stems print to four decimals.
 */
export function phi(z: number): number {
  const x = Math.abs(z) / Math.SQRT2
  const t = 1 / (1 + 0.3275911 * x)
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
  const erf = 1 - poly * Math.exp(-x * x)
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2
}
