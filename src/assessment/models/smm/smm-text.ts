import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, Wrong } from '../scenario/scenario-model.js'
import { cap, type FamilyMaker, grouped, scenarioFamily } from '../scenario/scenario-text.js'

export {
  cash,
  drawn,
  figures,
  pct,
  plain,
  qty,
  type Slip,
  symbol,
  worked,
} from '../scenario/scenario-text.js'

/**
 * A social media scenario. `calc` carries the drawn inputs and, for every answer shown, the slip
 * (named mistake, or `key`) behind it, so the key test can work each answer out again its own
 * way. `fact` names a documented rule and what each answer says about it, so the key test can
 * check the answers against its own table of rules, each citing its source.
 */
export interface SmmScenario extends Scenario {
  readonly calc?: {
    readonly in: Readonly<Record<string, number>>
    readonly slips: Readonly<Record<string, string>>
  }
  readonly fact?: {
    readonly rule: string
    readonly says: Readonly<Record<string, string>>
  }
}

export const family: FamilyMaker<SmmScenario> = (id, draw) => scenarioFamily(`smm-${id}`, draw)

/** Clients a freelance social media marketer works for. */
const CLIENTS = [
  'a yoga studio',
  'an indie bookshop',
  'a craft coffee roaster',
  'a skincare brand',
  'a SaaS start-up',
  'a boutique hotel',
  'a vegan bakery',
  'a bike repair shop',
  'a language school',
  'a pet grooming salon',
  'a ceramics studio',
  'a local theatre',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)
export const Client = (rng: Rng): string => cap(client(rng))

/** A whole count with thousands separators: `12,400`. */
export const count = (v: number): string => grouped(v, 0)

/** One wording, or several equally good wordings of which each draw shows one. */
export type Wordings = string | readonly string[]
const worded = (rng: Rng, w: Wordings): string => (typeof w === 'string' ? w : rng.pick(w))

/**
 * An item whose answers are statements about a documented rule: `key` and each wrong answer
 * carry what they say (`says`), for the key test to check against its table of sources. A wrong
 * answer may come in several wordings, short and long, so no length or shared phrasing marks
 * the key.
 */
export function ruled(
  rng: Rng,
  spec: {
    rule: string
    stem: string
    key: readonly [says: string, text: string]
    wrong: readonly (readonly [says: string, text: Wordings, mistake: string])[]
  },
): SmmScenario {
  const says: Record<string, string> = { [spec.key[1]]: spec.key[0] }
  const wrong: Wrong[] = []
  for (const [s, words, mistake] of spec.wrong) {
    const text = worded(rng, words)
    if (text in says) continue
    says[text] = s
    wrong.push([text, mistake])
  }
  if (wrong.length < 3) throw new VariantError('fewer than three distinct mistakes')
  return {
    stem: spec.stem,
    key: spec.key[1],
    wrong: rng.shuffle(wrong),
    fact: { rule: spec.rule, says },
  }
}
