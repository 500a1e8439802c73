import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Foil, family, some, spot } from './spot.js'

/**
 * One rule of a stated style sheet: a passage that follows it (with the mistake of a proofreader
 * who would mark it anyway, usually another style's rule) and one that breaks it (with the slip
 * that produced it).
 */
export interface SheetRule {
  readonly id: string
  readonly statement: string
  follow(rng: Rng): Foil
  breach(rng: Rng): Foil
}

/**
 * A family per rule: four passages, each under a different rule of the sheet the stem states.
 * Either the family's rule is the one broken and the other three passages follow theirs, or the
 * family's passage is the one that follows its rule among three breaches of the others.
 */
/**
 * Where in the proof a passage sits, said before it: the rules' passages differ in length, and a
 * lead-in of drawn length keeps the key from being the longest or shortest option by its rule.
 */
const LEAD_INS = [
  '',
  '',
  'later, ',
  'as planned, ',
  'in the new proofs, ',
  'according to the brief, ',
  'in the second set of page proofs, ',
  'on the page the author queried, ',
]

const placed = (rng: Rng, foil: Foil): Foil => ({ ...foil, text: rng.pick(LEAD_INS) + foil.text })

export function sheetFamilies(
  intro: string,
  rules: readonly SheetRule[],
): readonly ScenarioFamily[] {
  return rules.map((rule) =>
    family(rule.id, (rng) => {
      const others = some(
        rng,
        rules.filter((r) => r.id !== rule.id),
        3,
      )
      const sheet = rng
        .shuffle([rule, ...others])
        .map((r) => `- ${r.statement}`)
        .join('\n')
      if (rng.next() < 0.5) {
        return spot(
          `${intro}\n\n${sheet}\n\nWhich passage from the proof breaks the style sheet?`,
          placed(rng, rule.breach(rng)).text,
          others.map((r) => placed(rng, r.follow(rng))),
        )
      }
      return spot(
        `${intro}\n\n${sheet}\n\nWhich passage from the proof follows the style sheet?`,
        placed(rng, rule.follow(rng)).text,
        others.map((r) => placed(rng, r.breach(rng))),
      )
    }),
  )
}
