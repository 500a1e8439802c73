import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { amount } from '../bookkeeping/ledger-text.js'
import { type ApScenario, family as apFamily } from '../payables/ap-text.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'

export { type ApScenario as PptScenario, share } from '../payables/ap-text.js'

/**
 * A family whose draw declares its named mistakes; a drawn case whose figures make too few of
 * them differ (a click that comes before the After time makes two readings agree) is drawn
 * again, up to 40 times, before the family refuses.
 */
export function family(id: string, draw: (rng: Rng) => ApScenario): ScenarioFamily {
  const once = apFamily(id, draw)
  return {
    id,
    draw: (rng) => {
      for (let n = 1; ; n++) {
        try {
          return once.draw(rng)
        } catch (error) {
          if (!(error instanceof VariantError) || n >= 40) throw error
        }
      }
    },
  }
}
export { cap } from '../scenario/scenario-text.js'

/*
 * PowerPoint scenarios for a freelance presentation designer or virtual assistant. Every draw
 * returns `figures` in whole units (lengths in hundredths of an inch or in points, times in
 * hundredths of a second, counts as whole numbers) so the key test can work the key and every
 * named mistake again by its own route. Each stem states the program behaviour its key rests on
 * that is not common knowledge; lengths and times are rounded half away from zero as stated.
 */

/** Hundredths of an inch as the Size and Position pane shows them: 425 → `4.25 in`. */
export const inch = (h: number): string => `${amount(h)} in`

/** Hundredths of a second to two places: 350 → `3.50 s`. */
export const secs = (cs: number): string => `${amount(cs)} s`

/** A whole count with its noun: `1,280 px`, `12 slides`. */
export const count = (n: number, noun: string): string => `${n.toLocaleString('en-US')} ${noun}`

/** A whole number as a slide shows it: `1,024`. */
export const num = (n: number): string => n.toLocaleString('en-US')

/** Hundredths as a plain two-place figure with a unit: 2150 → `21.50 pt`. */
export const hund = (h: number, unit: string): string => `${amount(h)} ${unit}`

/** The clients a freelance presentation designer or virtual assistant builds decks for; invented. */
const CLIENTS = [
  'a boutique hotel',
  'a fintech start-up',
  'a museum',
  'a property developer',
  'a charity',
  'a wedding photographer',
  'a software reseller',
  'a dental group',
  'a trade association',
  'a management consultant',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)

/** Slide sizes as PowerPoint's Slide Size list gives them, in hundredths of an inch. */
export const SIZES = [
  { name: 'Widescreen (16:9)', w: 1333, h: 750 },
  { name: 'Standard (4:3)', w: 1000, h: 750 },
  { name: 'On-screen Show (16:10)', w: 1000, h: 625 },
  { name: 'A4 Paper', w: 1083, h: 750 },
] as const
