import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { type ApScenario, family as declared } from '../payables/ap-text.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'

export type { ApScenario as I18nScenario }

/**
 * A family whose draw declares its named mistakes; a draw where fewer than three differ from the
 * key and each other (a four-digit number groups the same in several locales) is drawn again,
 * up to 20 times, before the draw is refused.
 */
export function family(id: string, draw: (rng: Rng) => ApScenario): ScenarioFamily {
  const once = declared(id, draw)
  return {
    id,
    draw: (rng) => {
      for (let n = 1; ; n++) {
        try {
          return once.draw(rng)
        } catch (error) {
          if (!(error instanceof VariantError) || n >= 20) throw error
        }
      }
    },
  }
}
export { cap } from '../scenario/scenario-text.js'

/*
 * Internationalisation scenarios for a freelance i18n engineer. Families work each key from their
 * own tables of locale conventions (grouping, plural rules, time-zone rules, likely subtags), and
 * return `figures` (the drawn number, locale, word or instant) so the key test can ask Node's
 * ICU (`Intl`, `String.prototype.normalize`, `Intl.Segmenter`) for the same answer. Where ICU
 * writes a no-break or narrow no-break space, stems say spaces are shown as ordinary spaces.
 */

/** The apps a freelance i18n engineer localises; invented. */
const PRODUCTS = [
  'a booking app',
  'an online shop',
  'a banking dashboard',
  'a fitness app',
  'a ticketing site',
  'a SaaS invoicing tool',
  'a travel app',
  'a food-delivery app',
] as const
export const product = (rng: Rng): string => rng.pick(PRODUCTS)

/** Digits grouped by `sep` in threes from the right: 1234567 → 1,234,567. */
export function threes(digits: string, sep: string): string {
  let out = ''
  for (let i = 0; i < digits.length; i++) {
    const left = digits.length - i
    out += digits[i]
    if (left > 1 && (left - 1) % 3 === 0) out += sep
  }
  return out
}

/** Indian grouping: the last three digits, then pairs: 1234567 → 12,34,567. */
export function lakh(digits: string, sep = ','): string {
  if (digits.length <= 3) return digits
  const head = digits.slice(0, -3)
  const pairs: string[] = []
  for (let end = head.length; end > 0; end -= 2)
    pairs.unshift(head.slice(Math.max(0, end - 2), end))
  return `${pairs.join(sep)}${sep}${digits.slice(-3)}`
}

/** Groups of two from the right throughout: 1234567 → 1,23,45,67. */
export function pairsAll(digits: string, sep = ','): string {
  const out: string[] = []
  for (let end = digits.length; end > 0; end -= 2)
    out.unshift(digits.slice(Math.max(0, end - 2), end))
  return out.join(sep)
}

/** A whole number of `low`–`high` digits, not starting with 0. */
export function digitsOf(rng: Rng, low: number, high: number): string {
  const n = rng.int(low, high)
  let s = String(rng.int(1, 9))
  for (let i = 1; i < n; i++) s += String(rng.int(0, 9))
  return s
}

/** `value ÷ 10^places` written with `places` decimals, from integer minor units. */
export function fixed(minor: number, places: number): readonly [whole: string, frac: string] {
  const s = String(minor).padStart(places + 1, '0')
  return places === 0 ? [s, ''] : [s.slice(0, -places), s.slice(-places)]
}
