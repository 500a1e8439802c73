import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { type ApScenario, family as ledgerFamily } from '../payables/ap-text.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { cents as centsIn, grouped } from '../scenario/scenario-text.js'

export { type ApScenario as PrintScenario, share } from '../payables/ap-text.js'

/*
 * Print-production scenarios. Every family's draw returns `figures` holding whole numbers only
 * (lengths in millimetres or tenths of a millimetre, inches in thousandths, calipers in microns,
 * money in cents, percentages in whole points) so the key test can work the key and every named
 * mistake again with its own integer arithmetic; every stem states the rule, factor and rounding
 * its key depends on.
 */

/** A value below zero as this model shows one: a length or count no one gives. */
const NEGATIVE = /(^|\s)-[€$£\d]/

/**
 * A print family: the ledger family's draw (named mistakes kept distinct, all declared for the
 * key test), less any mistake whose answer is zero or below (no sheet, page or panel is).
 */
export const family = (id: string, draw: (rng: Rng) => ApScenario): ScenarioFamily => {
  const inner = ledgerFamily(id, draw)
  return {
    id,
    draw: (rng) => {
      const s = inner.draw(rng) as ApScenario
      if (NEGATIVE.test(s.key) || /^0(\.0+)?( |$)/.test(s.key))
        throw new VariantError(`${id}: a key of zero or below`)
      const wrong = s.wrong.filter(([text]) => !NEGATIVE.test(text) && !/^0(\.0+)?( |$)/.test(text))
      if (wrong.length < 3) throw new VariantError(`${id}: fewer than three mistakes above zero`)
      return { ...s, wrong }
    },
  }
}

/** Whole millimetres: `303 mm`. */
export const mm = (v: number): string => `${grouped(v, 0)} mm`
/** Tenths of a millimetre shown to one place: 997 → `99.7 mm`. */
export const mm1 = (tenths: number): string => `${grouped(tenths / 10, 1)} mm`
/** Hundredths of a millimetre shown to two places: 1234 → `12.34 mm`. */
export const mm2 = (h: number): string => `${grouped(h / 100, 2)} mm`
/** Thousandths of an inch shown to three places: 11250 → `11.250 in`. */
export const inch = (th: number): string => `${grouped(th / 1000, 3)} in`
/** A whole count with its unit word: `2,400 sheets`. */
export const count =
  (unit: string) =>
  (v: number): string =>
    `${grouped(v, 0)} ${v === 1 ? unit.replace(/ies$/, 'y').replace(/s$/, '') : unit}`
/** Whole percentage points: `320%`. */
export const pc = (v: number): string => `${grouped(v, 0)}%`

/** `A` or `An` before a number said aloud at the start of a sentence: `An 80-page`, `A 96-page`. */
export const aNum = (n: number): string => {
  const d = String(n)
  return d.startsWith('8') || /^1[18](\d{3})?$/.test(d) ? 'An' : 'A'
}

/** Dollars from cents, `$1,234.50`. */
export const usd = centsIn('$')
/** Money in cents with a currency drawn for the case. */
export const anyMoney = (rng: Rng): ((c: number) => string) =>
  rng.pick([centsIn('$'), centsIn('£'), centsIn('€')])

/** `a ÷ b` rounded up, for whole sheets, plates and copies. */
export const ceilDiv = (a: number, b: number): number => Math.floor((a + b - 1) / b)

/** Clients a freelance designer prepares print files for; all invented. */
const CLIENTS = [
  'a bakery',
  'a dental practice',
  'a theatre company',
  'a garden centre',
  'an architecture studio',
  'a craft brewery',
  'a yoga studio',
  'a local museum',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)
