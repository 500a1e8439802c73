import type { Rng } from '../../rng.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'
import { distinctMistakes, grouped } from '../scenario/scenario-text.js'

/**
 * A Photoshop scenario. `facts` repeat what the key follows from under a `kind` the key test
 * recognises: the drawn pixel values, opacities and sizes for families it works out again with its
 * own arithmetic, or (`kind: 'rule'`) the documented answer and the helpx.adobe.com page stating
 * it, which the test checks against its own cited table. `slips` name, for each computed answer
 * shown, the slip that gives it (`key` for the key), so the test can work each one out again.
 */
export interface PsScenario extends Scenario {
  readonly facts: Readonly<{ kind: string } & Record<string, unknown>>
}

/** A named family. */
export interface PsFamily extends ScenarioFamily {
  draw(rng: Rng): PsScenario
}

export const family = (id: string, draw: (rng: Rng) => PsScenario): PsFamily => ({ id, draw })

/** Clients a freelance retoucher and designer works for. */
const CLIENTS = [
  'a wedding photographer',
  'an online furniture shop',
  'a bakery',
  'a theatre company',
  'a travel blog',
  'an estate agent',
  'a record label',
  'a yoga studio',
  'a bike repair shop',
  'a children’s author',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)
export const Client = (rng: Rng): string => {
  const c = client(rng)
  return c[0]!.toUpperCase() + c.slice(1)
}

/** What a client's image shows, for stems. */
export const SUBJECTS = [
  'product shot',
  'portrait',
  'banner photo',
  'poster image',
  'menu photo',
  'cover image',
] as const
export const subject = (rng: Rng): string => rng.pick(SUBJECTS)

/** A whole number of pixels with thousands separators: `3,000 px`. */
export const pxs = (n: number): string => `${grouped(n, 0)} px`
/** A width and height in pixels: `3,000 × 2,000 px`. */
export const dims = (w: number, h: number): string => `${grouped(w, 0)} × ${grouped(h, 0)} px`
/** A length in inches with at most two decimals: `12.5 in`. */
export const inch = (n: number): string => `${Math.round(n * 100) / 100} in`

/**
 * The scenario with every named mistake distinct from the key and from each other (at least
 * three), shuffled: the item model picks the three that place the key where chance would by
 * length and likeness. `slips` (optional) tag each computed answer with the slip giving it.
 */
export function choose(
  rng: Rng,
  spec: {
    stem: string
    key: string
    wrong: readonly (Wrong | readonly [text: string, mistake: string, slip: string])[]
    facts: PsScenario['facts']
  },
): PsScenario {
  // A whole-number key never sits next to a whole-number distractor: Photoshop's own 8-bit
  // arithmetic (opacity stored as a byte, for one) can move a rounded value by one, so a value one
  // away from the key could be what the application shows.
  const whole = /^\d+$/
  const wrongs = whole.test(spec.key)
    ? spec.wrong.filter((w) => !whole.test(w[0]) || Math.abs(Number(w[0]) - Number(spec.key)) > 1)
    : spec.wrong
  const slips: Record<string, string> = { [spec.key]: 'key' }
  for (const w of wrongs) if (w[2] !== undefined && !(w[0] in slips)) slips[w[0]] = w[2]
  const distinct = distinctMistakes(
    spec.key,
    wrongs.map(([t, m]) => [t, m] as const),
  )
  const anySlip = wrongs.some((w) => w[2] !== undefined)
  return {
    stem: spec.stem,
    key: spec.key,
    wrong: rng.shuffle(distinct),
    facts: anySlip ? { ...spec.facts, slips } : spec.facts,
  }
}

/**
 * A family whose key is a documented rule: `answer` names what the helpx.adobe.com page says in
 * a word the key test looks up in its own cited table; the key is drawn from several true
 * wordings and three of at least five named mistakes are shown.
 */
export function rule(
  id: string,
  spec: {
    readonly source: string
    readonly answer: string
    readonly stem: string | ((rng: Rng) => string)
    readonly keys: readonly string[]
    readonly wrong: readonly Wrong[]
  },
): PsFamily {
  return family(id, (rng) =>
    choose(rng, {
      stem: typeof spec.stem === 'string' ? spec.stem : spec.stem(rng),
      key: rng.pick(spec.keys),
      wrong: spec.wrong,
      facts: { kind: 'rule', answer: spec.answer, source: spec.source, keys: spec.keys },
    }),
  )
}
